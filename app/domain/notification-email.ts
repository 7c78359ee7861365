/**
 * How notifications reach people by email (decision 0057): each kind goes immediately, in a daily
 * digest, or not at all. Every kind has a default here, and a group for the settings page; a
 * person's own choices (notification_preferences rows) win over the defaults, and a row for
 * ALL_KINDS ("turn off all emails") stands for every kind without a row of its own. A kind added to
 * the vocabulary does not compile until it is given a default and a group here. Browser-safe.
 */
import { notificationKinds, type NotificationKind } from "./notifications";
import { vocabulary } from "./taxonomy";

export const emailDeliveries = vocabulary({
  immediate: "Immediately",
  digest: "In a daily digest",
  off: "Off",
});
/** A person's choice for one kind. */
export type EmailDelivery = (typeof emailDeliveries.values)[number];
/** How one notification goes out by email: the choice with "off" as null (notifications.email_delivery). */
export type NotificationEmailDelivery = Exclude<EmailDelivery, "off"> | null;

/** The sections of the settings page, in order. */
export const emailGroups = vocabulary({
  problems: "Your problems",
  hack_days: "Hack days",
  judging: "Judging",
  teams: "Teams",
  pipeline: "Your projects in the pipeline",
  mentorships: "Mentorships",
  funding: "Funding interest",
  following: "What you follow",
  account: "Your account",
});
export type EmailGroup = (typeof emailGroups.values)[number];

type KindSetting = { group: EmailGroup; delivery: Exclude<EmailDelivery, "off"> };

/**
 * Immediately: what someone must act on (a request to answer, a nomination to decide, a gate item
 * to verify, judging to do) or would want at once (a decision about their project, their content
 * or their account; a place from the waiting list; a hack day going live). In the digest: news that
 * can wait a day (endorsements, comments, what they follow, good news that asks nothing of them).
 */
const kindSettings = {
  "problem.endorsed": { group: "problems", delivery: "digest" },
  "problem.commented": { group: "problems", delivery: "digest" },
  "problem.project": { group: "problems", delivery: "immediate" },
  "problem.solved": { group: "problems", delivery: "digest" },
  "problem.closed": { group: "problems", delivery: "immediate" },
  "problem.hidden": { group: "problems", delivery: "immediate" },
  "problem.merged": { group: "problems", delivery: "immediate" },
  "hack_day.nomination": { group: "hack_days", delivery: "immediate" },
  "hack_day.shortlisted": { group: "hack_days", delivery: "digest" },
  "hack_day.nomination_accepted": { group: "hack_days", delivery: "digest" },
  "hack_day.nomination_declined": { group: "hack_days", delivery: "digest" },
  "hack_day.promoted": { group: "hack_days", delivery: "immediate" },
  "hack_day.live": { group: "hack_days", delivery: "immediate" },
  "hack_day.results": { group: "hack_days", delivery: "digest" },
  "judging.appointed": { group: "judging", delivery: "immediate" },
  "judging.started": { group: "judging", delivery: "immediate" },
  "team.join_request": { group: "teams", delivery: "immediate" },
  "team.join_accepted": { group: "teams", delivery: "immediate" },
  "team.join_declined": { group: "teams", delivery: "immediate" },
  "team.member_left": { group: "teams", delivery: "digest" },
  "team.removed": { group: "teams", delivery: "immediate" },
  "stage.requested": { group: "pipeline", delivery: "immediate" },
  "stage.approved": { group: "pipeline", delivery: "immediate" },
  "stage.returned": { group: "pipeline", delivery: "immediate" },
  "stage.moved": { group: "pipeline", delivery: "immediate" },
  "stage.state_changed": { group: "pipeline", delivery: "immediate" },
  "gate.verify_requested": { group: "pipeline", delivery: "immediate" },
  "gate.verified": { group: "pipeline", delivery: "digest" },
  "story.published": { group: "pipeline", delivery: "digest" },
  "mentorship.requested": { group: "mentorships", delivery: "immediate" },
  "mentorship.offered": { group: "mentorships", delivery: "immediate" },
  "mentorship.accepted": { group: "mentorships", delivery: "immediate" },
  "mentorship.declined": { group: "mentorships", delivery: "immediate" },
  "mentorship.ended": { group: "mentorships", delivery: "digest" },
  "mentorship.lapsed": { group: "mentorships", delivery: "immediate" },
  "mentorship.note_added": { group: "mentorships", delivery: "digest" },
  "funding.registered": { group: "funding", delivery: "immediate" },
  "funding.moved": { group: "funding", delivery: "immediate" },
  "funding.withdrawn": { group: "funding", delivery: "digest" },
  "funding.declined": { group: "funding", delivery: "immediate" },
  "funding.pilot_planned": { group: "funding", delivery: "immediate" },
  "follow.project_started": { group: "following", delivery: "digest" },
  "follow.stage_moved": { group: "following", delivery: "digest" },
  "follow.pilot": { group: "following", delivery: "digest" },
  "follow.outcome": { group: "following", delivery: "digest" },
  "role.granted": { group: "account", delivery: "immediate" },
  "role.revoked": { group: "account", delivery: "immediate" },
  "user.restored": { group: "account", delivery: "immediate" },
} as const satisfies Record<NotificationKind, KindSetting>;

/** The delivery a kind has for someone who never chose. */
export function defaultDelivery(kind: NotificationKind): Exclude<EmailDelivery, "off"> {
  return kindSettings[kind].delivery;
}

/** The settings page's sections: each group with its kinds, in the vocabulary's order. */
export const emailSettingsGroups: readonly { group: EmailGroup; label: string; kinds: readonly NotificationKind[] }[] =
  emailGroups.values.map((group) => ({
    group,
    label: emailGroups.labels[group],
    kinds: notificationKinds.values.filter((kind) => kindSettings[kind].group === group),
  }));

/** The choices row that stands for every kind without a row of its own ("turn off all emails"). */
export const ALL_KINDS = "all";

/** A person's stored choices: kind (or ALL_KINDS) → delivery. */
export type EmailChoices = ReadonlyMap<string, EmailDelivery>;

/** The rule: the person's choice for the kind, else their choice for all kinds, else the kind's default. */
export function resolveDelivery(kind: NotificationKind, choices: EmailChoices): EmailDelivery {
  return choices.get(kind) ?? choices.get(ALL_KINDS) ?? defaultDelivery(kind);
}

/** How a new notification of this kind goes out for a person with these choices (null: not by email). */
export function notificationEmailDelivery(kind: NotificationKind, choices: EmailChoices): NotificationEmailDelivery {
  const delivery = resolveDelivery(kind, choices);
  return delivery === "off" ? null : delivery;
}

/** Every kind's delivery for a person, for the settings form. */
export function resolveAll(choices: EmailChoices): Record<NotificationKind, EmailDelivery> {
  return Object.fromEntries(notificationKinds.values.map((kind) => [kind, resolveDelivery(kind, choices)])) as Record<
    NotificationKind,
    EmailDelivery
  >;
}

/**
 * The rows to store for a full set of choices from the settings form: only the kinds that differ
 * from their default (so a better default later reaches everyone who never chose), or, when every
 * kind is off, the one ALL_KINDS row (so kinds added later are off too).
 */
export function choicesToStore(
  chosen: Record<NotificationKind, EmailDelivery>,
): { kind: string; delivery: EmailDelivery }[] {
  if (notificationKinds.values.every((kind) => chosen[kind] === "off")) return [{ kind: ALL_KINDS, delivery: "off" }];
  return notificationKinds.values
    .filter((kind) => chosen[kind] !== defaultDelivery(kind))
    .map((kind) => ({ kind, delivery: chosen[kind] }));
}

/**
 * What an unsubscribe link stops: one kind (an immediate email's), the daily digest (the digest's
 * link: every kind that now goes in the digest), or everything.
 */
export type UnsubscribeScope = NotificationKind | typeof ALL_KINDS | "digest";

/** The scope stored with an unsubscribe token, or null for one this version does not know. */
export function parseUnsubscribeScope(value: string | null | undefined): UnsubscribeScope | null {
  if (value === ALL_KINDS || value === "digest") return value;
  return (notificationKinds.values as readonly string[]).includes(value ?? "") ? (value as NotificationKind) : null;
}

/** The kinds an unsubscribe turns off, given the person's choices now. */
export function kindsToTurnOff(scope: UnsubscribeScope, choices: EmailChoices): NotificationKind[] {
  if (scope === ALL_KINDS) return [...notificationKinds.values];
  if (scope === "digest") return notificationKinds.values.filter((kind) => resolveDelivery(kind, choices) === "digest");
  return [scope];
}

/** What the unsubscribe page says will stop (`ask`), and has stopped once the button is pressed (`done`). */
export function unsubscribeWording(scope: UnsubscribeScope): { ask: string; done: string } {
  if (scope === ALL_KINDS)
    return { ask: "Stop all notification emails from Hackpath", done: "No more notification emails from Hackpath." };
  if (scope === "digest")
    return {
      ask: "Stop the daily digest: the kinds of notification it carries are turned off",
      done: "No more daily digest: the kinds of notification it carried are turned off.",
    };
  const kind = notificationKinds.labels[scope];
  return { ask: `Stop emails about: ${kind}`, done: `No more emails about: ${kind}.` };
}

/** The reason line of a notification email: "You get this because a team asked you to mentor their project." */
export function notificationEmailReason(kind: NotificationKind, settingsUrl: string): string {
  const description = notificationKinds.labels[kind];
  return `You get this because ${description.charAt(0).toLowerCase()}${description.slice(1)}. Choose which emails you get in your settings: ${settingsUrl}`;
}
