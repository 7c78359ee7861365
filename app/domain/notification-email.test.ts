import { describe, expect, it } from "vitest";
import {
  ALL_KINDS,
  choicesToStore,
  defaultDelivery,
  emailSettingsGroups,
  kindsToTurnOff,
  notificationEmailDelivery,
  notificationEmailReason,
  parseUnsubscribeScope,
  resolveAll,
  resolveDelivery,
  unsubscribeWording,
  type EmailDelivery,
} from "./notification-email";
import { notificationKinds, type NotificationKind } from "./notifications";

const none = new Map<string, EmailDelivery>();
const defaults = () => resolveAll(none);

describe("default deliveries", () => {
  it("sends what someone must act on at once and news in the digest", () => {
    for (const kind of [
      "mentorship.requested",
      "mentorship.offered",
      "mentorship.accepted",
      "mentorship.declined",
      "mentorship.lapsed",
      "stage.requested",
      "stage.approved",
      "stage.returned",
      "stage.moved",
      "team.join_request",
      "team.join_accepted",
      "team.join_declined",
      "judging.appointed",
      "hack_day.promoted",
      "gate.verify_requested",
    ] as const)
      expect(defaultDelivery(kind), kind).toBe("immediate");
    for (const kind of [
      "problem.endorsed",
      "problem.commented",
      "follow.project_started",
      "follow.stage_moved",
      "follow.pilot",
      "follow.outcome",
      "mentorship.note_added",
    ] as const)
      expect(defaultDelivery(kind), kind).toBe("digest");
  });

  it("never defaults a kind to off", () => {
    expect(Object.values(defaults()).filter((d) => d === "off")).toEqual([]);
  });
});

describe("settings groups", () => {
  it("lists every kind exactly once, in the vocabulary's order within each group", () => {
    const listed = emailSettingsGroups.flatMap((g) => g.kinds);
    expect([...listed].sort()).toEqual([...notificationKinds.values].sort());
    expect(new Set(listed).size).toBe(listed.length);
    for (const g of emailSettingsGroups)
      expect(g.kinds).toEqual(notificationKinds.values.filter((k) => (g.kinds as readonly string[]).includes(k)));
  });

  it("has no empty group, and names them for the page", () => {
    expect(emailSettingsGroups.map((g) => [g.group, g.label, g.kinds.length > 0])).toEqual([
      ["problems", "Your problems", true],
      ["hack_days", "Hack days", true],
      ["judging", "Judging", true],
      ["teams", "Teams", true],
      ["pipeline", "Your projects in the pipeline", true],
      ["mentorships", "Mentorships", true],
      ["funding", "Funding interest", true],
      ["following", "What you follow", true],
      ["account", "Your account", true],
    ]);
  });
});

describe("resolving a person's delivery", () => {
  it("takes their choice for the kind, else their choice for all kinds, else the default", () => {
    expect(resolveDelivery("problem.endorsed", none)).toBe("digest");
    expect(resolveDelivery("problem.endorsed", new Map([["problem.endorsed", "immediate"]]))).toBe("immediate");
    expect(resolveDelivery("stage.approved", new Map([[ALL_KINDS, "off"]]))).toBe("off");
    expect(
      resolveDelivery(
        "stage.approved",
        new Map<string, EmailDelivery>([
          [ALL_KINDS, "off"],
          ["stage.approved", "digest"],
        ]),
      ),
    ).toBe("digest");
    // A choice for another kind changes nothing here.
    expect(resolveDelivery("stage.approved", new Map([["problem.endorsed", "off"]]))).toBe("immediate");
  });

  it("gives a new notification no email delivery when the kind is off", () => {
    expect(notificationEmailDelivery("stage.approved", none)).toBe("immediate");
    expect(notificationEmailDelivery("problem.endorsed", none)).toBe("digest");
    expect(notificationEmailDelivery("problem.endorsed", new Map([["problem.endorsed", "off"]]))).toBeNull();
  });
});

describe("what the settings form stores", () => {
  it("stores only the kinds that differ from their default", () => {
    const chosen = { ...defaults(), "problem.endorsed": "off", "stage.approved": "digest" } as Record<
      NotificationKind,
      EmailDelivery
    >;
    expect(choicesToStore(chosen)).toEqual([
      { kind: "problem.endorsed", delivery: "off" },
      { kind: "stage.approved", delivery: "digest" },
    ]);
    expect(choicesToStore(defaults())).toEqual([]);
  });

  it("stores one row for all kinds when everything is off", () => {
    const allOff = Object.fromEntries(notificationKinds.values.map((k) => [k, "off"])) as Record<
      NotificationKind,
      EmailDelivery
    >;
    expect(choicesToStore(allOff)).toEqual([{ kind: ALL_KINDS, delivery: "off" }]);
  });
});

describe("unsubscribing", () => {
  it("knows the scopes it issued, and nothing else", () => {
    expect(parseUnsubscribeScope("problem.endorsed")).toBe("problem.endorsed");
    expect(parseUnsubscribeScope("all")).toBe("all");
    expect(parseUnsubscribeScope("digest")).toBe("digest");
    expect(parseUnsubscribeScope("problem.nonsense")).toBeNull();
    expect(parseUnsubscribeScope("toString")).toBeNull();
    expect(parseUnsubscribeScope(null)).toBeNull();
  });

  it("turns off one kind, the kinds now in the digest, or all of them", () => {
    expect(kindsToTurnOff("stage.approved", none)).toEqual(["stage.approved"]);
    const digest = kindsToTurnOff("digest", new Map([["stage.approved", "digest"]]));
    expect(digest).toContain("stage.approved");
    expect(digest).toContain("problem.endorsed");
    expect(digest).not.toContain("stage.returned");
    expect(digest).toEqual(
      notificationKinds.values.filter((k) => k === "stage.approved" || defaultDelivery(k) === "digest"),
    );
    expect(kindsToTurnOff(ALL_KINDS, none)).toEqual([...notificationKinds.values]);
  });

  it("says what will stop, and what has stopped", () => {
    expect(unsubscribeWording("problem.endorsed")).toEqual({
      ask: "Stop emails about: Someone endorsed your problem",
      done: "No more emails about: Someone endorsed your problem.",
    });
    expect(unsubscribeWording(ALL_KINDS)).toEqual({
      ask: "Stop all notification emails from Hackpath",
      done: "No more notification emails from Hackpath.",
    });
    expect(unsubscribeWording("digest")).toEqual({
      ask: "Stop the daily digest: the kinds of notification it carries are turned off",
      done: "No more daily digest: the kinds of notification it carried are turned off.",
    });
  });
});

describe("the reason line", () => {
  it("says why, in a sentence, with the settings link", () => {
    expect(notificationEmailReason("mentorship.requested", "https://hackpath.example/settings/notifications")).toBe(
      "You get this because a team asked you to mentor their project. Choose which emails you get in your settings: https://hackpath.example/settings/notifications",
    );
  });
});
