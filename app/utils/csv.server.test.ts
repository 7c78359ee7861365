import { describe, expect, it } from "vitest";
import type { CsvColumn } from "../domain/csv";
import { csvResponse } from "./csv.server";

type Person = { name: string; note: string; n: number };
const columns: CsvColumn<Person>[] = [
  { header: "Name", value: (p) => p.name },
  { header: "Note", value: (p) => p.note },
  { header: "Count", value: (p) => p.n },
];

async function* from<T>(rows: T[]) {
  yield* rows;
}

describe("CSV responses", () => {
  it("writes a BOM, CRLF rows, RFC 4180 quoting and neutralised formula cells", async () => {
    const response = csvResponse({
      filename: "hackpath-people-2026-03-14.csv",
      columns,
      rows: from<Person>([
        { name: '=HYPERLINK("https://evil.example","x")', note: "a, b", n: 1 },
        { name: "Zoë Ørsted-Nguyễn", note: 'She said "yes"', n: 2 },
        { name: "+1", note: "line one\nline two", n: 3 },
        { name: "-1", note: "cr\ronly", n: 4 },
        { name: "@SUM(A1:A2)", note: "\tindented", n: 5 },
        { name: "\rstart", note: "", n: 6 },
      ]),
    });
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="hackpath-people-2026-03-14.csv"');
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(
      "\uFEFF" +
        "Name,Note,Count\r\n" +
        `"'=HYPERLINK(""https://evil.example"",""x"")","a, b",1\r\n` +
        `Zoë Ørsted-Nguyễn,"She said ""yes""",2\r\n` +
        `'+1,"line one\nline two",3\r\n` +
        `'-1,"cr\ronly",4\r\n` +
        `'@SUM(A1:A2),'\tindented,5\r\n` +
        `"'\rstart",,6\r\n`,
    );
  });

  it("streams rows as the client reads, not all at once", async () => {
    let produced = 0;
    async function* many() {
      for (let i = 0; i < 100_000; i++) {
        produced++;
        yield { name: `Person ${i}`, note: "x".repeat(50), n: i };
      }
    }
    const response = csvResponse({ filename: "big.csv", columns, rows: many() });
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // Node streams buffer ahead a little (their high-water marks), never the whole file.
    expect(produced).toBeLessThan(10_000);
    await reader.cancel();
  });
});
