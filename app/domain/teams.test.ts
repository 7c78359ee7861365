import { describe, expect, it } from "vitest";
import { joinTeamRefusal, MAX_TEAM_SIZE, startProjectRefusal, teamChangeRefusal } from "./teams";

const free = { registered: true, teamAtHackDay: null };

describe("startProjectRefusal", () => {
  it("allows a registered person with no team while the hack day is open or live", () => {
    expect(startProjectRefusal("open", free)).toBeUndefined();
    expect(startProjectRefusal("live", free)).toBeUndefined();
  });

  it("refuses, in the order a person would fix things", () => {
    expect(startProjectRefusal("judging", { registered: false, teamAtHackDay: null })).toEqual({
      ok: false,
      status: 409,
      message: "Projects can be started only while the hack day is open or live.",
    });
    expect(startProjectRefusal("live", { registered: false, teamAtHackDay: null })).toEqual({
      ok: false,
      status: 403,
      message: "Register for this hack day (and have a confirmed place) before you start a project.",
    });
    expect(
      startProjectRefusal("live", { registered: true, teamAtHackDay: { name: "Foot check", status: "active" } })
        ?.message,
    ).toBe("You are already on the team “Foot check” at this hack day. A person can be on one team per hack day.");
    expect(
      startProjectRefusal("live", { registered: true, teamAtHackDay: { name: "Foot check", status: "requested" } })
        ?.message,
    ).toBe("You have asked to join “Foot check”. Withdraw that request before starting your own project.");
  });
});

describe("joinTeamRefusal", () => {
  const base = { hackDayStatus: "live" as const, membership: null, standing: free, activeMembers: 3 };

  it("allows a free, registered person to ask a team with room", () => {
    expect(joinTeamRefusal(base)).toBeUndefined();
    // Outside a hack day there is nothing to register for.
    expect(joinTeamRefusal({ ...base, hackDayStatus: null, standing: null })).toBeUndefined();
  });

  it("refuses closed teams, members, the unregistered, people on another team and full teams", () => {
    const message = (over: Partial<Parameters<typeof joinTeamRefusal>[0]>) =>
      joinTeamRefusal({ ...base, ...over })?.message;
    expect(message({ hackDayStatus: "judging" })).toBe("Teams at this hack day can no longer change.");
    expect(message({ membership: "active" })).toBe("You are already on this team.");
    expect(message({ membership: "requested" })).toBe("You have already asked to join this team.");
    expect(message({ standing: { registered: false, teamAtHackDay: null } })).toBe(
      "Register for this hack day (and have a confirmed place) before you ask to join a team.",
    );
    expect(message({ standing: { registered: true, teamAtHackDay: { name: "BP Diary", status: "requested" } } })).toBe(
      "You have asked to join “BP Diary”. Withdraw that request before asking another team.",
    );
    expect(message({ activeMembers: MAX_TEAM_SIZE })).toBe("This team is full: teams have at most 8 people.");
  });
});

describe("teamChangeRefusal", () => {
  it("lets teams change outside hack days and while open or live only", () => {
    expect(
      [null, "open", "live", "judging", "results_published"].map((s) => teamChangeRefusal(s as never)?.status),
    ).toEqual([undefined, undefined, undefined, 409, 409]);
  });
});
