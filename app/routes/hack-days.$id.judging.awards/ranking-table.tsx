import { formatMean } from "~/domain/judging";

type Row = {
  projectId: number;
  name: string;
  rank: number | null;
  weightedMean: number | null;
  judgeCount: number;
  criterionMeans: Record<number, number | null>;
};

/** The ranking with each criterion's mean: the organiser's view (before and after publishing). */
export function RankingTable({ criteria, results }: { criteria: { id: number; name: string }[]; results: Row[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-left">
        <caption className="sr-only">Projects by weighted mean, with the tie-break applied</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-3">
              Rank
            </th>
            <th scope="col" className="py-2 pr-3">
              Project
            </th>
            <th scope="col" className="py-2 pr-3">
              Weighted mean
            </th>
            <th scope="col" className="py-2 pr-3">
              Judges
            </th>
            {criteria.map((c) => (
              <th key={c.id} scope="col" className="py-2 pr-3 text-sm">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.projectId} className="border-b border-line">
              <td className="py-2 pr-3">{r.rank ?? "–"}</td>
              <th scope="row" className="py-2 pr-3 font-semibold">
                {r.name}
              </th>
              <td className="py-2 pr-3">{formatMean(r.weightedMean)}</td>
              <td className="py-2 pr-3">{r.judgeCount}</td>
              {criteria.map((c) => (
                <td key={c.id} className="py-2 pr-3">
                  {formatMean(r.criterionMeans[c.id] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
