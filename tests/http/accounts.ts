/**
 * Helpers for HTTP tests that need accounts in the built server's database: point this test
 * process's database at the server's file (factories then write there), sign people in by
 * writing a real session row, and talk to the server like a browser would.
 */
import { generateSessionToken, hashSessionToken, SESSION_COOKIE } from "../../app/auth/lucia.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { startServer, type TestServer } from "./server";

/** Starts the built server and makes factories write to its database. */
export async function startServerWithDb(options: Parameters<typeof startServer>[0] = {}): Promise<TestServer> {
  const server = await startServer(options);
  process.env.DATABASE_PATH = server.dbPath;
  return server;
}

/** A session cookie (`name=value`) for a user, written straight into the current database. */
export function sessionCookieFor(userId: number): string {
  const token = generateSessionToken();
  const now = Math.floor(Date.now() / 1000);
  getWriterDb()
    .insert(s.sessions)
    .values({ id: hashSessionToken(token), userId, createdAt: now, expiresAt: now + 14 * 24 * 60 * 60 })
    .run();
  return `${SESSION_COOKIE}=${token}`;
}

/** The `name=value` of the session cookie a response sets, or null. */
export function sessionCookieOf(response: Response): string | null {
  const header = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return header ? header.split(";")[0]! : null;
}

/** A form POST as a browser on `origin` sends it (no redirects followed). */
export function postForm(
  server: TestServer,
  path: string,
  fields: Record<string, string | string[]>,
  { cookie, headers = {} }: { cookie?: string; headers?: Record<string, string> } = {},
) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  return fetch(`${server.baseUrl}${path}`, {
    method: "POST",
    redirect: "manual",
    body,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: server.origin,
      ...(cookie ? { Cookie: cookie } : {}),
      ...headers,
    },
  });
}

/** A GET as a browser sends it (no redirects followed). */
export function getPage(server: TestServer, path: string, cookie?: string) {
  return fetch(`${server.baseUrl}${path}`, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
}
