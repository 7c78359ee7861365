import { Lucia, TimeSpan, type Adapter, type DatabaseSession } from "lucia";
import { createHash, randomBytes } from "node:crypto";
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOf,
  findSessionWithPerson,
  insertSession,
  listSessionsOf,
  setSessionExpiry,
  type SessionRow,
} from "../models/users.server";
import { env } from "../utils/env.server";

/** Idle expiry: a session unused this long ends; lucia slides it forward while in use. */
export const SESSION_IDLE = new TimeSpan(14, "d");
/** Absolute expiry: however active, a session ends this long after log-in. */
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 60 * 60;
export const SESSION_COOKIE = "hackpath_session";

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** A stored session in lucia's shape. */
function toDatabaseSession(row: SessionRow): DatabaseSession {
  return {
    id: row.id,
    userId: row.userId,
    expiresAt: new Date(row.expiresAt * 1000),
    attributes: { createdAt: row.createdAt },
  };
}

/**
 * lucia's adapter over app/models/users.server.ts: reads through getDb and writes through
 * inTransaction like every other write (so a session write never lands inside another request's
 * open transaction), on either store.
 */
const sessionStore: Adapter = {
  getSessionAndUser: readSessionAndUser,
  getUserSessions: async (userId) => (await listSessionsOf(userId)).map(toDatabaseSession),
  setSession: (session) =>
    insertSession({
      id: session.id,
      userId: session.userId,
      expiresAt: seconds(session.expiresAt),
      createdAt: session.attributes.createdAt,
    }),
  updateSessionExpiration: (sessionId, expiresAt) => setSessionExpiry(sessionId, seconds(expiresAt)),
  deleteSession: (sessionId) => deleteSession(sessionId),
  deleteUserSessions: (userId) => deleteSessionsOf(userId),
  deleteExpiredSessions: () => deleteExpiredSessions(),
};

/** The session and its person, in lucia's shapes (findSessionWithPerson reads them in one query). */
async function readSessionAndUser(sessionId: string): ReturnType<Adapter["getSessionAndUser"]> {
  const row = await findSessionWithPerson(sessionId);
  if (!row) return [null, null];
  return [
    {
      id: sessionId,
      userId: row.userId,
      expiresAt: new Date(row.expiresAt * 1000),
      attributes: { createdAt: row.createdAt },
    },
    { id: row.userId, attributes: { name: row.name, suspendedAt: row.suspendedAt } },
  ];
}

function createLucia() {
  return new Lucia(sessionStore, {
    sessionExpiresIn: SESSION_IDLE,
    sessionCookie: {
      name: SESSION_COOKIE,
      expires: true,
      attributes: { secure: env.NODE_ENV === "production", sameSite: "lax", path: "/" },
    },
    getSessionAttributes: (attributes) => ({ createdAt: attributes.createdAt }),
    // Only what pages may see leaves the adapter: never the password hash.
    getUserAttributes: (attributes) => ({
      name: attributes.name,
      suspended: attributes.suspendedAt !== null,
    }),
  });
}

let instance: ReturnType<typeof createLucia> | undefined;
/** The lucia instance, created on first use against the process's database. */
export function getLucia() {
  instance ??= createLucia();
  return instance;
}

declare module "lucia" {
  interface Register {
    Lucia: ReturnType<typeof createLucia>;
    UserId: number;
    DatabaseSessionAttributes: { createdAt: number };
    DatabaseUserAttributes: { name: string; suspendedAt: Date | number | null };
  }
}

/** A new session token: 160 random bits, base64url. Only its hash is stored. */
export function generateSessionToken(): string {
  return randomBytes(20).toString("base64url");
}

/** The stored session id for a token: its SHA-256, hex. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
