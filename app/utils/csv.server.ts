import { Readable, pipeline } from "node:stream";
import { stringify } from "csv-stringify";
import { csvHeader, csvRow, type CsvColumn } from "../domain/csv";
import { logger } from "./logger.server";

/**
 * A CSV file as a streaming download: UTF-8 with a byte-order mark (so Excel reads the accents),
 * CRLF line endings, RFC 4180 quoting by csv-stringify's stream API, every cell neutralised
 * against formula injection (app/domain/csv.ts). Rows are pulled from `rows` only as fast as the
 * client reads, so a large export never sits in memory. Decision record 0061.
 */
export function csvResponse<Row>({
  filename,
  columns,
  rows,
}: {
  filename: string;
  columns: readonly CsvColumn<Row>[];
  rows: AsyncIterable<Row>;
}): Response {
  async function* records() {
    yield csvHeader(columns);
    for await (const row of rows) yield csvRow(columns, row);
  }
  const stringifier = stringify({
    bom: true,
    record_delimiter: "windows",
    // With a custom record delimiter csv-stringify would quote only cells holding "\r\n"; a lone
    // "\n" or "\r" inside a cell must be quoted too, or the spreadsheet starts a new row there.
    quote_record_delimiter: true,
  });
  // pipeline: if the client goes away, the stringifier is destroyed and so is the row source,
  // which ends the query loop behind it.
  pipeline(Readable.from(records()), stringifier, (error) => {
    if (error && error.name !== "AbortError" && error.code !== "ERR_STREAM_PREMATURE_CLOSE")
      logger.error({ err: error, filename }, "CSV export failed while streaming");
  });
  return new Response(Readable.toWeb(stringifier) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
