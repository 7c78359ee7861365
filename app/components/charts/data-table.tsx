import type { ReactNode } from "react";

/**
 * A simple table with a caption: the accessible twin of a chart, and useful on its own. The first
 * column holds row headers; `numeric` marks the columns to right-align (by default every other one).
 */
export function DataTable({
  caption,
  headers,
  rows,
  numeric,
}: {
  caption: string;
  headers: string[];
  rows: ReactNode[][];
  numeric?: boolean[];
}) {
  const right = (i: number) => (numeric ? Boolean(numeric[i]) : i > 0);
  return (
    // A wide table scrolls inside this region on a narrow screen; the region is focusable so
    // keyboard users can scroll it, and relative so hidden text in it cannot widen the page.
    <div role="region" aria-label={caption} tabIndex={0} className="relative overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th key={h} scope="col" className={`border-b-2 border-ink py-2 pr-4 ${right(i) ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className="border-b border-line">
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className="py-2 pr-4 font-semibold">
                    {cell}
                  </th>
                ) : (
                  <td key={c} className={`py-2 pr-4 ${right(c) ? "text-right tabular-nums" : ""}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
