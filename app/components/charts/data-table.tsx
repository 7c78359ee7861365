import type { ReactNode } from "react";

/** A simple table of figures with a caption: the accessible twin of a chart, and useful on its own. */
export function DataTable({ caption, headers, rows }: { caption: ReactNode; headers: string[]; rows: ReactNode[][] }) {
  return (
    <div>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th key={h} scope="col" className={`border-b-2 border-ink py-2 pr-4 ${i > 0 ? "text-right" : ""}`}>
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
                  <td key={c} className="py-2 pr-4 text-right tabular-nums">
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
