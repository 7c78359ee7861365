/** Pure helpers that read a seed project's path: which stage it is in and when it got there. */
import { statusFromProjects } from "../../app/domain/problem-status";
import type { Stage } from "../../app/domain/stages";
import type { ProblemStatus } from "../../app/domain/taxonomy";
import { isMoveBack, type SeedProject } from "./content/projects-types";

export type StageEntry = { stage: Stage; daysAgo: number; back: boolean };

/** Every stage the project entered after prototype, in order (forward moves and moves back). */
export function stageEntries(project: SeedProject): StageEntry[] {
  return project.path.map((step) =>
    isMoveBack(step)
      ? { stage: step.back, daysAgo: step.at, back: true }
      : { stage: step.to, daysAgo: step.decided, back: false },
  );
}

/** The stage the project is in now. */
export function currentStage(project: SeedProject): Stage {
  return stageEntries(project).at(-1)?.stage ?? "prototype";
}

/** Days ago the project entered its current stage. */
export function stageEnteredDaysAgo(project: SeedProject): number {
  return stageEntries(project).at(-1)?.daysAgo ?? project.createdDaysAgo;
}

/** The status a problem should have given the projects working on it (the app's own rule). */
export function problemStatusFromProjects(problemKey: string, projects: readonly SeedProject[]): ProblemStatus {
  const working = projects
    .filter((p) => p.problem === problemKey)
    .map((p) => ({ stage: currentStage(p), state: p.state?.kind ?? ("active" as const) }));
  return statusFromProjects("open", working);
}

/** The most recent forward move into `stage`, if the project ever made one. */
export function lastMoveInto(project: SeedProject, stage: Stage) {
  return project.path.filter((step) => !isMoveBack(step) && step.to === stage).at(-1) as
    Exclude<SeedProject["path"][number], { back: Stage }> | undefined;
}
