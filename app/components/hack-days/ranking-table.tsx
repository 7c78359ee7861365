import { Link } from "@remix-run/react";
import { formatMean } from "~/domain/judging";
import { projectPath } from "~/utils/paths";

export type RankingRow = {
  projectId: number;
  name: string;
  rank: number | null;
  weightedMean: number | null;
  judgeCount: number;
  /** Each criterion's mean, for the organiser's view (leave out on the public page). */
  criterionMeans?: Record<number, number | null>;
};

type Props = {
  rows: readonly RankingRow[];
  /** The criteria whose means to show, in order (none on the public page). */
  criteria?: readonly { id: number; name: string }[];
  caption: string;
  /** Whether project names link to their pages. */
  linkProjects?: boolean;
};

const rankText = (rank: number | null) => (rank === null ? "Not scored" : String(rank));

/**
 * A hack day's ranking: a table from 640 px, and on a phone one card per project with the same
 * figures, so nothing needs scrolling sideways. The other layout is display:none, so assistive
 * technology meets the ranking once.
 */
export function RankingTable({ rows, criteria = [], caption, linkProjects = false }: Props) {
  const name = (r: RankingRow) =>
    linkProjects ? <Link to={projectPath({ id: r.projectId, name: r.name })}>{r.name}</Link> : r.name;
  const figures = (r: RankingRow) => [
    { label: "Weighted mean", value: formatMean(r.weightedMean) },
    { label: "Judges", value: String(r.judgeCount) },
    ...criteria.map((c) => ({ label: c.name, value: formatMean(r.criterionMeans?.[c.id] ?? null) })),
  ];
  return (
    <>
      <ol aria-label={caption} className="space-y-3 sm:hidden">
        {rows.map((r) => (
          <li key={r.projectId} className="rounded-lg border border-line p-3">
            <p className="font-semibold">
              <span className="mr-2 inline-block min-w-8 rounded bg-surface px-1 text-center">{rankText(r.rank)}</span>
              {name(r)}
            </p>
            <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
              {figures(r).map((f) => (
                <div key={f.label} className="contents">
                  <dt>{f.label}</dt>
                  <dd className="text-right font-semibold">{f.value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
      <table className="hidden w-full border-collapse text-left sm:table">
        <caption className="sr-only">{caption}</caption>
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
          {rows.map((r) => (
            <tr key={r.projectId} className="border-b border-line">
              <td className="py-2 pr-3">{rankText(r.rank)}</td>
              <th scope="row" className="py-2 pr-3 font-semibold">
                {name(r)}
              </th>
              <td className="py-2 pr-3">{formatMean(r.weightedMean)}</td>
              <td className="py-2 pr-3">{r.judgeCount}</td>
              {criteria.map((c) => (
                <td key={c.id} className="py-2 pr-3">
                  {formatMean(r.criterionMeans?.[c.id] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
