/**
 * Reading a query's rows in tests on either store: the async twins of better-sqlite3's
 * synchronous `.get()` (only on SQLite), for tests that set up or check rows directly.
 */

/** The first row a query returns, or undefined when it returns none (`.get()`). */
export async function firstRow<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
  return (await query)[0];
}

/** The first row a query returns; throws when there is none (`.get()!`, with a message). */
export async function oneRow<T>(query: PromiseLike<T[]>): Promise<T> {
  const [row] = await query;
  if (row === undefined) throw new Error("Expected the query to return a row; it returned none.");
  return row;
}
