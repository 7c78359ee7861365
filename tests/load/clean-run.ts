/**
 * What a mixed-load run must show when nothing went wrong (tests/load/*.test.ts): every answer the
 * one a success gives, every route of every role exercised, every kind of write acknowledged, and
 * exactly what was acknowledged stored.
 */
import { expect } from "vitest";
import { writeKinds, type LoadReport, type WriteCounts } from "./mixed-load";

export function expectCleanRun(report: LoadReport, { before, after }: { before: WriteCounts; after: WriteCounts }) {
  // A refused write or a missing page would be listed in the samples.
  expect(report.samples).toEqual([]);
  expect(report.totals.unexpected).toBe(0);
  expect(report.totals.fiveXx).toBe(0);
  expect(report.totals.non2xx3xx).toBe(0);
  expect(report.totals.timeouts).toBe(0);
  expect(report.totals.connectionErrors).toBe(0);
  expect(report.totals.unanswered).toBe(0);
  expect(report.routes.filter((r) => r.requests === 0).map((r) => `${r.role} ${r.route}`)).toEqual([]);
  expect(writeKinds.filter((kind) => report.acknowledged[kind] === 0)).toEqual([]);
  const stored = Object.fromEntries(writeKinds.map((kind) => [kind, after[kind] - before[kind]]));
  expect(stored).toEqual(report.acknowledged);
}
