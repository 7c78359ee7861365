import type { Role } from "../domain/taxonomy";
import { getUserRoles } from "../models/users.server";
import { oncePerRequest } from "../utils/request-scope.server";
import { generateSessionToken, getLucia, hashSessionToken, SESSION_ABSOLUTE_SECONDS } from "./lucia.server";
import { sessionRoles } from "./two-step.server";

/**
 * The signed-in person as pages see them: no email, no hash. `roles` are the roles this session
 * may use; `withheldRoles` (admin, organiser) wait until two-step sign-in is set up (decision 0058).
 */
export type SessionUser = { id: number; name: string; roles: Role[]; withheldRoles?: Role[] };
export type Auth = { user: SessionUser; sessionId: string; setCookie: string | null } | null;

const cache = new WeakMap<Request, Promise<Auth>>();

/**
 * Who is making this request, from the session cookie. Validated once per request: per page
 * request across its loaders (oncePerRequest), and per Request object anywhere else.
 * `setCookie` is set when lucia slid the session forward, or when the cookie must be cleared.
 */
export function getAuth(request: Request): Promise<Auth> {
  return oncePerRequest("auth", () => {
    let auth = cache.get(request);
    if (!auth) {
      auth = readAuth(request);
      cache.set(request, auth);
    }
    return auth;
  });
}

/**
 * One cookie's value from a Cookie header (the session token, the half-done sign-in's token).
 * lucia's `readSessionCookie` decodes every cookie in the header and throws on any malformed
 * %-escape (another app's cookie on the domain, say), which made every page a 500; this reads only
 * ours, and a malformed one is no cookie.
 */
export function readCookieValue(header: string, name: string): string | null {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim()) || null;
    } catch {
      return null;
    }
  }
  return null;
}

async function readAuth(request: Request): Promise<Auth> {
  const lucia = getLucia();
  const token = readCookieValue(request.headers.get("Cookie") ?? "", lucia.sessionCookieName);
  if (!token) return null;
  const sessionId = hashSessionToken(token);
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session || !user) return null;
  const now = Math.floor(Date.now() / 1000);
  if (user.suspended || session.createdAt + SESSION_ABSOLUTE_SECONDS < now) {
    await lucia.invalidateSession(sessionId);
    return null;
  }
  const { roles, withheld } = await sessionRoles(user.id, await getUserRoles(user.id));
  return {
    user: { id: user.id, name: user.name, roles, ...(withheld.length ? { withheldRoles: withheld } : {}) },
    sessionId,
    setCookie: session.fresh ? lucia.createSessionCookie(token).serialize() : null,
  };
}

/** Starts a new session for a user (a fresh token at every log-in) and returns its Set-Cookie. */
export async function createUserSession(userId: number): Promise<string> {
  const lucia = getLucia();
  const token = generateSessionToken();
  await lucia.createSession(
    userId,
    { createdAt: Math.floor(Date.now() / 1000) },
    { sessionId: hashSessionToken(token) },
  );
  return lucia.createSessionCookie(token).serialize();
}

/** Ends a session and returns the Set-Cookie that clears the cookie. */
export async function endSession(sessionId: string): Promise<string> {
  const lucia = getLucia();
  await lucia.invalidateSession(sessionId);
  return lucia.createBlankSessionCookie().serialize();
}

/** A Set-Cookie that clears the session cookie. */
export function signedOutCookie(): string {
  return getLucia().createBlankSessionCookie().serialize();
}
