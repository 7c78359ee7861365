/** The pipeline stages, in order, with their meaning and rough technology readiness level. */
export const stages = [
  { key: "prototype", label: "Prototype", meaning: "Built, usually at a hack day", trl: "3–4" },
  {
    key: "validation",
    label: "Validation",
    meaning: "A clinical champion and real users have tried it; purpose is clear",
    trl: "4–6",
  },
  {
    key: "pilot_ready",
    label: "Pilot ready",
    meaning: "Assurance done; a pilot site and funding are lined up",
    trl: "6",
  },
  { key: "pilot", label: "Pilot", meaning: "Live at a site", trl: "7" },
  { key: "evaluation", label: "Evaluation", meaning: "Evidence gathered against the agreed measures", trl: "7–8" },
  {
    key: "route_to_market",
    label: "Route to market",
    meaning: "Commercial model and procurement route in place",
    trl: "8",
  },
  { key: "adopted", label: "Adopted", meaning: "In routine use beyond the pilot site", trl: "9" },
] as const;

export type Stage = (typeof stages)[number]["key"];
export const stageKeys = stages.map((s) => s.key) as [Stage, ...Stage[]];

/** The stages as select options (value and label), for filters and forms. */
export const stageOptions = stages.map((s) => ({ value: s.key, label: s.label }));

/** Position of a stage in the pipeline, 0 for prototype. */
export function stageIndex(stage: Stage): number {
  return stageKeys.indexOf(stage);
}

/** Human label of a stage key. */
export function stageLabel(stage: string): string {
  return stages.find((s) => s.key === stage)?.label ?? stage;
}

/** The stage after this one, or null at the end of the pipeline. */
export function nextStage(stage: Stage): Stage | null {
  return stageKeys[stageIndex(stage) + 1] ?? null;
}

/** Days without activity after which a project is shown as stalled. */
export const STALLED_AFTER_DAYS = 90;

/** Whether a project whose last activity was at `lastActivityAt` counts as stalled at `now`. */
export function isStalled(lastActivityAt: Date, now: Date = new Date()): boolean {
  return now.getTime() - lastActivityAt.getTime() > STALLED_AFTER_DAYS * 24 * 60 * 60 * 1000;
}
