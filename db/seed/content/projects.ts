/** Every demo project, latest stage first. */
import { earlyProjects } from "./projects-early";
import { lateProjects } from "./projects-late";
import type { SeedProject } from "./projects-types";

export type { SeedProject } from "./projects-types";

export const seedProjects: SeedProject[] = [...lateProjects, ...earlyProjects];
