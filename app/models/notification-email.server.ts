/**
 * Notifications by email (decision 0057): each new notification's delivery from its recipient's
 * choices (app/domain/notification-email.ts), the immediate email queued in the notification's own
 * transaction, the daily digest, the choices themselves, and unsubscribing by a link's token.
 * Only accounts with a confirmed address that are not closed get email. Every email carries an
 * unsubscribe link whose token (160 bits, only its SHA-256 stored) is good for a year.
 */
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lt, notExists, type SQLWrapper } from "drizzle-orm";
import { accountTokens, emailOutbox, notificationPreferences, notifications, users } from "../../db/schema";
import {
  ALL_KINDS,
  choicesToStore,
  kindsToTurnOff,
  notificationEmailDelivery,
  notificationEmailReason,
  parseUnsubscribeScope,
  resolveAll,
  type EmailDelivery,
  type NotificationEmailDelivery,
  type UnsubscribeScope,
} from "../domain/notification-email";
import type { NotificationKind } from "../domain/notifications";
import { hashToken, newToken } from "../auth/tokens.server";
import { siteOrigin } from "../utils/env.server";
import { notificationSettingsPath, notificationsPath, unsubscribePath } from "../utils/paths";
import { getDb, inTransaction, refuse, type ModelResult, type Tx } from "./core.server";
import { enqueueEmail } from "./outbox.server";

/** How long an unsubscribe link works: mail is read, and its footer clicked, long after it is sent. */
const UNSUBSCRIBE_TOKEN_DAYS = 365;
const DAY_MS = 86_400_000;
/** At most one digest a person in this long. */
const DIGEST_INTERVAL_MS = DAY_MS;
/** Items listed in one digest; the rest are counted ("and N more"). */
const DIGEST_MAX_ITEMS = 50;
/** People sent a digest in one run of the job; the rest wait for the next run (an hour). */
const DIGEST_PEOPLE_PER_RUN = 200;
/** Expired unsubscribe tokens deleted in one run of the clean-up job. */
const TOKEN_CLEANUP_BATCH = 1000;
/** Rows per statement, well inside SQLite's limit on bound parameters. */
const CHUNK = 500;

/** The outbox kinds these emails are queued under. */
const NOTIFICATION_EMAIL_KIND = "notification.immediate";
const DIGEST_EMAIL_KIND = "notification.digest";

const absolute = (path: string) => `${siteOrigin()}${path}`;
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** A person who can get email, with their stored choices. */
type Recipient = { email: string; choices: Map<string, EmailDelivery> };

/**
 * The people among `userIds` who can get email (a confirmed address, not closed), with their
 * choices for `kinds` and for all kinds: one query per 500 people, each row found by primary key.
 */
async function emailRecipients(userIds: readonly number[], kinds: readonly string[]): Promise<Map<number, Recipient>> {
  const found = new Map<number, Recipient>();
  for (const ids of chunks([...new Set(userIds)])) {
    const rows = await getDb()
      .select({
        id: users.id,
        email: users.email,
        kind: notificationPreferences.kind,
        delivery: notificationPreferences.delivery,
      })
      .from(users)
      .leftJoin(
        notificationPreferences,
        and(
          eq(notificationPreferences.userId, users.id),
          inArray(notificationPreferences.kind, [...new Set(kinds), ALL_KINDS]),
        ),
      )
      .where(and(inArray(users.id, ids), isNotNull(users.emailConfirmedAt), isNull(users.deletedAt)));
    for (const row of rows) {
      const recipient = found.get(row.id) ?? { email: row.email, choices: new Map() };
      if (row.kind && row.delivery) recipient.choices.set(row.kind, row.delivery);
      found.set(row.id, recipient);
    }
  }
  return found;
}

/** A notification about to be written. */
type NewNotification = { userId: number; kind: NotificationKind; title: string; body: string; link: string | null };

/** A new unsubscribe token for one person and scope; returns the raw token for the link. */
async function issueUnsubscribeToken(tx: Tx, userId: number, scope: UnsubscribeScope, now: Date): Promise<string> {
  const { token, hash } = newToken();
  await tx.insert(accountTokens).values({
    userId,
    purpose: "unsubscribe",
    tokenHash: hash,
    scope,
    expiresAt: new Date(now.getTime() + UNSUBSCRIBE_TOKEN_DAYS * DAY_MS),
  });
  return token;
}

/**
 * Decides how each new notification goes out by email (in the order given) and queues the
 * immediate ones, inside the caller's transaction: the recipients' choices in one query, then one
 * outbox message and one unsubscribe token per immediate email. The caller writes the rows with
 * the deliveries returned (`emailedAt` set for the immediate ones).
 */
export async function emailNewNotifications(
  rows: readonly NewNotification[],
  now: Date,
): Promise<NotificationEmailDelivery[]> {
  if (rows.length === 0) return [];
  return inTransaction(async (tx) => {
    const recipients = await emailRecipients(
      rows.map((r) => r.userId),
      rows.map((r) => r.kind),
    );
    const deliveries: NotificationEmailDelivery[] = [];
    for (const row of rows) {
      const recipient = recipients.get(row.userId);
      const delivery = recipient ? notificationEmailDelivery(row.kind, recipient.choices) : null;
      deliveries.push(delivery);
      if (recipient && delivery === "immediate") {
        const token = await issueUnsubscribeToken(tx, row.userId, row.kind, now);
        await enqueueEmail(
          {
            to: recipient.email,
            userId: row.userId,
            kind: NOTIFICATION_EMAIL_KIND,
            subject: oneLine(row.title),
            heading: row.title,
            paragraphs: row.body ? [row.body] : [],
            action: { label: "Open it on Hackpath", url: absolute(row.link ?? notificationsPath()) },
            reason: notificationEmailReason(row.kind, absolute(notificationSettingsPath())),
            unsubscribeUrl: absolute(unsubscribePath(token)),
          },
          now,
        );
      }
    }
    return deliveries;
  });
}

// The daily digest

const pendingDigest = (userId: number) =>
  and(eq(notifications.emailDelivery, "digest"), isNull(notifications.emailedAt), eq(notifications.userId, userId));

/** The person's digests queued after `since` (email_outbox_user_idx finds them). */
const digestsSince = (userId: number | SQLWrapper, since: Date) =>
  getDb()
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(eq(emailOutbox.userId, userId), gt(emailOutbox.createdAt, since), eq(emailOutbox.kind, DIGEST_EMAIL_KIND)),
    )
    .limit(1);

/**
 * One person's digest, in its own transaction: their digest notifications not yet emailed go out
 * in one email (newest first, at most DIGEST_MAX_ITEMS listed, the rest counted) and are marked
 * emailed; the ones already read on the site are not emailed at all (their delivery becomes null).
 * Nothing when a digest went out in the last 24 hours (checked again here, inside the write lock,
 * so two servers cannot both send). Returns whether an email was queued.
 */
async function sendDigestTo(userId: number, now: Date): Promise<boolean> {
  return inTransaction(async (tx) => {
    if ((await digestsSince(userId, new Date(now.getTime() - DIGEST_INTERVAL_MS))).length) return false;
    const [person] = await tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.id, userId), isNotNull(users.emailConfirmedAt), isNull(users.deletedAt)));
    if (!person) return false;
    // Read on the site already: not emailed after all.
    await tx
      .update(notifications)
      .set({ emailDelivery: null })
      .where(and(pendingDigest(userId), isNotNull(notifications.readAt)));
    const [items, [total]] = await Promise.all([
      tx
        .select({ title: notifications.title, body: notifications.body, link: notifications.link })
        .from(notifications)
        .where(pendingDigest(userId))
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(DIGEST_MAX_ITEMS),
      tx.select({ n: count() }).from(notifications).where(pendingDigest(userId)),
    ]);
    if (items.length === 0) return false;
    await tx.update(notifications).set({ emailedAt: now }).where(pendingDigest(userId));
    const n = total?.n ?? items.length;
    const more = n - items.length;
    const token = await issueUnsubscribeToken(tx, userId, "digest", now);
    await enqueueEmail(
      {
        to: person.email,
        userId,
        kind: DIGEST_EMAIL_KIND,
        subject: `Your daily digest: ${n} new ${n === 1 ? "notification" : "notifications"}`,
        heading: "Your daily digest",
        paragraphs: [
          n === 1
            ? "You have one new notification on Hackpath."
            : `You have ${n} new notifications on Hackpath, newest first.`,
          ...items.map((item) =>
            [
              `${item.title}${item.body ? ` — ${oneLine(item.body)}` : ""}`,
              absolute(item.link ?? notificationsPath()),
            ].join("\n"),
          ),
          ...(more > 0 ? [`And ${more} more on your notifications page.`] : []),
        ],
        action: { label: "See all your notifications", url: absolute(notificationsPath()) },
        reason: `You get this because some kinds of notification reach you in a daily digest. Choose which emails you get in your settings: ${absolute(notificationSettingsPath())}`,
        unsubscribeUrl: absolute(unsubscribePath(token)),
      },
      now,
    );
    return true;
  });
}

/**
 * The people due a digest at `now`, at most `people` of them: digest notifications not yet emailed
 * (walked in notifications_digest_idx, so the work is what is pending, whatever the size of the
 * tables), an address that can get email, and no digest in the last 24 hours.
 */
export function peopleDueADigest(now: Date, people: number) {
  return getDb()
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        eq(notifications.emailDelivery, "digest"),
        isNull(notifications.emailedAt),
        isNotNull(users.emailConfirmedAt),
        isNull(users.deletedAt),
        notExists(digestsSince(notifications.userId, new Date(now.getTime() - DIGEST_INTERVAL_MS))),
      ),
    )
    .orderBy(asc(notifications.userId))
    .limit(people);
}

/** The hourly job: each person due one gets their digest (peopleDueADigest). Returns how many were queued. */
export async function sendNotificationDigests(now: Date = new Date(), people = DIGEST_PEOPLE_PER_RUN): Promise<number> {
  let sent = 0;
  for (const { userId } of await peopleDueADigest(now, people)) if (await sendDigestTo(userId, now)) sent++;
  return sent;
}

// Choices

/** Stops digest notifications still waiting for kinds that are now off (or all of them). */
async function dropPendingDigest(tx: Tx, userId: number, kinds: readonly NotificationKind[] | "all") {
  await tx
    .update(notifications)
    .set({ emailDelivery: null })
    .where(and(pendingDigest(userId), kinds === "all" ? undefined : inArray(notifications.kind, [...kinds])));
}

async function storedChoices(userId: number): Promise<Map<string, EmailDelivery>> {
  const rows = await getDb()
    .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return new Map(rows.map((r) => [r.kind, r.delivery]));
}

/** A person's delivery for every kind (their choice or the default), and whether email reaches them at all. */
export async function getEmailSettings(userId: number) {
  const [choices, [person]] = await Promise.all([
    storedChoices(userId),
    getDb().select({ confirmedAt: users.emailConfirmedAt }).from(users).where(eq(users.id, userId)),
  ]);
  return { deliveries: resolveAll(choices), emailConfirmed: Boolean(person?.confirmedAt) };
}

/** Replaces a person's choices with the ones given (stored as the domain says: only what differs). */
async function replaceChoices(tx: Tx, userId: number, rows: { kind: string; delivery: EmailDelivery }[]) {
  await tx.delete(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  if (rows.length) await tx.insert(notificationPreferences).values(rows.map((r) => ({ userId, ...r })));
}

/** Saves the settings form: every kind's delivery. Waiting digest items of kinds now off are not sent. */
export async function saveEmailChoices({
  userId,
  chosen,
}: {
  userId: number;
  chosen: Record<NotificationKind, EmailDelivery>;
}): Promise<void> {
  await inTransaction(async (tx) => {
    await replaceChoices(tx, userId, choicesToStore(chosen));
    const off = (Object.keys(chosen) as NotificationKind[]).filter((kind) => chosen[kind] === "off");
    if (off.length) await dropPendingDigest(tx, userId, off);
  });
}

/** Every kind off, including kinds added later (one ALL_KINDS row), and nothing left waiting. */
async function allOff(tx: Tx, userId: number) {
  await replaceChoices(tx, userId, [{ kind: ALL_KINDS, delivery: "off" }]);
  await dropPendingDigest(tx, userId, "all");
}

/** "Turn off all emails" on the settings page. */
export async function turnOffAllEmails(userId: number): Promise<void> {
  await inTransaction((tx) => allOff(tx, userId));
}

// Unsubscribing by a link's token

/** The person and scope a live unsubscribe token stands for, or null (unknown, expired, account closed). */
async function findUnsubscribeToken(token: string, now: Date) {
  const [row] = await getDb()
    .select({ id: accountTokens.id, userId: accountTokens.userId, scope: accountTokens.scope })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(
      and(
        eq(accountTokens.tokenHash, hashToken(token)),
        eq(accountTokens.purpose, "unsubscribe"),
        gt(accountTokens.expiresAt, now),
        isNull(users.deletedAt),
      ),
    );
  const scope = parseUnsubscribeScope(row?.scope);
  return row && scope ? { ...row, scope } : null;
}

const UNKNOWN_LINK = refuse(
  404,
  "This unsubscribe link is not one we know, or it is more than a year old. Sign in and choose which emails you get in your settings.",
);

/** What an unsubscribe link would stop, for its page; a 404 refusal for a link we do not know. */
export async function describeUnsubscribe(
  token: string,
  now = new Date(),
): Promise<ModelResult<{ scope: UnsubscribeScope }>> {
  const found = await findUnsubscribeToken(token, now);
  return found ? { ok: true, scope: found.scope } : UNKNOWN_LINK;
}

/**
 * Unsubscribes by a link's token, without signing in: the link's kind (or the digest's kinds, or
 * every kind) is turned off, and what was waiting for the digest of those kinds is not sent. The
 * token stays good until it expires, so using it twice changes nothing more.
 */
export async function unsubscribe(token: string, now = new Date()): Promise<ModelResult<{ scope: UnsubscribeScope }>> {
  return inTransaction(async (tx) => {
    const found = await findUnsubscribeToken(token, now);
    if (!found) return UNKNOWN_LINK;
    const { userId, scope } = found;
    if (scope === ALL_KINDS) await allOff(tx, userId);
    else {
      const kinds = kindsToTurnOff(scope, await storedChoices(userId));
      for (const kind of kinds)
        await tx
          .insert(notificationPreferences)
          .values({ userId, kind, delivery: "off" })
          .onConflictDoUpdate({
            target: [notificationPreferences.userId, notificationPreferences.kind],
            set: { delivery: "off", updatedAt: now },
          });
      if (kinds.length) await dropPendingDigest(tx, userId, kinds);
    }
    await tx.update(accountTokens).set({ usedAt: now }).where(eq(accountTokens.id, found.id));
    return { ok: true, scope };
  });
}

/**
 * The clean-up job: unsubscribe tokens past their expiry are deleted, a batch at a time
 * (account_tokens_expires_idx). Returns how many went.
 */
export async function deleteExpiredUnsubscribeTokens(now: Date = new Date()): Promise<number> {
  return inTransaction(async (tx) => {
    const expired = await tx
      .select({ id: accountTokens.id })
      .from(accountTokens)
      .where(and(lt(accountTokens.expiresAt, now), eq(accountTokens.purpose, "unsubscribe")))
      .limit(TOKEN_CLEANUP_BATCH);
    if (expired.length === 0) return 0;
    await tx.delete(accountTokens).where(
      inArray(
        accountTokens.id,
        expired.map((t) => t.id),
      ),
    );
    return expired.length;
  });
}
