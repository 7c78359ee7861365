import { and, asc, gte, inArray, sql } from "drizzle-orm";
import { hackDays } from "../../db/schema";
import { getDb, readUntilNextWrite } from "./core.server";
import { rawRows } from "./dialect.server";
import { listSuccessStories } from "./impact.server";
import { listNewestProblems } from "./problem-search.server";

export type HomeFigures = {
  problems: number;
  organisations: number;
  projects: number;
  pilotOrBeyond: number;
  adopted: number;
  hackDays: number;
};

/**
 * The live figures on the home page, in one round trip: problems posted (not hidden or merged),
 * distinct organisations endorsing them, public projects, those at pilot or beyond, adopted ones,
 * and hack days announced (not drafts). Counted again only after a write (readUntilNextWrite).
 */
export function getHomeFigures(): Promise<HomeFigures> {
  return readUntilNextWrite("home-figures", countHomeFigures);
}

async function countHomeFigures(): Promise<HomeFigures> {
  const [row] = await rawRows<HomeFigures>(
    getDb(),
    sql`
    SELECT
      (SELECT count(*) FROM problems WHERE hidden_at IS NULL AND status <> 'duplicate') AS problems,
      (SELECT count(DISTINCT lower(trim(e.organisation))) FROM endorsements e JOIN problems pr ON pr.id = e.problem_id WHERE pr.hidden_at IS NULL) AS organisations,
      (SELECT count(*) FROM projects WHERE submitted_at IS NOT NULL) AS projects,
      (SELECT count(*) FROM projects WHERE submitted_at IS NOT NULL AND stage IN ('pilot', 'evaluation', 'route_to_market', 'adopted')) AS "pilotOrBeyond",
      (SELECT count(*) FROM projects WHERE submitted_at IS NOT NULL AND stage = 'adopted') AS adopted,
      (SELECT count(*) FROM hack_days WHERE status <> 'draft') AS "hackDays"`,
  );
  return row!;
}

/**
 * Hack days still to come or happening now (open for registration, or live), soonest first. One in
 * judging or with its results out is over for anyone looking for the next one, even on its last day.
 */
export async function listNextHackDays({ limit = 3, now = new Date() }: { limit?: number; now?: Date } = {}) {
  return getDb()
    .select({
      id: hackDays.id,
      name: hackDays.name,
      startsAt: hackDays.startsAt,
      endsAt: hackDays.endsAt,
      venue: hackDays.venue,
      onlineUrl: hackDays.onlineUrl,
      status: hackDays.status,
    })
    .from(hackDays)
    .where(and(inArray(hackDays.status, ["open", "live"]), gte(hackDays.endsAt, now)))
    .orderBy(asc(hackDays.startsAt), asc(hackDays.id))
    .limit(limit);
}

/** Everything the home page shows. */
export async function getHomePage({ now = new Date() }: { now?: Date } = {}) {
  const [figures, newestProblems, nextHackDays, stories] = await Promise.all([
    getHomeFigures(),
    listNewestProblems(6),
    listNextHackDays({ limit: 3, now }),
    listSuccessStories({ page: 1, pageSize: 3 }),
  ]);
  return { figures, newestProblems, nextHackDays, stories: stories.items };
}
