/**
 * The second step of signing in. A right password for someone with two-step sign-in on makes a
 * half-done sign-in (a login challenge: 5 minutes, at most 5 wrong codes) instead of a session;
 * the browser holds its token in a short-lived cookie; the right code ends it and starts the
 * session as an ordinary sign-in does. Decision record 0058.
 */
import { withNotice } from "../domain/notices";
import type { RateLimitDecision } from "../domain/rate-limit";
import { CHALLENGE_SECONDS, MAX_CODE_ATTEMPTS } from "../domain/two-step";
import {
  consumeLoginChallenge,
  createLoginChallenge,
  deleteLoginChallenge,
  findLoginChallenge,
  recordWrongCode,
} from "../models/two-step.server";
import { recordFailedLogin, recordLogin } from "../models/users.server";
import { env } from "../utils/env.server";
import { twoStepSettingsPath } from "../utils/paths";
import { afterSignInPath, startSignedInSession } from "./login.server";
import { limitAuthAttempt } from "./rate-limit.server";
import { safeRedirect } from "./safe-redirect";
import { readCookieValue } from "./session.server";
import { hashToken, newToken } from "./tokens.server";
import { checkTwoStepCode } from "./two-step.server";

/** The cookie that carries a half-done sign-in's token, sent only to the sign-in pages. */
export const CHALLENGE_COOKIE = "hackpath_two_step";

/**
 * The cookie's Path is /login, not /login/two-step: with JavaScript on, Remix loads the page's
 * data from /login/two-step.data, which a cookie scoped to /login/two-step is not sent to
 * (RFC 6265 path matching), while /login covers both.
 */
function challengeCookie(value: string, maxAge: number): string {
  const secure = env.NODE_ENV === "production" ? "; Secure" : "";
  return `${CHALLENGE_COOKIE}=${value}; Path=/login; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
}

/** A Set-Cookie that clears the half-done sign-in's cookie. */
export function clearChallengeCookie(): string {
  return challengeCookie("", 0);
}

/**
 * Starts the second step for a person whose password was right: stores the half-done sign-in
 * (only its token's hash) with where they were going, and returns the cookie that carries it.
 */
export async function startLoginChallenge({
  userId,
  redirectTo,
}: {
  userId: number;
  redirectTo: string | null | undefined;
}): Promise<string> {
  const { token, hash } = newToken();
  await createLoginChallenge({
    userId,
    tokenHash: hash,
    redirectTo: redirectTo ? safeRedirect(redirectTo) : null,
    expiresAt: new Date(Date.now() + CHALLENGE_SECONDS * 1000),
  });
  return challengeCookie(token, CHALLENGE_SECONDS);
}

function challengeTokenHash(request: Request): string | null {
  const token = readCookieValue(request.headers.get("Cookie") ?? "", CHALLENGE_COOKIE);
  return token ? hashToken(token) : null;
}

/** The live half-done sign-in this browser holds, or null (none, expired, or void after 5 wrong codes). */
export async function getLoginChallenge(request: Request) {
  const tokenHash = challengeTokenHash(request);
  return tokenHash ? findLoginChallenge({ tokenHash, maxAttempts: MAX_CODE_ATTEMPTS }) : null;
}

/** Ends the browser's half-done sign-in (they chose to start again) and returns the cookie to clear. */
export async function abandonLoginChallenge(request: Request): Promise<string> {
  const tokenHash = challengeTokenHash(request);
  if (tokenHash) await deleteLoginChallenge(tokenHash);
  return clearChallengeCookie();
}

export type ChallengeResult =
  /** Signed in: the cookies to set and where to go. `recoveryCodesLeft` when a recovery code was used. */
  | { ok: true; cookies: string[]; location: string; recoveryCodesLeft: number | null }
  /** No live half-done sign-in (expired, used, or never started): sign in again. */
  | { ok: false; reason: "expired" }
  /** The fifth wrong code: the half-done sign-in is void. */
  | { ok: false; reason: "locked" }
  | { ok: false; reason: "wrong"; message: string }
  | { ok: false; reason: "rate_limited"; decision: RateLimitDecision };

/**
 * Checks the code of the browser's half-done sign-in. Every attempt counts against the IP address
 * and the account; a wrong code counts against the half-done sign-in, which the fifth one voids.
 * The right code ends it (once: a second tab gets "expired") and starts the session.
 */
export async function completeLoginChallenge({
  request,
  code,
  ip,
}: {
  request: Request;
  code: string;
  ip: string;
}): Promise<ChallengeResult> {
  const challenge = await getLoginChallenge(request);
  if (!challenge) return { ok: false, reason: "expired" };
  const decision = await limitAuthAttempt({ scope: "two-step", ip, account: `user:${challenge.userId}` });
  if (!decision.allowed) {
    await recordFailedLogin({ userId: challenge.userId, reason: "rate_limited", ip });
    return { ok: false, reason: "rate_limited", decision };
  }
  const check = await checkTwoStepCode({ userId: challenge.userId, code, ip });
  if (!check.ok) {
    const { attemptsLeft } = await recordWrongCode({
      challengeId: challenge.id,
      userId: challenge.userId,
      maxAttempts: MAX_CODE_ATTEMPTS,
      reason: check.reason === "reused" ? "reused_code" : "wrong_code",
      ip,
    });
    if (attemptsLeft === 0) return { ok: false, reason: "locked" };
    const left = `${attemptsLeft} ${attemptsLeft === 1 ? "try" : "tries"} left before you have to sign in again.`;
    const message =
      check.reason === "reused"
        ? `That code has already been used. Wait for your app to show a new one. ${left}`
        : `That code is not right. Check the code your app shows now, or use a recovery code. ${left}`;
    return { ok: false, reason: "wrong", message };
  }
  if (!(await consumeLoginChallenge(challenge.id))) return { ok: false, reason: "expired" };
  await recordLogin({ userId: challenge.userId, ip });
  const session = await startSignedInSession(request, challenge.userId);
  const location = await afterSignInPath(challenge.userId, challenge.redirectTo);
  if (check.method === "totp")
    return { ok: true, cookies: [session, clearChallengeCookie()], location, recoveryCodesLeft: null };
  // A recovery code: the settings page says how many are left (and offers new ones), then links on.
  const onward = `${twoStepSettingsPath()}?redirectTo=${encodeURIComponent(location)}`;
  return {
    ok: true,
    cookies: [session, clearChallengeCookie()],
    location: withNotice(onward, "recovery-code-used"),
    recoveryCodesLeft: check.remaining,
  };
}
