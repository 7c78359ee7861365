/**
 * Faults, against the built production server (issue 8): the process killed (SIGKILL) in the
 * middle of a burst of writes loses none that it acknowledged; two server processes writing one
 * database at once never let a busy database reach a user; SIGTERM under load finishes what it
 * has accepted, refuses what comes after and exits 0, and a second signal exits at once.
 *
 * Every test counts exactly: each write has a unique word, so the database is asked for each one
 * by name. Each test prints one line of figures (docs/quality.md).
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it, vi, type TestContext } from "vitest";
import { closeDb, getWriterDb } from "../../app/utils/db.server";
import { problemPath } from "../../app/utils/paths";
import * as schema from "../../db/schema";
import { createProblem, createUser } from "../factories";
import { sessionCookieFor, startServerWithDb } from "../http/accounts";
import { startServer, type TestServer } from "../http/server";
import { removeDatabase } from "../setup/fresh-database";
import { runDir } from "../setup/paths";
import { heldPost, pool, request, untilRefused, type Call, type Outcome } from "./traffic";

/** The general write limit is 60 a minute per IP: these tests send far more, from one address. */
const UNLIMITED = { WRITE_RATE_LIMIT: "1000000" };

type Step = () => Promise<unknown> | void;
/**
 * What a test must undo (servers, files), run in reverse as it finishes, passed or failed: per
 * test rather than in afterEach, because the deadline test runs beside the SIGKILL test.
 */
function cleanupFor(onTestFinished: TestContext["onTestFinished"]): (...steps: Step[]) => void {
  const steps: Step[] = [];
  onTestFinished(async () => {
    for (const step of steps.reverse()) await step();
  });
  return (...more) => void steps.push(...more);
}

/** A word that appears nowhere else: letters and digits, one token to the FTS5 tokenizer. */
const uniqueWord = (prefix: string, i: number) => `${prefix}${randomUUID().slice(0, 8)}x${i}`;

/** The real "Post a problem" form, with `word` in its title and in one of its two tags. */
function problemForm(word: string): Record<string, string> {
  return {
    intent: "save",
    title: `Referral letters ${word} go missing`,
    summary: "Letters sent between services are lost and nobody notices for weeks.",
    whoAffected: "Patients waiting for a referral",
    frequency: "Weekly",
    idealOutcome: "Every letter is tracked until it is read",
    careSetting: "community",
    specialty: "podiatry",
    tags: `fault burst, t${word}`,
    noPiiConfirmed: "on",
  };
}

/** The problem id in a successful post's Location (`/problems/12-slug?notice=problem-posted`). */
function postedId(outcome: Outcome): number | null {
  if (outcome.kind !== "answered" || outcome.status !== 302 || !outcome.location) return null;
  const match = /^\/problems\/(\d+)-[^?]*\?notice=problem-posted$/.exec(outcome.location);
  return match ? Number(match[1]) : null;
}

/** Opens the database file read-only for the checks (the server may still be running). */
function openFile(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}

function integrity(db: Database.Database): string {
  return db.pragma("integrity_check", { simple: true }) as string;
}

/** Everything a posted problem is made of, looked up by the unique word in its title. */
type StoredProblem = { id: number; tags: number; audit: number; ftsTags: string | null };
function storedProblem(db: Database.Database, word: string): StoredProblem | undefined {
  return db
    .prepare(
      `SELECT p.id AS id,
         (SELECT count(*) FROM problem_tags pt WHERE pt.problem_id = p.id) AS tags,
         (SELECT count(*) FROM audit_events a
            WHERE a.object_type = 'problem' AND a.object_id = p.id AND a.action = 'problem.created') AS audit,
         (SELECT f.tags FROM problems_fts f WHERE f.rowid = p.id) AS ftsTags
       FROM problems p WHERE p.title = ?`,
    )
    .get(`Referral letters ${word} go missing`) as StoredProblem | undefined;
}

/** A problem stored whole: its row, both tags, its audit event and its search entry with the tags. */
const whole = (word: string, id: number) => ({ id, tags: 2, audit: 1, ftsTags: `fault burst t${word}` });

/** Counts outcomes by kind and status, for failure messages and the figures. */
function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.kind === "answered" ? String(o.status) : `${o.kind} ${o.code}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

// The deadline test (below) mostly waits, so it runs beside this one.
describe.concurrent("SIGKILL in the middle of a burst of writes", () => {
  it("loses no acknowledged write: after each restart every one is whole, the file is intact and search finds it", async ({
    expect,
    onTestFinished,
  }) => {
    const cleanup = cleanupFor(onTestFinished);
    const setup = await startServerWithDb({ keepDb: true, env: UNLIMITED });
    const file = setup.dbPath;
    cleanup(
      () => removeDatabase(file),
      () => setup.kill("SIGKILL"),
    );
    const clinician = await createUser({ roles: ["clinician"] });
    const cookie = await sessionCookieFor(clinician.id);
    // Let go of the file: after each kill the restarted server is the first to open it, and so
    // recovers the write-ahead log as it would after a crash.
    await closeDb();

    // Three rounds on one file: 16 posts in flight at a time, and 10 ms after the 50th
    // acknowledgement of the round (so at no particular point of any request) the server is
    // killed; the next round starts it again on the killed file.
    const ROUNDS = 3;
    const CONCURRENCY = 16;
    const KILL_AFTER = 50;
    const MAX = 1000;
    const words: string[] = [];
    const outcomes: Outcome[] = [];
    let server = setup;
    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0) {
        const restarted = await startServer({ dbPath: file, keepDb: true, env: UNLIMITED });
        cleanup(() => restarted.kill("SIGKILL"));
        server = restarted;
      }
      const target = server;
      const sent: Outcome[] = [];
      /** Whether each request ended after the kill (its failure is then expected). */
      const afterKill: boolean[] = [];
      let acknowledged = 0;
      let killed: Promise<number | null> | undefined;
      await pool(
        CONCURRENCY,
        (i) => !killed && i < MAX,
        async (i) => {
          const word = uniqueWord(`burst${round}`, i);
          const index = words.push(word) - 1;
          const outcome = await request(target, {
            method: "POST",
            path: "/problems/new",
            cookie,
            form: problemForm(word),
          });
          outcomes[index] = outcome;
          sent[i] = outcome;
          afterKill[i] = killed !== undefined;
          if (postedId(outcome) !== null && ++acknowledged === KILL_AFTER)
            setTimeout(() => (killed = target.kill("SIGKILL")), 10);
        },
      );
      expect(await killed).toBe(null);
      // Before the kill every post was acknowledged; after it, each either was or got no answer.
      expect(sent.filter((o, i) => !afterKill[i] && postedId(o) === null)).toEqual([]);
      expect(sent.filter((o) => postedId(o) === null && o.kind === "answered")).toEqual([]);
      // The kill caught writes in flight: some posts never got an answer.
      expect(sent.filter((o) => o.kind !== "answered").length).toBeGreaterThan(0);
    }

    const last = await startServer({ dbPath: file, keepDb: true, env: UNLIMITED });
    cleanup(() => last.kill("SIGKILL"));
    const db = openFile(file);
    cleanup(() => void db.close());
    expect(integrity(db)).toBe("ok");

    const acked = words.flatMap((word, i) => {
      const id = postedId(outcomes[i]!);
      return id === null ? [] : [{ word, id }];
    });
    // Every acknowledged post is there, whole, under the id its Location gave.
    const lost = acked.filter(({ word, id }) => storedProblem(db, word)?.id !== id);
    expect(lost).toEqual([]);
    for (const { word, id } of acked) expect(storedProblem(db, word)).toEqual(whole(word, id));
    // A post that got no answer is there whole or not at all.
    const unacked = words.filter((_, i) => postedId(outcomes[i]!) === null);
    const unackedStored = unacked.flatMap((word) => {
      const stored = storedProblem(db, word);
      if (stored) expect(stored).toEqual(whole(word, stored.id));
      return stored ? [word] : [];
    });
    // Nothing else was written: the rows are exactly the acknowledged and the unanswered-but-stored.
    const total = db
      .prepare("SELECT count(*) FROM problems WHERE title LIKE 'Referral letters burst%'")
      .pluck()
      .get({});
    expect(total).toBe(acked.length + unackedStored.length);

    // Search finds each acknowledged problem by the unique word in its title, and only it.
    const missing: string[] = [];
    await pool(
      4,
      (i) => i < acked.length,
      async (i) => {
        const { word, id } = acked[i]!;
        const response = await fetch(`${last.baseUrl}/problems?q=${word}`);
        const links = new Set((await response.text()).match(/href="\/problems\/\d+-[^"?#]*"/g));
        const expected = `href="${problemPath({ id, title: `Referral letters ${word} go missing` })}"`;
        if (response.status !== 200 || links.size !== 1 || !links.has(expected)) missing.push(word);
      },
    );
    expect(missing).toEqual([]);

    console.info(
      `faults: SIGKILL ${ROUNDS} times, each 10 ms after the ${KILL_AFTER}th acknowledgement of the round, ` +
        `${CONCURRENCY} posts in flight: ` +
        `${outcomes.length} posts sent, ${acked.length} acknowledged, ${lost.length} lost, ` +
        `${unacked.length} unanswered (${unackedStored.length} of them stored whole, ${unacked.length - unackedStored.length} absent), ` +
        `integrity ok, search found ${acked.length - missing.length}/${acked.length}`,
    );
  }, 60_000);
});

/** A log-in form whose body never arrives: a request the server has and is still reading. */
const neverFinished = (server: TestServer) =>
  heldPost(server, "/login", { head: "email=someone%40example.test&password=", tail: "" });

describe.concurrent("SIGTERM's deadline", () => {
  it("exits 1 when a request is still running 10 s after the signal", async ({ expect, onTestFinished }) => {
    const cleanup = cleanupFor(onTestFinished);
    const server = await startServer();
    cleanup(
      () => removeDatabase(server.dbPath),
      () => server.kill("SIGKILL"),
    );
    const held = neverFinished(server);
    expect((await request(server, { method: "GET", path: "/healthz" })).kind).toBe("answered");
    expect(await server.kill("SIGTERM")).toBe(1);
    expect(server.output()).toContain("Requests still running after 10 s: exiting.");
    expect(server.output()).not.toContain("Hackpath has shut down.");
    expect((await held.outcome).kind).toBe("broken");
  }, 60_000);
});

/** Lines a server printed that say a write met a locked or busy database, or any error. */
function troubleIn(output: string): string[] {
  return output.split("\n").filter((line) => /SQLITE_BUSY|database is locked|"level":50|"level":60/.test(line));
}

describe("two server processes writing one database at once", () => {
  it("answers every write and read normally, with no busy error reaching anyone, and keeps every write", async ({
    onTestFinished,
  }) => {
    const cleanup = cleanupFor(onTestFinished);
    const outbox = path.join(runDir(), `outbox-${randomUUID()}`);
    const env = { ...UNLIMITED, OUTBOX_DIR: outbox };
    const a = await startServerWithDb({ keepDb: true, env });
    const file = a.dbPath;
    cleanup(
      () => removeDatabase(file),
      () => fs.rmSync(outbox, { recursive: true, force: true }),
      () => a.kill("SIGKILL"),
    );
    // Four clinicians post, comment and endorse; a fifth posted the problems they answer, and is
    // emailed each comment at once, so both servers' mail senders share one outbox.
    const author = await createUser({ roles: ["clinician"] });
    getWriterDb()
      .insert(schema.notificationPreferences)
      .values({ userId: author.id, kind: "problem.commented", delivery: "immediate" })
      .run();
    const targets = await Promise.all(Array.from({ length: 6 }, () => createProblem({ authorId: author.id })));
    const people = await Promise.all(Array.from({ length: 4 }, () => createUser({ roles: ["clinician"] })));
    const cookies = await Promise.all(people.map((p) => sessionCookieFor(p.id)));
    await closeDb();

    // The work, interleaved: posts, comments, endorsements and reads, alternately to each server.
    const COMMENTS_EACH = 2;
    type Task = { call: Call; expect: number; kind: "post" | "comment" | "endorse" | "read"; word?: string };
    const posts: Task[] = [];
    const comments: Task[] = [];
    const endorsements: Task[] = [];
    const reads: Task[] = [];
    people.forEach((_, p) => {
      for (let i = 0; i < 10; i++) {
        const word = uniqueWord(`dual${p}`, i);
        const form = problemForm(word);
        posts.push({
          kind: "post",
          word,
          expect: 302,
          call: { method: "POST", path: "/problems/new", cookie: cookies[p], form },
        });
      }
      targets.forEach((target, t) => {
        const path = problemPath(target);
        for (let i = 0; i < COMMENTS_EACH; i++) {
          const word = uniqueWord(`note${p}t${t}`, i);
          const form = { intent: "comment", body: `Seen this too ${word}` };
          comments.push({
            kind: "comment",
            word,
            expect: 302,
            call: { method: "POST", path, cookie: cookies[p], form },
          });
        }
        const form = { intent: "endorse", organisation: `Trust ${p}` };
        endorsements.push({ kind: "endorse", expect: 302, call: { method: "POST", path, cookie: cookies[p], form } });
        reads.push({ kind: "read", expect: 200, call: { method: "GET", path, cookie: cookies[p] } });
        reads.push({ kind: "read", expect: 200, call: { method: "GET", path: `/problems?q=referrals&page=${t + 1}` } });
      });
    });
    const queues = [posts, comments, endorsements, reads];
    const tasks: Task[] = [];
    while (queues.some((q) => q.length)) for (const q of queues) if (q.length) tasks.push(q.shift()!);

    // The first 40 go to the first server while the second starts on the same file (as in a
    // rolling restart); the rest alternate between the two.
    const FIRST_ONLY = 40;
    const outcomes: Outcome[] = [];
    const run = (from: number, to: number, serverFor: (i: number) => TestServer) =>
      pool(
        12,
        (i) => from + i < to,
        async (i) => {
          outcomes[from + i] = await request(serverFor(from + i), tasks[from + i]!.call);
        },
      );
    const [b] = await Promise.all([startServer({ dbPath: file, keepDb: true, env }), run(0, FIRST_ONLY, () => a)]);
    cleanup(() => b.kill("SIGKILL"));
    await run(FIRST_ONLY, tasks.length, (i) => (i % 2 ? b : a));
    const wrong = tasks.flatMap((task, i) => {
      const o = outcomes[i]!;
      return o.kind === "answered" && o.status === task.expect ? [] : [{ task: task.kind, path: task.call.path, ...o }];
    });
    expect(wrong).toEqual([]);

    // Both senders deliver what the comments queued; then both servers stop cleanly.
    const db = openFile(file);
    cleanup(() => void db.close());
    const pending = () =>
      db.prepare("SELECT count(*) FROM email_outbox WHERE status IN ('queued', 'sending')").pluck().get({});
    await expect.poll(pending, { timeout: 20_000, interval: 100 }).toBe(0);
    expect(await Promise.all([a.kill("SIGTERM"), b.kill("SIGTERM")])).toEqual([0, 0]);
    expect([...troubleIn(a.output()), ...troubleIn(b.output())]).toEqual([]);

    expect(integrity(db)).toBe("ok");
    const count = (sql: string, ...params: unknown[]) =>
      db
        .prepare(sql)
        .pluck()
        .get(...params) as number;
    // Every post whole under the id its Location gave, and no other.
    const postTasks = tasks.filter((t) => t.kind === "post");
    for (const [i, task] of tasks.entries()) {
      if (task.kind !== "post") continue;
      expect(storedProblem(db, task.word!)).toEqual(whole(task.word!, postedId(outcomes[i]!)!));
    }
    expect(count("SELECT count(*) FROM problems WHERE title LIKE 'Referral letters dual%'")).toBe(postTasks.length);
    // Every comment under the id its Location gave.
    const commentTasks = tasks.flatMap((task, i) => (task.kind === "comment" ? [{ task, outcome: outcomes[i]! }] : []));
    for (const { task, outcome } of commentTasks) {
      const id = Number(/#comment-(\d+)$/.exec((outcome as { location: string }).location)?.[1]);
      expect(count("SELECT count(*) FROM comments WHERE id = ? AND body = ?", id, `Seen this too ${task.word}`)).toBe(
        1,
      );
    }
    const targetIds = targets.map((t) => t.id);
    const inTargets = `IN (${targetIds.join(", ")})`;
    expect(count(`SELECT count(*) FROM comments WHERE problem_id ${inTargets}`)).toBe(commentTasks.length);
    expect(count(`SELECT count(*) FROM endorsements WHERE problem_id ${inTargets}`)).toBe(
      targets.length * people.length,
    );
    // The counters the triggers keep agree with the rows.
    expect(db.prepare(`SELECT endorsement_count, comment_count FROM problems WHERE id ${inTargets}`).all({})).toEqual(
      targets.map(() => ({ endorsement_count: people.length, comment_count: COMMENTS_EACH * people.length })),
    );
    // Each comment's email went out exactly once, though two senders shared the outbox (the second
    // server's start may also have sent the author a digest of the endorsements so far).
    expect(count("SELECT count(*) FROM email_outbox WHERE kind = 'notification.immediate'")).toBe(commentTasks.length);
    const emails = count("SELECT count(*) FROM email_outbox");
    expect(count("SELECT count(*) FROM email_outbox WHERE status = 'sent' AND attempts = 1")).toBe(emails);
    expect(fs.readdirSync(outbox).filter((f) => f.endsWith(".eml")).length).toBe(emails);

    const writes = tasks.filter((t) => t.kind !== "read").length;
    console.info(
      `faults: two servers on one database file: ${tasks.length} requests at 12 at a time ` +
        `(${FIRST_ONLY} to the first while the second starts, then alternating) ` +
        `(${writes} writes: ${postTasks.length} problems, ${commentTasks.length} comments, ` +
        `${targets.length * people.length} endorsements; ${tasks.length - writes} reads): ` +
        `0 5xx, 0 busy errors, ${writes} acknowledged, 0 lost, integrity ok, ` +
        `${emails} emails each sent once`,
    );
  }, 90_000);
});

describe("SIGTERM", () => {
  /** A clinician signed in to a server of their own, and a problem of someone else's to comment on. */
  async function serverWithClinician(cleanup: (...steps: Step[]) => void) {
    const server = await startServerWithDb({ keepDb: true, env: UNLIMITED });
    cleanup(
      () => removeDatabase(server.dbPath),
      () => server.kill("SIGKILL"),
    );
    const clinician = await createUser({ roles: ["clinician"] });
    const target = await createProblem();
    const cookie = await sessionCookieFor(clinician.id);
    await closeDb();
    return { server, cookie, target };
  }

  /** Whether the process is still running: its exit has not been seen yet. */
  const stillRunning = (exited: Promise<unknown>) =>
    Promise.race([exited.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0))]);

  it("during load: every request sent before it is answered normally, then new connections are refused, and it exits 0", async ({
    onTestFinished,
  }) => {
    const cleanup = cleanupFor(onTestFinished);
    const { server, cookie, target } = await serverWithClinician(cleanup);
    const page = problemPath(target);
    // A few pages, signed in and not, and a form, round and round, from 10 browsers that keep
    // their connections alive.
    const calls: { call: Call; status: number }[] = [
      { call: { method: "GET", path: "/" }, status: 200 },
      { call: { method: "GET", path: "/problems" }, status: 200 },
      { call: { method: "GET", path: page, cookie }, status: 200 },
      { call: { method: "GET", path: "/hack-days" }, status: 200 },
      { call: { method: "POST", path: page, cookie, form: { intent: "comment", body: "Seen it" } }, status: 302 },
      { call: { method: "GET", path: "/healthz" }, status: 200 },
    ];
    const BROWSERS = 10;
    const SIGNAL_AFTER = 60;
    const agent = new http.Agent({ keepAlive: true, maxSockets: BROWSERS });
    cleanup(() => agent.destroy());
    type Sent = { kind: number; afterSignal: boolean; outcome: Outcome };
    const sent: Sent[] = [];
    let exited: Promise<number | null> | undefined;
    let next = 0;
    await Promise.all(
      Array.from({ length: BROWSERS }, async () => {
        // Each browser goes on until the server refuses it (or, as a backstop, 3000 requests in all);
        // like a browser, it sends again on a new connection when an idle kept-alive one was closed.
        for (;;) {
          const kind = next++ % calls.length;
          if (next > 3000) return;
          const afterSignal = exited !== undefined;
          const outcome = await request(server, calls[kind]!.call, agent);
          sent.push({ kind, afterSignal, outcome });
          if (!exited && sent.length === SIGNAL_AFTER) exited = server.kill("SIGTERM");
          if (outcome.kind === "refused") return;
        }
      }),
    );
    expect(await exited).toBe(0);

    const normal = (s: Sent) => s.outcome.kind === "answered" && s.outcome.status === calls[s.kind]!.status;
    // Everything sent before the signal was answered as usual, however long it waited.
    const before = sent.filter((s) => !s.afterSignal);
    expect(before.filter((s) => !normal(s))).toEqual([]);
    // Everything sent after it was answered as usual too, until the server refused new connections;
    // no request was cut off half-way.
    // (A kept-alive connection the server closed as idle, reset before a byte of an answer, is the
    // one failure HTTP allows: RFC 9112 section 9.3.1, and browsers send again. It can only happen
    // once the listener closes, a second after the signal, and only to a connection whose last
    // answer began before the signal.)
    const after = sent.filter((s) => s.afterSignal);
    const closedIdle = (o: Outcome) =>
      o.kind === "broken" && o.reused && (o.code === "ECONNRESET" || o.code === "EPIPE");
    expect(after.filter((s) => !normal(s) && s.outcome.kind !== "refused" && !closedIdle(s.outcome))).toEqual([]);
    const refused = after.filter((s) => s.outcome.kind === "refused");
    expect(refused.length).toBe(BROWSERS);
    const idleClosed = after.filter((s) => closedIdle(s.outcome)).length;
    expect(server.output()).toContain("SIGTERM: finishing requests in flight, then closing.");
    expect(server.output()).toContain("Hackpath has shut down.");

    // Every comment it acknowledged was written, and the database was closed cleanly.
    const comments = sent.filter((s) => s.kind === 4 && normal(s)).length;
    const db = openFile(server.dbPath);
    cleanup(() => void db.close());
    expect(integrity(db)).toBe("ok");
    expect(db.prepare("SELECT count(*) FROM comments WHERE problem_id = ?").pluck().get(target.id)).toBe(comments);

    console.info(
      `faults: SIGTERM after ${SIGNAL_AFTER} answers with ${BROWSERS} keep-alive clients: ` +
        `${before.length} requests sent before the signal, all answered normally; ${after.length} after it: ` +
        `${after.length - refused.length - idleClosed} answered normally while draining, ` +
        `${refused.length} refused (${Object.entries(tally(refused.map((s) => s.outcome)))
          .map(([what, n]) => `${n} ${what.replace("refused ", "")}`)
          .join(", ")}), ` +
        `${idleClosed} idle kept-alive connections closed; 0 cut off, 0 5xx; ` +
        `${comments} comments acknowledged, ${comments} stored; exit 0`,
    );
  }, 60_000);

  it("answers a request still in flight after the listener has closed, refusing new connections meanwhile", async ({
    onTestFinished,
  }) => {
    const cleanup = cleanupFor(onTestFinished);
    const { server, cookie, target } = await serverWithClinician(cleanup);
    const held = heldPost(server, problemPath(target), {
      cookie,
      head: "intent=comment&body=Held+across+",
      tail: "the+shutdown",
    });
    // A request answered after the held one was sent: the server has read the held one's headers.
    expect(await request(server, { method: "GET", path: "/healthz" })).toMatchObject({ status: 200 });
    const exited = server.kill("SIGTERM");
    await untilRefused(server);
    expect(await stillRunning(exited)).toBe(true);
    held.finish();
    const outcome = await held.outcome;
    expect(outcome).toMatchObject({ kind: "answered", status: 302 });
    const commentId = Number(/#comment-(\d+)$/.exec((outcome as { location: string }).location)?.[1]);
    expect(await exited).toBe(0);
    expect(server.output()).toContain("Hackpath has shut down.");
    const db = openFile(server.dbPath);
    cleanup(() => void db.close());
    expect(db.prepare("SELECT body FROM comments WHERE id = ?").pluck().get(commentId)).toBe(
      "Held across the shutdown",
    );
  }, 30_000);

  it("exits 1 at once on a second signal while it is shutting down", async ({ onTestFinished }) => {
    const cleanup = cleanupFor(onTestFinished);
    const server = await startServer();
    cleanup(
      () => removeDatabase(server.dbPath),
      () => server.kill("SIGKILL"),
    );
    // A request that never finishes keeps the shutdown from completing on its own.
    const held = neverFinished(server);
    expect((await request(server, { method: "GET", path: "/healthz" })).kind).toBe("answered");
    const exited = server.kill("SIGTERM");
    await vi.waitFor(() => expect(server.output()).toContain("SIGTERM: finishing requests in flight, then closing."), {
      timeout: 8000,
      interval: 20,
    });
    expect(await server.kill("SIGINT")).toBe(1);
    expect(await exited).toBe(1);
    expect(server.output()).toContain("SIGINT again: exiting now.");
    expect(server.output()).not.toContain("Hackpath has shut down.");
    expect((await held.outcome).kind).toBe("broken");
  }, 30_000);
});
