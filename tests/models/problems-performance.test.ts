/**
 * /problems at scale: 20,000 problems. Every filter and sort reads an index (no full scan of the
 * problems table), and pages come out right. Timings are not asserted here (a loaded machine
 * makes them flaky): speed is measured as whole requests by the benchmark (`npm run bench`,
 * bench/README.md), not by the suite.
 *
 * SQLite's: the rows come from better-sqlite3 statements (tests/problem-scale.ts) and the plans
 * from EXPLAIN QUERY PLAN, so the file's tests are skipped on a PostgreSQL run.
 */
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { listProblems, problemListQueries, type ProblemListFilters } from "../../app/models/problem-search.server";
import { getWriterDb } from "../../app/utils/db.server";
import { generateProblems } from "../problem-scale";
import { describeOnSqlite } from "../setup/only-on";
import { onPostgres } from "../setup/store";

const N = 20_000;
let tag = "";

beforeAll(() => {
  if (onPostgres) return;
  const started = performance.now();
  const { tagSlugs } = generateProblems(getWriterDb().$client, N);
  tag = tagSlugs[3]!;
  console.log(`generated ${N} problems in ${Math.round(performance.now() - started)} ms`);
}, 120_000);

const cases: [string, () => ProblemListFilters][] = [
  ["newest (default)", () => ({})],
  ["most endorsed", () => ({ sort: "endorsed" })],
  ["most organisations", () => ({ sort: "organisations" })],
  ["recently active", () => ({ sort: "active" })],
  ["care setting", () => ({ careSetting: "acute" })],
  ["specialty", () => ({ specialty: "podiatry" })],
  ["status open", () => ({ status: "open" })],
  ["status duplicate", () => ({ status: "duplicate" })],
  ["tag", () => ({ tag })],
  ["has projects", () => ({ hasProjects: true })],
  [
    "care setting + specialty, most endorsed",
    () => ({ careSetting: "community", specialty: "diabetes_endocrinology", sort: "endorsed" }),
  ],
  ["specialty, recently active", () => ({ specialty: "stroke", sort: "active" })],
  ["has projects, most organisations", () => ({ hasProjects: true, sort: "organisations" })],
  ["page 400 of newest", () => ({ page: 400 })],
  ["search: common word", () => ({ q: "referral" })],
  ["search: two words", () => ({ q: "diabetes foot" })],
  ["search: phrase", () => ({ q: '"waiting list"' })],
  ["search: prefix", () => ({ q: "physio*" })],
  ["search: rare word", () => ({ q: "thrombolysis spirometry" })],
  ["search + care setting", () => ({ q: "handover", careSetting: "acute" })],
  ["search sorted newest", () => ({ q: "falls", sort: "newest" })],
  ["search: hostile", () => ({ q: `"NEAR(foot ulcer) OR title:* AND -(` })],
];

function planOf(query: ReturnType<typeof sql>): string[] {
  return getWriterDb()
    .all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${query}`)
    .map((r) => r.detail);
}

/** A plan line that reads the whole problems table row by row. */
const fullTableScan = (detail: string) =>
  /^SCAN (p|problems)$/.test(detail) || /^SCAN (p|problems) (?!USING)/.test(detail);

describeOnSqlite("query plans at 20,000 problems", () => {
  it.each(cases)("%s reads indexes, never the whole problems table", (_name, filters) => {
    const queries = problemListQueries(filters());
    for (const query of [queries.ids, queries.count, queries.details([1, 2, 3])]) {
      const plan = planOf(query);
      expect(plan.filter(fullTableScan), plan.join("\n")).toEqual([]);
    }
  });
});

describeOnSqlite("correctness at scale", () => {
  it("pages in a stable order with no repeats or gaps", async () => {
    const seen = new Set<number>();
    for (let page = 1; page <= 5; page++) {
      const result = await listProblems({ sort: "endorsed", page });
      for (const item of result.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
    }
    expect(seen.size).toBe(100);
  });

  it("never lists hidden problems or merged duplicates by default", async () => {
    const { total } = await listProblems({});
    const expected = getWriterDb().get<{ n: number }>(
      sql`SELECT count(*) AS n FROM problems WHERE hidden_at IS NULL AND status <> 'duplicate'`,
    )!.n;
    expect(total).toBe(expected);
    expect(total).toBeLessThan(N);
  });
});
