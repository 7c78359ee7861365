/**
 * Two-step sign-in's rows: the TOTP secret on the user, the hashed recovery codes, and the
 * half-done sign-ins (login challenges). The codes themselves are checked in
 * app/auth/two-step.server.ts; only hashes arrive here. Decision record 0058.
 */
import { and, count, eq, gt, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { loginChallenges, recoveryCodes, userRoles, users } from "../../db/schema";
import { canTurnOffTwoStep } from "../domain/two-step";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult } from "./core.server";
import { affectedRows } from "./dialect.server";

/** What the two-step code needs of an account: never leaves the server. */
export async function getTwoStepState(userId: number) {
  const [row] = await getDb()
    .select({ email: users.email, secret: users.totpSecret, enabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row
    ? { email: row.email, secret: row.secret, enabledAt: row.enabledAt, enabled: row.enabledAt !== null }
    : null;
}

/** How many of a person's recovery codes are still unused. */
export async function countRecoveryCodesLeft(userId: number): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/**
 * Keeps a new secret while the person adds it to their app. Nothing is on until they confirm it
 * with a code; a second start replaces the first. Refused while two-step sign-in is on.
 */
export async function savePendingSecret({ userId, secret }: { userId: number; secret: string }): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const result = await tx
      .update(users)
      .set({ totpSecret: secret })
      .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)));
    return affectedRows(result) === 1 ? { ok: true as const } : refuse(409, "Two-step sign-in is already on.");
  });
}

/**
 * Turns two-step sign-in on with the pending secret the code was checked against (a newer start
 * in another tab wins: this then refuses), and stores the recovery codes' hashes in place of any
 * old ones, with the audit event, in one transaction.
 */
export async function enableTwoStep({
  userId,
  secret,
  codeHashes,
  ip,
}: {
  userId: number;
  secret: string;
  codeHashes: string[];
  ip?: string | null;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const result = await tx
      .update(users)
      .set({ totpEnabledAt: new Date() })
      .where(and(eq(users.id, userId), eq(users.totpSecret, secret), isNull(users.totpEnabledAt)));
    if (affectedRows(result) !== 1)
      return refuse(409, "This set-up was replaced or finished in another window. Start again.");
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
    await recordAudit({ actorId: userId, action: "two_step.enabled", objectType: "user", objectId: userId, ip });
    return { ok: true as const };
  });
}

/**
 * Turns two-step sign-in off: the secret and the recovery codes go. Refused for a person whose
 * roles require it (read inside the transaction); `exempt` is the local demo's exemption.
 */
export async function disableTwoStep({
  userId,
  exempt,
  ip,
}: {
  userId: number;
  exempt: boolean;
  ip?: string | null;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const roles = (await tx.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId))).map(
      (r) => r.role,
    );
    const refusal = canTurnOffTwoStep({ roles, exempt });
    if (refusal) return refusal;
    const result = await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null })
      .where(and(eq(users.id, userId), isNotNull(users.totpEnabledAt)));
    if (affectedRows(result) !== 1) return refuse(409, "Two-step sign-in is already off.");
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await recordAudit({ actorId: userId, action: "two_step.disabled", objectType: "user", objectId: userId, ip });
    return { ok: true as const };
  });
}

/** Replaces every recovery code (used or not) with new ones; only while two-step sign-in is on. */
export async function replaceRecoveryCodes({
  userId,
  codeHashes,
  ip,
}: {
  userId: number;
  codeHashes: string[];
  ip?: string | null;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), isNotNull(users.totpEnabledAt)));
    if (!user) return refuse(409, "Turn on two-step sign-in first.");
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
    await recordAudit({
      actorId: userId,
      action: "two_step.recovery_codes_replaced",
      objectType: "user",
      objectId: userId,
      ip,
    });
    return { ok: true as const };
  });
}

/**
 * Uses up one recovery code, if it is one of the person's unused ones (the update claims it, so
 * two requests cannot both use it), with the audit event. Returns how many are left, or null.
 */
export async function spendRecoveryCode({
  userId,
  codeHash,
  ip,
}: {
  userId: number;
  codeHash: string;
  ip?: string | null;
}): Promise<{ remaining: number } | null> {
  return inTransaction(async (tx) => {
    const result = await tx
      .update(recoveryCodes)
      .set({ usedAt: new Date() })
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)));
    if (affectedRows(result) !== 1) return null;
    const remaining = await countRecoveryCodesLeft(userId);
    await recordAudit({
      actorId: userId,
      action: "two_step.recovery_code_used",
      objectType: "user",
      objectId: userId,
      after: { remaining },
      ip,
    });
    return { remaining };
  });
}

// ---------------------------------------------------------------- half-done sign-ins

/** Starts a half-done sign-in: only the token's hash is stored. Clears everyone's expired ones (indexed). */
export async function createLoginChallenge(input: {
  userId: number;
  tokenHash: string;
  redirectTo: string | null;
  expiresAt: Date;
}): Promise<void> {
  await inTransaction(async (tx) => {
    await tx.delete(loginChallenges).where(lte(loginChallenges.expiresAt, new Date()));
    await tx.insert(loginChallenges).values(input);
  });
}

/** A half-done sign-in by its token's hash, while it is live (not expired, attempts left). */
export async function findLoginChallenge({ tokenHash, maxAttempts }: { tokenHash: string; maxAttempts: number }) {
  const [row] = await getDb()
    .select({
      id: loginChallenges.id,
      userId: loginChallenges.userId,
      redirectTo: loginChallenges.redirectTo,
      attempts: loginChallenges.attempts,
    })
    .from(loginChallenges)
    .where(
      and(
        eq(loginChallenges.tokenHash, tokenHash),
        gt(loginChallenges.expiresAt, new Date()),
        sql`${loginChallenges.attempts} < ${maxAttempts}`,
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Counts a wrong code against a half-done sign-in, and voids it (deletes the row) at the last
 * attempt, with a failed-sign-in audit event. Returns the attempts left (0: it is void).
 */
export async function recordWrongCode({
  challengeId,
  userId,
  maxAttempts,
  reason,
  ip,
}: {
  challengeId: number;
  userId: number;
  maxAttempts: number;
  reason: "wrong_code" | "reused_code";
  ip?: string | null;
}): Promise<{ attemptsLeft: number }> {
  return inTransaction(async (tx) => {
    const [row] = await tx
      .update(loginChallenges)
      .set({ attempts: sql`${loginChallenges.attempts} + 1` })
      .where(eq(loginChallenges.id, challengeId))
      .returning({ attempts: loginChallenges.attempts });
    const attemptsLeft = Math.max(0, maxAttempts - (row?.attempts ?? maxAttempts));
    if (attemptsLeft === 0) await tx.delete(loginChallenges).where(eq(loginChallenges.id, challengeId));
    await recordAudit({
      actorId: null,
      action: "login.failed",
      objectType: "user",
      objectId: userId,
      after: { reason: attemptsLeft === 0 ? "too_many_codes" : reason },
      ip,
    });
    return { attemptsLeft };
  });
}

/** Ends a half-done sign-in that succeeded. False if it was already used or gone (a second tab). */
export async function consumeLoginChallenge(challengeId: number): Promise<boolean> {
  return inTransaction(
    async (tx) => affectedRows(await tx.delete(loginChallenges).where(eq(loginChallenges.id, challengeId))) === 1,
  );
}

/** Ends a half-done sign-in the person walked away from (they went back to the password form). */
export async function deleteLoginChallenge(tokenHash: string): Promise<void> {
  await inTransaction((tx) => tx.delete(loginChallenges).where(eq(loginChallenges.tokenHash, tokenHash)));
}
