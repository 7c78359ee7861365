/**
 * Secrets sent to a person (links in email, a half-done sign-in's cookie, recovery codes): 160
 * random bits, and the SHA-256 that is all the database keeps of them. Session tokens use the
 * same scheme (lucia.server.ts).
 */
import { generateSessionToken, hashSessionToken } from "./lucia.server";

/** A new secret and the hash to store. */
export function newToken(): { token: string; hash: string } {
  const token = generateSessionToken();
  return { token, hash: hashSessionToken(token) };
}

/** The stored form of a secret a person sent back. */
export const hashToken = hashSessionToken;
