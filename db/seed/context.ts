/** Shared state while the demo is written: the transaction, the clock and the ids handed out. */
import type { AuditAction } from "../../app/domain/audit";
import type { DB } from "../../app/utils/db.server";
import { hackDayPath, pipelineReviewsPath, projectMentorsPath, problemPath, projectPath } from "../../app/utils/paths";
import type { Clock, Random } from "./clock";
import type { HackDayKey } from "./content/hack-days";
import type { SeedPerson } from "./content/people";
import type { SeedProblem } from "./content/problems";
import type { SeedProject } from "./content/projects";

/** A drizzle transaction on the app's database. */
export type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];

export type PendingAudit = {
  actor: string | null;
  action: AuditAction;
  objectType: string;
  objectId: number | null;
  before?: unknown;
  after?: unknown;
  at: Date;
};

export type SeedContext = {
  tx: Tx;
  clock: Clock;
  rng: Random;
  people: Map<string, SeedPerson & { id: number; joinedAt: Date }>;
  problems: Map<string, SeedProblem & { id: number; createdAt: Date }>;
  hackDays: Map<
    HackDayKey,
    { id: number; name: string; startsAt: Date; createdAt: Date; deadline: Date; criteria: number[] }
  >;
  projects: Map<string, SeedProject & { id: number; createdAt: Date; stage: string }>;
  /** Audit events, written at the end in date order. */
  audits: PendingAudit[];
};

/** Looks a key up in one of the context maps, failing loudly on a typo in the content. */
export function must<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed content refers to an unknown ${what}: ${String(key)}`);
  return value;
}

/** The id of a person by key. */
export function userId(ctx: SeedContext, key: string): number {
  return must(ctx.people, key, "person").id;
}

/** Site paths for links in notifications. */
export const paths = {
  problem: (id: number, title: string) => problemPath({ id, title }),
  project: (id: number, name: string) => projectPath({ id, name }),
  hackDay: (id: number, name: string) => hackDayPath({ id, name }),
  reviews: pipelineReviewsPath(),
  projectMentors: (id: number, name: string) => projectMentorsPath({ id, name }),
};
