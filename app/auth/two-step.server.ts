/**
 * Two-step sign-in: TOTP codes (RFC 6238: 30-second steps, six digits, one step either side
 * allowed for a slow clock) and single-use recovery codes. Checks codes, sets two-step sign-in up,
 * turns it off and replaces recovery codes; app/auth/two-step-login.server.ts uses it for the
 * second step of signing in. Decision record 0058.
 */
import {
  decodeBase32IgnorePadding,
  encodeBase32LowerCaseNoPadding,
  encodeBase32UpperCaseNoPadding,
} from "@oslojs/encoding";
import { createTOTPKeyURI, verifyHOTP } from "@oslojs/otp";
import { randomBytes } from "node:crypto";
import QRCode from "qrcode";
import { DEMO_ACCOUNTS } from "../../db/seed/content/people";
import { withNotice } from "../domain/notices";
import type { RateLimitDecision } from "../domain/rate-limit";
import {
  canTurnOffTwoStep,
  codeKind,
  formatRecoveryCode,
  groupSecret,
  normaliseCode,
  RECOVERY_CODE_COUNT,
  twoStepRequired,
  usableRoles,
} from "../domain/two-step";
import type { Role } from "../domain/taxonomy";
import { hitRateLimit, rateLimitKey } from "../models/rate-limits.server";
import {
  countRecoveryCodesLeft,
  disableTwoStep,
  enableTwoStep,
  getTwoStepState,
  replaceRecoveryCodes,
  savePendingSecret,
  spendRecoveryCode,
} from "../models/two-step.server";
import { getPasswordHash, getUserRoles } from "../models/users.server";
import { env, isLoopbackOrigin } from "../utils/env.server";
import { twoStepSettingsPath } from "../utils/paths";
import { verifyPassword } from "./password.server";
import { limitAuthAttempt } from "./rate-limit.server";
import { hashToken } from "./tokens.server";

const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** The name authenticator apps show beside the account. */
const ISSUER = "Hackpath";

// ---------------------------------------------------------------- codes

/** A new TOTP secret: 160 random bits (RFC 4226's recommended length), base32 without padding. */
export function newTotpSecret(): string {
  return encodeBase32UpperCaseNoPadding(randomBytes(20));
}

/**
 * The TOTP step a six-digit code belongs to, if it is the code of the current step or of the one
 * before or after it; null otherwise. Each comparison is constant-time.
 */
export function matchTotpStep(secret: string, code: string, now = Date.now()): bigint | null {
  const key = decodeBase32IgnorePadding(secret);
  const current = BigInt(Math.floor(now / (PERIOD_SECONDS * 1000)));
  for (const step of [current, current - 1n, current + 1n]) {
    if (verifyHOTP(key, step, DIGITS, code)) return step;
  }
  return null;
}

/**
 * Claims a TOTP step for a person: true the first time, false when its code was already used
 * (a replay). A code is accepted for at most 90 seconds (its own step and one either side), so
 * the claim is remembered for 90 seconds, in the database's rate-limit counters: it holds across
 * restarts and across app servers, needs no column, and expires by itself.
 */
async function claimTotpStep(userId: number, step: bigint): Promise<boolean> {
  const decision = await hitRateLimit({
    keys: [rateLimitKey("two-step-used", `${userId}:${step}`)],
    rule: { max: 1, windowSeconds: 3 * PERIOD_SECONDS },
  });
  return decision.allowed;
}

/** Ten new recovery codes as people see them (`abcde-fghij`, 50 random bits each) and the hashes to store. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const raw = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    encodeBase32LowerCaseNoPadding(randomBytes(7)).slice(0, 10),
  );
  return { codes: raw.map(formatRecoveryCode), hashes: raw.map((code) => hashToken(code)) };
}

export type CodeCheck =
  | { ok: true; method: "totp" }
  | { ok: true; method: "recovery"; remaining: number }
  | { ok: false; reason: "wrong" | "reused" };

/**
 * Checks a code a person typed (spaces and hyphens ignored) against their two-step sign-in, which
 * must be on: the current TOTP code (one step either side), used once, or one of their unused
 * recovery codes, which is then used up.
 */
export async function checkTwoStepCode({
  userId,
  code,
  ip,
}: {
  userId: number;
  code: string;
  ip?: string | null;
}): Promise<CodeCheck> {
  const state = await getTwoStepState(userId);
  if (!state?.enabled || !state.secret) return { ok: false, reason: "wrong" };
  const typed = normaliseCode(code);
  const kind = codeKind(typed);
  if (kind === "totp") {
    const step = matchTotpStep(state.secret, typed);
    if (step === null) return { ok: false, reason: "wrong" };
    return (await claimTotpStep(userId, step)) ? { ok: true, method: "totp" } : { ok: false, reason: "reused" };
  }
  if (kind === "recovery") {
    const used = await spendRecoveryCode({ userId, codeHash: hashToken(typed), ip });
    return used ? { ok: true, method: "recovery", remaining: used.remaining } : { ok: false, reason: "wrong" };
  }
  return { ok: false, reason: "wrong" };
}

/**
 * Whether a code is right for a person with two-step sign-in on: their current TOTP code (30 s
 * steps, ±1 step, each code accepted once) or one of their unused recovery codes (then used up).
 * For other flows that ask for "your password and a code" (closing an account, say).
 */
export async function verifyTwoStepCode({ userId, code }: { userId: number; code: string }): Promise<boolean> {
  return (await checkTwoStepCode({ userId, code })).ok;
}

/** Whether a person has two-step sign-in on. */
export async function hasTwoStep(userId: number): Promise<boolean> {
  return (await getTwoStepState(userId))?.enabled ?? false;
}

// ---------------------------------------------------------------- who must use it

const demoEmails = new Set(DEMO_ACCOUNTS.map((account) => account.email));

/**
 * Whether an account is spared the two-step requirement: only the local demo's own accounts, and
 * only on a local start (APP_ORIGIN unset or loopback), so `npm start` stays one step while a
 * deployment seeded with DEMO_DATA=true still asks its demo admin for a code.
 */
export function isTwoStepExempt(email: string): boolean {
  const local = env.APP_ORIGIN === undefined || isLoopbackOrigin(env.APP_ORIGIN);
  return local && demoEmails.has(email);
}

/**
 * The roles a session may use, and those withheld until two-step sign-in is set up (admin and
 * organiser, for people who must use it). Reads the account only for people who hold such a role.
 */
export async function sessionRoles(userId: number, roles: Role[]): Promise<{ roles: Role[]; withheld: Role[] }> {
  if (!twoStepRequired({ roles, exempt: false })) return { roles, withheld: [] };
  const state = await getTwoStepState(userId);
  return usableRoles({ roles, exempt: isTwoStepExempt(state?.email ?? ""), enabled: state?.enabled ?? false });
}

/**
 * The set-up page with the notice that explains why the person is there, and (when they were on
 * their way somewhere) where to continue once it is on.
 */
export function twoStepSetupPath(continueTo: string | null): string {
  const page = continueTo
    ? `${twoStepSettingsPath()}?redirectTo=${encodeURIComponent(continueTo)}`
    : twoStepSettingsPath();
  return withNotice(page, "two-step-required");
}

/** Whether a person must set two-step sign-in up before they use their roles (for the sign-in redirect). */
export async function needsTwoStepSetup(userId: number): Promise<boolean> {
  return (await sessionRoles(userId, await getUserRoles(userId))).withheld.length > 0;
}

// ---------------------------------------------------------------- settings

/** What /settings/two-step shows. The secret only while set-up is pending (it is never shown again). */
export async function getTwoStepSettings(userId: number) {
  const [state, roles] = await Promise.all([getTwoStepState(userId), getUserRoles(userId)]);
  if (!state) return null;
  const exempt = isTwoStepExempt(state.email);
  const pendingSecret = !state.enabled && state.secret ? state.secret : null;
  return {
    enabled: state.enabled,
    enabledAt: state.enabledAt,
    required: twoStepRequired({ roles, exempt }),
    turnOffRefusal: canTurnOffTwoStep({ roles, exempt }) ?? null,
    codesLeft: state.enabled ? await countRecoveryCodesLeft(userId) : 0,
    pending: pendingSecret ? await pendingSetup(pendingSecret, state.email) : null,
  };
}

/** The QR code (inline SVG, drawn on the server) and the grouped secret for a pending set-up. */
async function pendingSetup(secret: string, email: string) {
  const uri = createTOTPKeyURI(ISSUER, email, decodeBase32IgnorePadding(secret), PERIOD_SECONDS, DIGITS);
  const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return {
    secretGroups: groupSecret(secret),
    // Sized by its box; the text alternative is on the element that holds it.
    qrSvg: svg.replace("<svg ", '<svg width="100%" height="100%" aria-hidden="true" focusable="false" '),
  };
}

/** Starts (or starts again) setting two-step sign-in up: a new pending secret. */
export function startTwoStepSetup(userId: number) {
  return savePendingSecret({ userId, secret: newTotpSecret() });
}

/** Why a two-step settings form did not go through: too many attempts, a wrong field, or a rule said no. */
export type TwoStepFormRefusal =
  | { ok: false; reason: "rate_limited"; decision: RateLimitDecision }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string[]> }
  | { ok: false; reason: "refused"; status: 403 | 404 | 409 | 400; message: string };
type TwoStepFormResult = { ok: true } | TwoStepFormRefusal;

const WRONG_CODE = "That code is not right. Check the code your app shows now and try again.";
const REUSED_CODE = "That code has already been used. Wait for your app to show a new one.";

/**
 * Confirms a pending set-up with a code from the app; only then is two-step sign-in on. Returns
 * the ten recovery codes to show once. Attempts count against the two-step limits.
 */
export async function confirmTwoStepSetup({
  userId,
  code,
  ip,
}: {
  userId: number;
  code: string;
  ip: string;
}): Promise<TwoStepFormRefusal | { ok: true; codes: string[] }> {
  const decision = await limitAuthAttempt({ scope: "two-step", ip, account: `user:${userId}` });
  if (!decision.allowed) return { ok: false, reason: "rate_limited", decision };
  const state = await getTwoStepState(userId);
  if (!state || state.enabled || !state.secret)
    return {
      ok: false,
      reason: "refused",
      status: 409,
      message: "There is no set-up waiting for a code. Start again.",
    };
  const typed = normaliseCode(code);
  const step = codeKind(typed) === "totp" ? matchTotpStep(state.secret, typed) : null;
  if (step === null)
    return {
      ok: false,
      reason: "invalid",
      fieldErrors: {
        code: [
          codeKind(typed) === "totp" ? WRONG_CODE : "Enter the 6-digit code your app shows for Hackpath, like 123456",
        ],
      },
    };
  if (!(await claimTotpStep(userId, step)))
    return { ok: false, reason: "invalid", fieldErrors: { code: [REUSED_CODE] } };
  const { codes, hashes } = newRecoveryCodes();
  const result = await enableTwoStep({ userId, secret: state.secret, codeHashes: hashes, ip });
  if (!result.ok) return { ok: false, reason: "refused", status: result.status, message: result.message };
  return { ok: true, codes };
}

/** The password check both turning off and new codes begin with, counted against the two-step limits. */
async function checkPassword(userId: number, password: string, ip: string): Promise<TwoStepFormResult> {
  const decision = await limitAuthAttempt({ scope: "two-step", ip, account: `user:${userId}` });
  if (!decision.allowed) return { ok: false, reason: "rate_limited", decision };
  const stored = await getPasswordHash(userId);
  if (!stored || !(await verifyPassword(stored, password)))
    return { ok: false, reason: "invalid", fieldErrors: { password: ["Your password is not right"] } };
  return { ok: true };
}

/**
 * Turns two-step sign-in off: the password and a current code (or a recovery code) must be right,
 * and the person's roles must not require it.
 */
export async function turnOffTwoStep({
  userId,
  password,
  code,
  ip,
}: {
  userId: number;
  password: string;
  code: string;
  ip: string;
}): Promise<TwoStepFormResult> {
  const state = await getTwoStepState(userId);
  if (!state) return { ok: false, reason: "refused", status: 404, message: "We could not find your account." };
  const exempt = isTwoStepExempt(state.email);
  const refusal = canTurnOffTwoStep({ roles: await getUserRoles(userId), exempt });
  if (refusal) return { ok: false, reason: "refused", status: 403, message: refusal.message };
  const passwordCheck = await checkPassword(userId, password, ip);
  if (!passwordCheck.ok) return passwordCheck;
  const check = await checkTwoStepCode({ userId, code, ip });
  if (!check.ok)
    return {
      ok: false,
      reason: "invalid",
      fieldErrors: { code: [check.reason === "reused" ? REUSED_CODE : WRONG_CODE] },
    };
  const result = await disableTwoStep({ userId, exempt, ip });
  return result.ok ? { ok: true } : { ok: false, reason: "refused", status: result.status, message: result.message };
}

/** Makes ten new recovery codes (the old ones stop working) once the password is right. */
export async function makeNewRecoveryCodes({
  userId,
  password,
  ip,
}: {
  userId: number;
  password: string;
  ip: string;
}): Promise<TwoStepFormRefusal | { ok: true; codes: string[] }> {
  const passwordCheck = await checkPassword(userId, password, ip);
  if (!passwordCheck.ok) return passwordCheck;
  const { codes, hashes } = newRecoveryCodes();
  const result = await replaceRecoveryCodes({ userId, codeHashes: hashes, ip });
  if (!result.ok) return { ok: false, reason: "refused", status: result.status, message: result.message };
  return { ok: true, codes };
}
