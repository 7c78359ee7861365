/** Rows a keyset walk reads per query: small enough to stream, large enough to be few queries. */
export const BATCH_SIZE = 500;

/**
 * Walks a query in keyset order and yields it a batch at a time, so the caller can add what a
 * batch needs with one more query before it yields the rows. `fetch(after, limit)` reads up to
 * `limit` rows after the cursor (null: from the start); the last row's cursor starts the next
 * batch. Each batch is its own short query, so nothing holds a statement or a transaction open
 * while the rows stream out, however many there are (decision record 0061).
 */
export async function* keysetBatches<Row, Cursor>(
  fetch: (after: Cursor | null, limit: number) => Promise<Row[]>,
  cursorOf: (row: Row) => Cursor,
  size = BATCH_SIZE,
): AsyncGenerator<Row[]> {
  let after: Cursor | null = null;
  for (;;) {
    const rows = await fetch(after, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = cursorOf(rows[rows.length - 1]!);
  }
}
