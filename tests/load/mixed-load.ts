/**
 * The mixed load of issue 8: every role's common pages and forms, at once, over real HTTP against
 * the built server (tests/http/server.ts) with the demo data. One autocannon instance per role, its
 * share of the connections set by the role's weight; each instance deals the role's steps (pages
 * and form posts) out in turn to whichever of its connections asks next, so every step runs as
 * often as the others from the first second, however short the run. No think time: every
 * connection sends its next request as soon as the last is answered.
 *
 * Writes are the form posts a browser sends (urlencoded, with the page's Origin and the session
 * cookie) and must be answered with the redirect the action sends on success (Remix's 302 to the
 * page with its `?notice=`; a redirect to /login does not count). Each write carries this run's
 * marker, so what it stored can be counted afterwards (countStored) and compared with what was
 * acknowledged. The general write limit must be raised on the server (WRITE_RATE_LIMIT): every
 * connection here comes from one IP.
 *
 * Figures are kept per route: autocannon's own histograms mix every route of an instance, so each
 * request is timed from the moment its bytes are built (setupRequest, just before they are written)
 * to its parsed response (onResponse), in the connection's context. A request with no answer (timed
 * out, or its connection lost) is left in `inFlight` and counted as unanswered against its route.
 *
 * At the end nothing is cut off: once the duration is up every connection switches to GET
 * /healthz (not counted), the driver waits for the requests still in flight to be answered (or to
 * time out), and only then stops autocannon. Every write sent is therefore acknowledged, refused
 * or unanswered, and the rows stored can be compared exactly with the writes acknowledged.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { and, count, eq, inArray, isNotNull, isNull, like, ne, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { getWriterDb } from "../../app/utils/db.server";
import { ukToday } from "../../app/domain/mentorship-notes";
import { acceptsEndorsements } from "../../app/domain/problem-status";
import {
  hackDayPath,
  mentorPath,
  mentorshipPath,
  problemPath,
  projectFundingPath,
  projectGatePath,
  projectMentorsPath,
  projectPath,
  projectTeamPath,
  storyPath,
  funderPath,
} from "../../app/utils/paths";
import * as s from "../../db/schema";
import { sessionCookieFor } from "../http/accounts";
import { demoAccount, type Persona } from "../http/demo";
import type { TestServer } from "../http/server";
import { createUser } from "../factories";
import { firstRow, oneRow } from "../rows";

/** The kinds of row the writes store, one counter each. */
export const writeKinds = ["problem", "comment", "endorsement", "feedback", "mentorshipNote", "gateEvidence"] as const;
export type WriteKind = (typeof writeKinds)[number];
export type WriteCounts = Record<WriteKind, number>;

/** What one step sends: its path, and for a form its fields; the cookie of whoever sends it. */
type Made = { path: string; cookie?: string; fields?: Record<string, string> };

/** One request in a role's walk. */
export type Step = {
  /** The route as reported: method and pattern, e.g. `POST /problems/:id (comment)`. */
  route: string;
  method: "GET" | "POST";
  /** The status a success answers with. */
  expect: number;
  /** For a redirect, where it must go (a redirect to /login is not a success). */
  location?: RegExp;
  /** The row a successful write stores. */
  write?: WriteKind;
  make: () => Made;
};

export type RoleMix = { role: Persona; weight: number; steps: Step[] };

/** Everything a prepared mix needs: the steps per role and how to count what the writes stored. */
export type PreparedMix = { mixes: RoleMix[]; marker: string; countStored: () => Promise<WriteCounts> };

export type RouteFigures = {
  role: Persona;
  route: string;
  /** Answered requests. */
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Answers by status. */
  statuses: Record<string, number>;
  /** Answers that were not 2xx or 3xx. */
  non2xx3xx: number;
  fiveXx: number;
  /** Answers other than the step's expected status and redirect (a refused write, a page not found). */
  unexpected: number;
  /** Requests sent that never got an answer (timed out, or their connection was lost). */
  unanswered: number;
  /** Acknowledged writes (the expected redirect). */
  acknowledged: number;
};

export type LoadReport = {
  seconds: number;
  connections: number;
  connectionsByRole: Record<string, number>;
  routes: RouteFigures[];
  totals: {
    requests: number;
    rps: number;
    p50: number;
    p99: number;
    fiveXx: number;
    non2xx3xx: number;
    unexpected: number;
    unanswered: number;
    /** autocannon's counts over every connection (the /healthz drain included). */
    timeouts: number;
    connectionErrors: number;
    writes: number;
  };
  acknowledged: WriteCounts;
  /**
   * CPU time over the measured part of the run: the server's (user + system, from /proc; null
   * where there is none) and per answered request, and the load driver's own, to show which one
   * the machine was busy with.
   */
  cpu: { serverSeconds: number | null; serverMsPerRequest: number | null; driverSeconds: number };
  /** Up to 20 unexpected answers, for the report: `status route path: body…`. */
  samples: string[];
};

/** The part of autocannon (a devDependency without types) this driver uses. */
type AutocannonResult = { errors: number; timeouts: number };
type AutocannonInstance = PromiseLike<AutocannonResult> & { stop: () => void };
const autocannon = createRequire(import.meta.url)("autocannon") as (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: unknown[];
}) => AutocannonInstance;

const zeroCounts = (): WriteCounts => Object.fromEntries(writeKinds.map((k) => [k, 0])) as WriteCounts;

// ---------------------------------------------------------------- the mix

/**
 * Looks up the demo records the walks use, signs the demo accounts in (one session each, shared by
 * the role's connections) and creates `endorsers` confirmed clinicians: a clinician endorses a
 * problem once, so each endorsement takes the next unused (endorser, problem) pair. The test
 * process's database must be the server's (startServerWithDb).
 */
export async function prepareMix({ endorsers = 60 }: { endorsers?: number } = {}): Promise<PreparedMix> {
  const db = getWriterDb();
  const marker = `load-${Date.now().toString(36)}`;
  const account = {
    clinician: await demoAccount("clinician"),
    developer: await demoAccount("developer"),
    mentor: await demoAccount("mentor"),
    funder: await demoAccount("funder"),
    organiser: await demoAccount("organiser"),
    admin: await demoAccount("admin"),
  };

  const problems = await db
    .select({ id: s.problems.id, title: s.problems.title, status: s.problems.status })
    .from(s.problems)
    .where(and(isNull(s.problems.hiddenAt), ne(s.problems.status, "duplicate")))
    .orderBy(s.problems.id);
  const endorsable = problems.filter((p) => acceptsEndorsements(p.status));
  if (endorsable.length < 10)
    throw new Error(`Only ${endorsable.length} problems take endorsements: start with demoData.`);
  const someProblem = (i: number) => problems[i % problems.length]!;

  const projectNamed = async (name: string) => {
    const row = await firstRow(
      db.select({ id: s.projects.id, name: s.projects.name }).from(s.projects).where(eq(s.projects.name, name)),
    );
    if (!row) throw new Error(`No demo project ${name}`);
    return row;
  };
  const bpDiary = await projectNamed("BP Diary"); // developer@demo.test leads it (pilot ready)
  const strokeLink = await projectNamed("StrokeLink"); // mentor@demo.test mentors it
  const liveHackDay = await firstRow(
    db.select({ id: s.hackDays.id, name: s.hackDays.name }).from(s.hackDays).where(eq(s.hackDays.status, "live")),
  );
  if (!liveHackDay) throw new Error("No live demo hack day");
  const mentorship = await firstRow(
    db
      .select({ id: s.mentorships.id })
      .from(s.mentorships)
      .where(
        and(
          eq(s.mentorships.mentorId, account.mentor.id),
          eq(s.mentorships.projectId, strokeLink.id),
          eq(s.mentorships.status, "active"),
        ),
      ),
  );
  if (!mentorship) throw new Error("No active mentorship of mentor@demo.test on StrokeLink");
  const story = await firstRow(
    db
      .select({ id: s.outcomes.id, title: s.outcomes.storyTitle })
      .from(s.outcomes)
      .where(isNotNull(s.outcomes.publishedAt))
      .orderBy(s.outcomes.id),
  );
  if (!story?.title) throw new Error("No published demo success story");
  const mentorUser = await oneRow(
    db.select({ id: s.users.id, name: s.users.name }).from(s.users).where(eq(s.users.id, account.mentor.id)),
  );
  const funderUser = await oneRow(
    db.select({ id: s.users.id, name: s.users.name }).from(s.users).where(eq(s.users.id, account.funder.id)),
  );

  // Endorsers: confirmed clinicians, each with a session; pairs handed out in order.
  const pool: { id: number; cookie: string }[] = [];
  for (let i = 0; i < endorsers; i++) {
    const user = await createUser({ roles: ["clinician"], organisation: `Load Trust ${i}` });
    pool.push({ id: user.id, cookie: await sessionCookieFor(user.id) });
  }
  let nextPair = 0;
  const endorsement = (): Made => {
    const n = nextPair++;
    if (n >= pool.length * endorsable.length)
      throw new Error("Ran out of (endorser, problem) pairs: raise `endorsers`.");
    const endorser = pool[n % pool.length]!;
    const problem = endorsable[Math.floor(n / pool.length)]!;
    return {
      path: problemPath(problem),
      cookie: endorser.cookie,
      fields: { intent: "endorse", organisation: `Load Trust ${marker}`, note: `It happens on our ward too (${n}).` },
    };
  };

  let sequence = 0;
  const n = () => ++sequence;
  const yesterday = ukToday(new Date(Date.now() - 86_400_000));

  const page = (route: string, path: string | (() => string), cookie?: string): Step => ({
    route: `GET ${route}`,
    method: "GET",
    expect: 200,
    make: () => ({ path: typeof path === "function" ? path() : path, cookie }),
  });
  const form = (route: string, write: WriteKind, location: RegExp, make: () => Made): Step => ({
    route: `POST ${route}`,
    method: "POST",
    expect: 302,
    location,
    write,
    make,
  });

  let problemCursor = 0;
  const nextProblem = () => someProblem(problemCursor++);
  const searches = ["discharge", "falls", "referral", "medication", "handover", "waiting"];
  let searchCursor = 0;

  const comment = (cookie: string, who: string) =>
    form("/problems/:id (comment)", "comment", /^\/problems\/\d+[^?]*\?notice=commented#comment-\d+$/, () => ({
      path: problemPath(nextProblem()),
      cookie,
      fields: { intent: "comment", body: `${who} here: this happens on our unit too. ${marker} #${n()}` },
    }));

  const mixes: RoleMix[] = [
    {
      role: "anonymous",
      weight: 20,
      steps: [
        page("/", "/"),
        page("/problems", "/problems"),
        page("/problems?q=", () => `/problems?q=${searches[searchCursor++ % searches.length]}`),
        page("/problems/:id", () => problemPath(nextProblem())),
        page("/projects", "/projects"),
        page("/projects/:id", projectPath(bpDiary)),
        page("/hack-days", "/hack-days"),
        page("/hack-days/:id", hackDayPath(liveHackDay)),
        page("/pipeline", "/pipeline"),
        page("/impact", "/impact"),
        page("/mentors", "/mentors"),
        page("/api/v1/problems", "/api/v1/problems"),
        page("/api/v1/projects/:id", `/api/v1/projects/${bpDiary.id}`),
        page("/stories/:id", storyPath({ id: story.id, title: story.title })),
        page("/contact", "/contact"),
        form("/contact", "feedback", /^\/contact\?notice=feedback-sent$/, () => ({
          path: "/contact",
          fields: { topic: "other", name: "A visitor", message: `The impact page is a great read. ${marker} #${n()}` },
        })),
      ],
    },
    {
      role: "clinician",
      weight: 9,
      steps: [
        page("/dashboard", "/dashboard", account.clinician.cookie),
        page("/problems", "/problems", account.clinician.cookie),
        page("/problems/:id", () => problemPath(nextProblem()), account.clinician.cookie),
        comment(account.clinician.cookie, "Clinician"),
        page("/problems/new", "/problems/new", account.clinician.cookie),
        form("/problems/new", "problem", /^\/problems\/\d+[^?]*\?notice=problem-posted$/, () => {
          const i = n();
          return {
            path: "/problems/new",
            cookie: account.clinician.cookie,
            fields: {
              intent: "save",
              title: `Bed board out of date at night ${marker} #${i}`,
              summary:
                "The electronic bed board is not updated overnight, so site managers ring every ward to find a bed.",
              whoAffected: "Site managers, ward nurses and patients waiting in ED",
              frequency: "Every night",
              currentWorkaround: "Phone calls and a paper list",
              idealOutcome: "A bed board that is right at 3am without anyone phoning round",
              careSetting: "acute",
              specialty: "emergency_medicine",
              tags: "beds, flow",
              noPiiConfirmed: "on",
            },
          };
        }),
        form(
          "/problems/:id (endorse)",
          "endorsement",
          /^\/problems\/\d+[^?]*\?notice=endorsed#endorsements$/,
          endorsement,
        ),
        page("/notifications", "/notifications", account.clinician.cookie),
      ],
    },
    {
      role: "developer",
      weight: 8,
      steps: [
        page("/dashboard", "/dashboard", account.developer.cookie),
        page("/projects/:id", projectPath(bpDiary), account.developer.cookie),
        page("/projects/:id/team", projectTeamPath(bpDiary), account.developer.cookie),
        page("/projects/:id/gates/:key", projectGatePath(bpDiary, "pilot_ran"), account.developer.cookie),
        form("/projects/:id/gates/:key", "gateEvidence", /\/gates\/pilot_ran\?notice=gate-saved$/, () => ({
          path: projectGatePath(bpDiary, "pilot_ran"),
          cookie: account.developer.cookie,
          fields: {
            intent: "save",
            status: "in_progress",
            evidence: `Pilot booked at Northfield surgery; first readings in. ${marker} #${n()}`,
          },
        })),
        page("/projects/:id/mentors", projectMentorsPath(bpDiary), account.developer.cookie),
        page(
          "/problems?q=",
          () => `/problems?q=${searches[searchCursor++ % searches.length]}`,
          account.developer.cookie,
        ),
        comment(account.developer.cookie, "Developer"),
      ],
    },
    {
      role: "mentor",
      weight: 4,
      steps: [
        page("/dashboard", "/dashboard", account.mentor.cookie),
        page("/mentorships/:id", mentorshipPath(mentorship.id), account.mentor.cookie),
        form("/mentorships/:id", "mentorshipNote", /^\/mentorships\/\d+\?notice=note-added#note-\d+$/, () => ({
          path: mentorshipPath(mentorship.id),
          cookie: account.mentor.cookie,
          fields: {
            intent: "add",
            sessionOn: yesterday,
            body: `Went through the hazard log and the DCB0129 safety case. ${marker} #${n()}`,
            nextStep: "Team to close hazard H4 before the next session",
          },
        })),
        page("/projects/:id", projectPath(strokeLink), account.mentor.cookie),
        page("/mentors/:id", mentorPath(mentorUser), account.mentor.cookie),
      ],
    },
    {
      role: "funder",
      weight: 3,
      steps: [
        page("/dashboard", "/dashboard", account.funder.cookie),
        page("/projects", "/projects", account.funder.cookie),
        page("/projects/:id/funding", projectFundingPath(bpDiary), account.funder.cookie),
        page("/funders/:id", funderPath(funderUser), account.funder.cookie),
        page("/impact", "/impact", account.funder.cookie),
      ],
    },
    {
      role: "organiser",
      weight: 3,
      steps: [
        page("/dashboard", "/dashboard", account.organiser.cookie),
        page("/pipeline/reviews", "/pipeline/reviews", account.organiser.cookie),
        page("/admin/moderation", "/admin/moderation", account.organiser.cookie),
        page("/hack-days/:id", hackDayPath(liveHackDay), account.organiser.cookie),
        page("/pipeline", "/pipeline", account.organiser.cookie),
      ],
    },
    {
      role: "admin",
      weight: 3,
      steps: [
        page("/admin", "/admin", account.admin.cookie),
        page("/admin/users", "/admin/users", account.admin.cookie),
        page("/admin/audit", "/admin/audit", account.admin.cookie),
        page("/admin/feedback", "/admin/feedback", account.admin.cookie),
        page("/dashboard", "/dashboard", account.admin.cookie),
      ],
    },
  ];

  const countStored = async (): Promise<WriteCounts> => {
    const tally = async (table: SQLiteTable, where: SQL | undefined) =>
      (await oneRow(db.select({ n: count() }).from(table).where(where))).n;
    const poolIds = pool.map((p) => p.id);
    const counts: Record<WriteKind, Promise<number>> = {
      problem: tally(s.problems, like(s.problems.title, `%${marker}%`)),
      comment: tally(s.comments, like(s.comments.body, `%${marker}%`)),
      endorsement: tally(
        s.endorsements,
        and(inArray(s.endorsements.userId, poolIds), eq(s.endorsements.organisation, `Load Trust ${marker}`)),
      ),
      feedback: tally(s.feedbackMessages, like(s.feedbackMessages.message, `%${marker}%`)),
      mentorshipNote: tally(s.mentorshipNotes, like(s.mentorshipNotes.body, `%${marker}%`)),
      // The evidence itself is one row, overwritten; each save that changes it adds an event.
      gateEvidence: tally(
        s.gateItemEvents,
        and(
          eq(s.gateItemEvents.projectId, bpDiary.id),
          eq(s.gateItemEvents.itemKey, "pilot_ran"),
          eq(s.gateItemEvents.kind, "updated"),
          eq(s.gateItemEvents.actorId, account.developer.id),
        ),
      ),
    };
    return Object.fromEntries(
      await Promise.all(writeKinds.map(async (kind) => [kind, await counts[kind]] as const)),
    ) as WriteCounts;
  };
  return { mixes, marker, countStored };
}

// ---------------------------------------------------------------- the run

/** Splits `total` connections between the roles by weight (largest remainders), at least one each. */
export function splitConnections(mixes: RoleMix[], total: number): number[] {
  if (total < mixes.length) throw new Error(`At least ${mixes.length} connections: one per role.`);
  const weights = mixes.reduce((sum, m) => sum + m.weight, 0);
  const exact = mixes.map((m) => 1 + ((total - mixes.length) * m.weight) / weights);
  const shares = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest);
  for (let k = 0; shares.reduce((a, b) => a + b, 0) < total; k++) shares[order[k]!.i]! += 1;
  return shares;
}

/** A process's CPU time so far (user + system) in seconds, from /proc; null where it cannot be read. */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the command name (which is in parentheses and may hold spaces): utime is the 12th, stime the 13th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second on every platform Node runs on. */
const CLOCK_TICKS = 100;

/** The nearest-rank percentile of sorted values, in whole milliseconds (0 for none). */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

function headerOf(headers: Record<string, string | string[]>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

type Tally = {
  step: Step;
  /** Requests sent for this step. */
  sent: number;
  role: Persona;
  latencies: number[];
  statuses: Record<string, number>;
  unexpected: number;
  acknowledged: number;
};
type Sent = { tally: Tally; path: string; start: number };
type Context = { sent?: number };

/**
 * Requests every page of the mix once, one at a time, as a browser would on its first visit: the
 * server compiles and caches on first use, which is not what a server that has been up for a while
 * does. Throws at the first page that does not answer as its step expects, so a wrong path fails
 * here, clearly, and not as thousands of unexpected answers.
 */
async function warmUp(server: Pick<TestServer, "baseUrl">, mixes: RoleMix[]): Promise<void> {
  for (const mix of mixes)
    for (const step of mix.steps) {
      if (step.method !== "GET") continue;
      const made = step.make();
      const response = await fetch(`${server.baseUrl}${made.path}`, {
        redirect: "manual",
        headers: made.cookie ? { Cookie: made.cookie } : {},
      });
      const body = await response.text();
      if (response.status !== step.expect)
        throw new Error(
          `Warm-up: ${mix.role} ${step.route} ${made.path} answered ${response.status}: ${body.slice(0, 300)}`,
        );
    }
}

/**
 * Runs the mix against the server for `seconds` at `connections` connections (split between the
 * roles by weight) and returns the figures per route. `timeoutSeconds` is autocannon's per-request
 * timeout.
 */
export async function runMixedLoad({
  server,
  mixes,
  seconds,
  connections,
  timeoutSeconds = 10,
  warmup = true,
  serverPid,
}: {
  server: Pick<TestServer, "baseUrl" | "origin">;
  mixes: RoleMix[];
  seconds: number;
  connections: number;
  timeoutSeconds?: number;
  /** GET every page once, one at a time, before the clock starts (a started server is warm). */
  warmup?: boolean;
  /** The server's process id, to report the CPU time it spent (Linux /proc). */
  serverPid?: number;
}): Promise<LoadReport> {
  const shares = splitConnections(mixes, connections);
  if (warmup) await warmUp(server, mixes);
  const tallies: Tally[] = [];
  const inFlight = new Map<number, Sent>();
  const samples: string[] = [];
  let nextId = 1;
  let draining = false;

  const instances = mixes.map((mix, m) => {
    const roleTallies = mix.steps.map((step): Tally => {
      const tally: Tally = {
        step,
        role: mix.role,
        sent: 0,
        latencies: [],
        statuses: {},
        unexpected: 0,
        acknowledged: 0,
      };
      tallies.push(tally);
      return tally;
    });
    // One request that deals the role's steps out in turn, whichever connection asks next: every
    // step runs as often as the others from the first second, however short the run.
    let cursor = 0;
    const requests = [
      {
        method: "GET",
        path: "/",
        setupRequest(request: Record<string, unknown>, context: Context) {
          if (draining) {
            context.sent = undefined;
            return { ...request, method: "GET", path: "/healthz", headers: {}, body: "" };
          }
          const tally = roleTallies[cursor++ % roleTallies.length]!;
          const { step } = tally;
          const made = step.make();
          const headers: Record<string, string> = { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" };
          if (made.cookie) headers.Cookie = made.cookie;
          let body = "";
          if (step.method === "POST") {
            headers.Origin = server.origin;
            headers["Content-Type"] = "application/x-www-form-urlencoded";
            body = new URLSearchParams(made.fields ?? {}).toString();
          }
          const id = nextId++;
          tally.sent += 1;
          context.sent = id;
          inFlight.set(id, { tally, path: made.path, start: performance.now() });
          return { ...request, method: step.method, path: made.path, headers, body };
        },
        onResponse(status: number, body: string, context: Context, headers: Record<string, string | string[]>) {
          const id = context.sent;
          context.sent = undefined;
          const sent = id === undefined ? undefined : inFlight.get(id);
          if (!sent) return; // the drain's /healthz
          inFlight.delete(id!);
          const { tally } = sent;
          const { step } = tally;
          tally.latencies.push(performance.now() - sent.start);
          tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
          const location = headerOf(headers, "location");
          const ok = status === step.expect && (!step.location || step.location.test(location ?? ""));
          if (ok && step.write) tally.acknowledged += 1;
          if (!ok) {
            tally.unexpected += 1;
            if (samples.length < 20)
              samples.push(
                `${status} ${mix.role} ${step.route} ${sent.path}${location ? ` -> ${location}` : ""}: ${body.replace(/\s+/g, " ").slice(0, 300)}`,
              );
          }
        },
      },
    ];
    return autocannon({
      url: server.baseUrl,
      connections: shares[m]!,
      duration: seconds + timeoutSeconds + 30,
      timeout: timeoutSeconds,
      requests,
    });
  });
  const results = Promise.all(instances.map((instance) => instance.then((result) => result)));

  const serverCpuBefore = cpuSeconds(serverPid);
  const driverCpuBefore = process.cpuUsage();
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  // However slow the machine, every step is sent at least once (each role deals its steps in turn).
  while (tallies.some((tally) => tally.sent === 0) && performance.now() - started < (seconds + 60) * 1000)
    await new Promise((resolve) => setTimeout(resolve, 50));
  draining = true;
  const measured = (performance.now() - started) / 1000;
  const serverCpuAfter = cpuSeconds(serverPid);
  const driverCpu = process.cpuUsage(driverCpuBefore);
  // Wait for every request sent before the end to be answered, or to have timed out.
  while ([...inFlight.values()].some((sent) => performance.now() - sent.start < (timeoutSeconds + 1) * 1000))
    await new Promise((resolve) => setTimeout(resolve, 50));
  for (const instance of instances) instance.stop();
  const finished = await results;

  const unanswered = new Map<Tally, number>();
  for (const sent of inFlight.values()) unanswered.set(sent.tally, (unanswered.get(sent.tally) ?? 0) + 1);

  // One row per role and route: a walk may repeat a route (e.g. a page after its form).
  const rows = new Map<string, Tally[]>();
  for (const tally of tallies) {
    const key = `${tally.role}\u0000${tally.step.route}`;
    rows.set(key, [...(rows.get(key) ?? []), tally]);
  }
  const routes: RouteFigures[] = [...rows.values()].map((group) => {
    const latencies = group.flatMap((t) => t.latencies).sort((a, b) => a - b);
    const statuses: Record<string, number> = {};
    for (const t of group)
      for (const [code, n] of Object.entries(t.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
    const answered = (predicate: (code: number) => boolean) =>
      Object.entries(statuses).reduce((sum, [code, n]) => sum + (predicate(Number(code)) ? n : 0), 0);
    return {
      role: group[0]!.role,
      route: group[0]!.step.route,
      requests: latencies.length,
      rps: Math.round((latencies.length / measured) * 10) / 10,
      p50: percentile(latencies, 50),
      p90: percentile(latencies, 90),
      p99: percentile(latencies, 99),
      max: Math.round(latencies.at(-1) ?? 0),
      statuses,
      non2xx3xx: answered((code) => code < 200 || code >= 400),
      fiveXx: answered((code) => code >= 500),
      unexpected: group.reduce((sum, t) => sum + t.unexpected, 0),
      unanswered: group.reduce((sum, t) => sum + (unanswered.get(t) ?? 0), 0),
      acknowledged: group.reduce((sum, t) => sum + t.acknowledged, 0),
    };
  });

  const all = tallies.flatMap((t) => t.latencies).sort((a, b) => a - b);
  const acknowledged = zeroCounts();
  for (const tally of tallies) if (tally.step.write) acknowledged[tally.step.write] += tally.acknowledged;
  const sum = (pick: (r: RouteFigures) => number) => routes.reduce((total, r) => total + pick(r), 0);
  const timeouts = finished.reduce((total, r) => total + r.timeouts, 0);
  return {
    seconds: Math.round(measured * 10) / 10,
    connections,
    connectionsByRole: Object.fromEntries(mixes.map((mix, m) => [mix.role, shares[m]!])),
    routes,
    totals: {
      requests: all.length,
      rps: Math.round((all.length / measured) * 10) / 10,
      p50: percentile(all, 50),
      p99: percentile(all, 99),
      fiveXx: sum((r) => r.fiveXx),
      non2xx3xx: sum((r) => r.non2xx3xx),
      unexpected: sum((r) => r.unexpected),
      unanswered: sum((r) => r.unanswered),
      timeouts,
      connectionErrors: finished.reduce((total, r) => total + r.errors, 0) - timeouts,
      writes: Object.values(acknowledged).reduce((a, b) => a + b, 0),
    },
    acknowledged,
    cpu: {
      serverSeconds:
        serverCpuBefore === null || serverCpuAfter === null
          ? null
          : Math.round((serverCpuAfter - serverCpuBefore) * 100) / 100,
      serverMsPerRequest:
        serverCpuBefore === null || serverCpuAfter === null || all.length === 0
          ? null
          : Math.round(((serverCpuAfter - serverCpuBefore) * 1000 * 10) / all.length) / 10,
      driverSeconds: Math.round((driverCpu.user + driverCpu.system) / 10_000) / 100,
    },
    samples,
  };
}

/** The figures as a plain-text table, one line per role and route, then the totals. */
export function formatReport(report: LoadReport): string {
  const header = [
    "role",
    "route",
    "requests",
    "rps",
    "p50 ms",
    "p90 ms",
    "p99 ms",
    "max ms",
    "statuses",
    "5xx",
    "unexp.",
    "no answer",
  ];
  const lines = report.routes.map((r) => [
    r.role,
    r.route,
    String(r.requests),
    r.rps.toFixed(1),
    String(r.p50),
    String(r.p90),
    String(r.p99),
    String(r.max),
    Object.entries(r.statuses)
      .map(([code, n]) => `${code}:${n}`)
      .join(" "),
    String(r.fiveXx),
    String(r.unexpected),
    String(r.unanswered),
  ]);
  const t = report.totals;
  lines.push([
    "all",
    "",
    String(t.requests),
    t.rps.toFixed(1),
    String(t.p50),
    "",
    String(t.p99),
    "",
    "",
    String(t.fiveXx),
    String(t.unexpected),
    String(t.unanswered),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) =>
    cells.map((c, i) => (i < 2 || i === 8 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    row(header),
    row(widths.map((w) => "-".repeat(w))),
    ...lines.map(row),
    "",
    `${report.seconds} s at ${report.connections} connections (${Object.entries(report.connectionsByRole)
      .map(([role, n]) => `${role} ${n}`)
      .join(
        ", ",
      )}); timeouts ${t.timeouts}, connection errors ${t.connectionErrors}; writes acknowledged ${t.writes} (${Object.entries(
      report.acknowledged,
    )
      .map(([kind, n]) => `${kind} ${n}`)
      .join(", ")})`,
    `CPU: server ${report.cpu.serverSeconds ?? "?"} s (${report.cpu.serverMsPerRequest ?? "?"} ms a request), load driver ${report.cpu.driverSeconds} s`,
  ].join("\n");
}
