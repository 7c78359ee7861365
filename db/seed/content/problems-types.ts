import type { CareSetting, Specialty } from "../../../app/domain/taxonomy";

/** A problem as a clinician would post it, with the reactions it drew. */
export type SeedProblem = {
  key: string;
  /** Person key of the clinician who posted it. */
  author: string;
  createdDaysAgo: number;
  careSetting: CareSetting;
  specialty: Specialty;
  title: string;
  summary: string;
  whoAffected: string;
  frequency: string;
  currentWorkaround: string;
  idealOutcome: string;
  dataAvailable: string;
  dataConstraints: string;
  tags: string[];
  /** Clinicians saying "happens here too": a person key, or [key, note]. */
  endorsements: Array<string | [string, string]>;
  /** [person key, days after the problem was posted, body]. */
  comments?: Array<[string, number, string]>;
  /** Set for problems an organiser closed. */
  closedReason?: string;
  /** Set for a problem merged into another (its endorsements were carried over). */
  duplicateOf?: string;
};
