/** Helpers for calling loaders and actions directly, as a signed-in person or anonymously. */
import { createUserSession } from "../app/auth/session.server";

const ORIGIN = "http://localhost:3000";

/** The `name=value` of a Set-Cookie header, for sending back. */
export function cookieFrom(setCookie: string): string {
  return setCookie.split(";")[0]!;
}

/** A Request to a path, with a session cookie for `userId` when given. */
export async function makeRequest(pathname: string, init: RequestInit & { userId?: number } = {}): Promise<Request> {
  const { userId, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (userId) headers.set("Cookie", cookieFrom(await createUserSession(userId)));
  if (rest.method && rest.method !== "GET") headers.set("Origin", ORIGIN);
  return new Request(new URL(pathname, ORIGIN), { ...rest, headers });
}

/** A POST of form fields, as a browser sends it. */
export function formRequest(
  pathname: string,
  fields: Record<string, string | string[]>,
  init: { userId?: number } = {},
) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  return makeRequest(pathname, {
    method: "POST",
    body,
    userId: init.userId,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
}

/** Runs a loader or action and returns the thrown or returned Response, or the plain data. */
export async function run<T>(fn: () => Promise<T>): Promise<T | Response> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}
