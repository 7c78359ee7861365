/**
 * The single-use links sent by email about a person's own account (decision 0056): resetting a
 * forgotten password, confirming an address at sign-up, and moving the account to a new address.
 * Only the SHA-256 of a link's token is stored; the email with the link is queued in the same
 * transaction as the row (app/models/outbox.server.ts). Reading a link never changes anything:
 * only the form its page posts does.
 */
import { and, desc, eq, gt, isNull, ne } from "drizzle-orm";
import { accountTokens, users } from "../../db/schema";
import { newToken, hashToken } from "../auth/tokens.server";
import {
  EMAIL_CONFIRM_LIFETIME_SECONDS,
  isLinkUsable,
  linkExpiry,
  PASSWORD_RESET_LIFETIME_SECONDS,
} from "../domain/account-links";
import {
  confirmEmailEmail,
  emailChangedEmail,
  emailChangeRequestedEmail,
  passwordResetEmail,
} from "../mail/account-emails";
import { siteOrigin } from "../utils/env.server";
import { confirmEmailPath, contactPath, forgotPasswordPath, resetPasswordPath } from "../utils/paths";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult } from "./core.server";
import { affectedRows, isUniqueViolation } from "./dialect.server";
import { enqueueEmail } from "./outbox.server";

type LinkPurpose = "password_reset" | "email_confirm";

/** The message when an address belongs to another account. */
export const ADDRESS_TAKEN_MESSAGE = "There is already an account with this email address. Choose a different one.";

const absolute = (path: string) => `${siteOrigin()}${path}`;

/** Makes a link's earlier, still-working siblings stop working (they expire now; a used one stays used). */
async function retireLinks({ userId, purpose, now }: { userId: number; purpose: LinkPurpose; now: Date }) {
  await inTransaction((tx) =>
    tx
      .update(accountTokens)
      .set({ expiresAt: now })
      .where(
        and(
          eq(accountTokens.userId, userId),
          eq(accountTokens.purpose, purpose),
          isNull(accountTokens.usedAt),
          gt(accountTokens.expiresAt, now),
        ),
      ),
  );
}

/** Stores a new link (only its hash) and returns the token for the email; only the newest link of a purpose works. */
async function issueLink({
  userId,
  purpose,
  email,
  lifetimeSeconds,
  now,
}: {
  userId: number;
  purpose: LinkPurpose;
  email: string;
  lifetimeSeconds: number;
  now: Date;
}): Promise<string> {
  const { token, hash } = newToken();
  await inTransaction(async (tx) => {
    await retireLinks({ userId, purpose, now });
    await tx.insert(accountTokens).values({
      userId,
      purpose,
      tokenHash: hash,
      email,
      expiresAt: linkExpiry(now, lifetimeSeconds),
      createdAt: now,
    });
  });
  return token;
}

/**
 * A link that still works, with the account it belongs to (a closed account's links never work).
 * A password-reset link also stops working once the account's address is no longer the one it
 * was sent to.
 */
async function findUsableLink(token: string, purpose: LinkPurpose, now: Date) {
  const [row] = await getDb()
    .select({
      id: accountTokens.id,
      userId: accountTokens.userId,
      email: accountTokens.email,
      usedAt: accountTokens.usedAt,
      expiresAt: accountTokens.expiresAt,
      accountEmail: users.email,
      name: users.name,
      emailConfirmedAt: users.emailConfirmedAt,
      suspendedAt: users.suspendedAt,
      deletedAt: users.deletedAt,
    })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(and(eq(accountTokens.tokenHash, hashToken(token)), eq(accountTokens.purpose, purpose)))
    .limit(1);
  if (!row || row.deletedAt || !row.email || !isLinkUsable(row, now)) return null;
  if (purpose === "password_reset" && (row.suspendedAt || row.email !== row.accountEmail)) return null;
  return { ...row, email: row.email };
}

/** Marks a link used, once: false if another request used it first. */
async function markUsed(linkId: number, now: Date): Promise<boolean> {
  const result = await inTransaction((tx) =>
    tx
      .update(accountTokens)
      .set({ usedAt: now })
      .where(and(eq(accountTokens.id, linkId), isNull(accountTokens.usedAt))),
  );
  return affectedRows(result) === 1;
}

// ---------------------------------------------------------------- forgotten passwords

/**
 * "Forgot your password?": for an open account (not closed, not suspended) with this address,
 * a new reset link (1 hour, single use; earlier ones stop working) and its email, with an audit
 * event. For any other address only the audit event, so both cost about the same, and the
 * caller answers the same either way.
 */
export async function requestPasswordReset({
  email,
  ip,
  now = new Date(),
}: {
  email: string;
  ip?: string | null;
  now?: Date;
}): Promise<void> {
  await inTransaction(async (tx) => {
    const [account] = await tx
      .select({ id: users.id, email: users.email, suspendedAt: users.suspendedAt, deletedAt: users.deletedAt })
      .from(users)
      .where(eq(users.email, email.toLowerCase()))
      .limit(1);
    const open = Boolean(account && !account.deletedAt && !account.suspendedAt);
    if (account && open) {
      const token = await issueLink({
        userId: account.id,
        purpose: "password_reset",
        email: account.email,
        lifetimeSeconds: PASSWORD_RESET_LIFETIME_SECONDS,
        now,
      });
      await enqueueEmail({
        to: account.email,
        userId: account.id,
        kind: "account.password_reset",
        ...passwordResetEmail({ resetUrl: absolute(resetPasswordPath(token)) }),
      });
    }
    // The address asked for is never stored; a known account is named by id.
    await recordAudit({
      actorId: null,
      action: "password.reset_requested",
      objectType: "user",
      objectId: account?.id ?? null,
      after: { sent: open },
      ip,
    });
  });
}

/** Who a working password-reset link is for (its page's form needs the name and address for the password rule). */
export async function findPasswordReset(
  token: string,
  now = new Date(),
): Promise<{ userId: number; email: string; name: string } | null> {
  const link = await findUsableLink(token, "password_reset", now);
  return link ? { userId: link.userId, email: link.email, name: link.name } : null;
}

/**
 * Uses a password-reset link: the new password hash is saved and the link is used up, in the
 * caller's transaction (the caller ends the sessions and records the audit event in it). Every
 * other reset link and any address change still waiting for confirmation stop working (whoever
 * asked for that change may be the reason the password is being reset). Following the link
 * proves the address receives mail, so an unconfirmed address counts as confirmed. Null when
 * the link no longer works.
 */
export async function consumePasswordReset({
  token,
  passwordHash,
  now = new Date(),
}: {
  token: string;
  passwordHash: string;
  now?: Date;
}): Promise<{ userId: number } | null> {
  return inTransaction(async (tx) => {
    const link = await findUsableLink(token, "password_reset", now);
    if (!link || !(await markUsed(link.id, now))) return null;
    await tx
      .update(users)
      .set({ passwordHash, emailConfirmedAt: link.emailConfirmedAt ?? now })
      .where(eq(users.id, link.userId));
    await retireLinks({ userId: link.userId, purpose: "password_reset", now });
    await retireLinks({ userId: link.userId, purpose: "email_confirm", now });
    return { userId: link.userId };
  });
}

// ---------------------------------------------------------------- confirming an address

/** Queues the link that confirms `email` for an account: its own address, or the one it is moving to. */
async function sendConfirmationLink({
  userId,
  email,
  change,
  now,
}: {
  userId: number;
  email: string;
  change: boolean;
  now: Date;
}): Promise<void> {
  await inTransaction(async () => {
    const token = await issueLink({
      userId,
      purpose: "email_confirm",
      email,
      lifetimeSeconds: EMAIL_CONFIRM_LIFETIME_SECONDS,
      now,
    });
    await enqueueEmail({
      to: email,
      userId,
      kind: change ? "account.email_change_confirm" : "account.email_confirm",
      ...confirmEmailEmail({ confirmUrl: absolute(confirmEmailPath(token)), change }),
    });
  });
}

/** At sign-up, in the sign-up's transaction: the link that confirms the new account's address. */
export async function startEmailConfirmation({
  userId,
  email,
  now = new Date(),
}: {
  userId: number;
  email: string;
  now?: Date;
}): Promise<void> {
  await sendConfirmationLink({ userId, email: email.toLowerCase(), change: false, now });
}

/** "Send the link again": a new confirmation link for the account's address (earlier ones stop working). */
export async function resendEmailConfirmation({
  userId,
  now = new Date(),
}: {
  userId: number;
  now?: Date;
}): Promise<ModelResult<{ email: string }>> {
  return inTransaction(async (tx) => {
    const [account] = await tx
      .select({ email: users.email, emailConfirmedAt: users.emailConfirmedAt, deletedAt: users.deletedAt })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!account || account.deletedAt) return refuse(404, "We could not find your account.");
    if (account.emailConfirmedAt) return refuse(409, "Your email address is already confirmed.");
    await sendConfirmationLink({ userId, email: account.email, change: false, now });
    return { ok: true as const, email: account.email };
  });
}

/** What a working confirmation link's page says: the address it confirms, and whether it replaces the account's. */
export async function findEmailConfirmation(
  token: string,
  now = new Date(),
): Promise<{ email: string; change: boolean } | null> {
  const link = await findUsableLink(token, "email_confirm", now);
  return link ? { email: link.email, change: link.email !== link.accountEmail } : null;
}

export type ConfirmEmailResult =
  | { ok: true; userId: number; changed: boolean }
  | { ok: false; reason: "expired" }
  | { ok: false; reason: "taken"; message: string };

/**
 * Uses a confirmation link (the POST from its page). For the account's own address, it is
 * confirmed. For a new address, the account moves to it (unless another account took it in the
 * meantime: then nothing changes), it counts as confirmed, the old address is told, and every
 * reset link sent to the old address stops working. Audited without the addresses.
 */
export async function confirmEmail({
  token,
  ip,
  now = new Date(),
}: {
  token: string;
  ip?: string | null;
  now?: Date;
}): Promise<ConfirmEmailResult> {
  const taken = { ok: false as const, reason: "taken" as const, message: ADDRESS_TAKEN_MESSAGE };
  try {
    return await inTransaction(async (tx) => {
      const link = await findUsableLink(token, "email_confirm", now);
      if (!link) return { ok: false as const, reason: "expired" as const };
      const changed = link.email !== link.accountEmail;
      if (changed) {
        const [other] = await tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.email, link.email), ne(users.id, link.userId)))
          .limit(1);
        if (other) return taken;
      }
      if (!(await markUsed(link.id, now))) return { ok: false as const, reason: "expired" as const };
      await retireLinks({ userId: link.userId, purpose: "email_confirm", now });
      if (!changed) {
        await tx
          .update(users)
          .set({ emailConfirmedAt: link.emailConfirmedAt ?? now })
          .where(eq(users.id, link.userId));
        await recordAudit({
          actorId: link.userId,
          action: "email.confirmed",
          objectType: "user",
          objectId: link.userId,
          ip,
        });
        return { ok: true as const, userId: link.userId, changed };
      }
      await tx.update(users).set({ email: link.email, emailConfirmedAt: now }).where(eq(users.id, link.userId));
      await retireLinks({ userId: link.userId, purpose: "password_reset", now });
      await enqueueEmail({
        to: link.accountEmail,
        // Tied to the account although the address is no longer its own: closing the account
        // later removes this trace of the old address too.
        userId: link.userId,
        kind: "account.email_changed",
        ...emailChangedEmail({ contactUrl: absolute(contactPath()) }),
      });
      await recordAudit({
        actorId: link.userId,
        action: "email.changed",
        objectType: "user",
        objectId: link.userId,
        ip,
      });
      return { ok: true as const, userId: link.userId, changed };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users.email")) return taken;
    throw error;
  }
}

// ---------------------------------------------------------------- changing the address

/**
 * Asks to move an account to a new address (the caller has checked the password): the new
 * address gets a confirmation link (3 days; an earlier change's link stops working) and the
 * current one a note saying what to do if it was not them. Nothing else changes until the link
 * is followed. Audited without the addresses.
 */
export async function requestEmailChange({
  userId,
  newEmail,
  ip,
  now = new Date(),
}: {
  userId: number;
  newEmail: string;
  ip?: string | null;
  now?: Date;
}): Promise<ModelResult<{ email: string }>> {
  const email = newEmail.toLowerCase();
  return inTransaction(async (tx) => {
    const [account] = await tx
      .select({ email: users.email, deletedAt: users.deletedAt })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!account || account.deletedAt) return refuse(404, "We could not find your account.");
    if (account.email === email) return refuse(400, "This is already your email address.", "email");
    const [other] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (other) return refuse(400, ADDRESS_TAKEN_MESSAGE, "email");
    await sendConfirmationLink({ userId, email, change: true, now });
    await enqueueEmail({
      to: account.email,
      userId,
      kind: "account.email_change_requested",
      ...emailChangeRequestedEmail({ forgotUrl: absolute(forgotPasswordPath()) }),
    });
    await recordAudit({
      actorId: userId,
      action: "email.change_requested",
      objectType: "user",
      objectId: userId,
      ip,
    });
    return { ok: true as const, email };
  });
}

/** A change of address still waiting for its link to be followed: the new address and until when the link works. */
export async function getPendingEmailChange(
  userId: number,
  now = new Date(),
): Promise<{ email: string; expiresAt: Date } | null> {
  const [row] = await getDb()
    .select({ email: accountTokens.email, expiresAt: accountTokens.expiresAt })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(
      and(
        eq(accountTokens.userId, userId),
        eq(accountTokens.purpose, "email_confirm"),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
        ne(accountTokens.email, users.email),
      ),
    )
    .orderBy(desc(accountTokens.createdAt), desc(accountTokens.id))
    .limit(1);
  return row?.email ? { email: row.email, expiresAt: row.expiresAt } : null;
}
