/** Every demo problem, in the order they are inserted. */
import { acuteProblems, primaryCareProblems } from "./problems-primary-acute";
import { ambulanceProblems, communityProblems, mentalHealthProblems, socialCareProblems } from "./problems-community";
import type { SeedProblem } from "./problems-types";

export type { SeedProblem } from "./problems-types";

export const seedProblems: SeedProblem[] = [
  ...primaryCareProblems,
  ...acuteProblems,
  ...mentalHealthProblems,
  ...communityProblems,
  ...ambulanceProblems,
  ...socialCareProblems,
];
