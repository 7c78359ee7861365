import { describe, expect, it } from "vitest";
import {
  declineInterestRefusal,
  funderMoves,
  fundingAccess,
  fundingSettingsRefusal,
  isOpenInterest,
  isTrustOrCareProvider,
  planPilotRefusal,
  registerInterestRefusal,
  showsHasBackers,
  updateInterestRefusal,
} from "./funding";
import { refuse } from "./refusal";
import { funderKinds, fundingStatuses, type FundingStatus } from "./taxonomy";

describe("registering interest", () => {
  const register = (extra: Partial<Parameters<typeof registerInterestRefusal>[0]>) =>
    registerInterestRefusal({
      funder: { isFunder: true, profileKind: "charity" },
      project: { submitted: true, state: "active" },
      isMemberOfProject: false,
      current: null,
      ...extra,
    });

  it("lets a funder with a profile register on a public, active project they are not on", () => {
    expect(register({})).toBeUndefined();
  });

  it("needs the funder role and a funder profile", () => {
    expect(register({ funder: { isFunder: false, profileKind: "charity" } })).toEqual(
      refuse(403, "Add the funder role in settings to register interest in a project."),
    );
    expect(register({ funder: { isFunder: true, profileKind: null } })).toEqual(
      refuse(403, "Fill in your funder profile in settings first, so the team knows who you are."),
    );
  });

  it("is a 404 on a project not yet submitted and a 409 on a paused or archived one", () => {
    expect(register({ project: { submitted: false, state: "active" } })?.status).toBe(404);
    expect(register({ project: { submitted: true, state: "paused" } })).toEqual(
      refuse(409, "This project is paused or archived, so it is not looking for funding."),
    );
    expect(register({ project: { submitted: true, state: "archived" } })?.status).toBe(409);
  });

  it("refuses the project's own team", () => {
    expect(register({ isMemberOfProject: true })).toEqual(refuse(409, "You are on this project's team."));
  });

  it("allows one open interest per funder and project, and a new one after a declined or withdrawn one", () => {
    for (const current of ["interested", "in_discussion", "committed"] as const)
      expect(register({ current })).toEqual(
        refuse(409, "You have registered interest in this project already. Update it instead."),
      );
    expect(register({ current: "declined" })).toBeUndefined();
    expect(register({ current: "withdrawn" })).toBeUndefined();
  });
});

describe("the funder's moves", () => {
  const move = (from: FundingStatus, to: FundingStatus, kind: "grant" | null = "grant", isOwnInterest = true) =>
    updateInterestRefusal({ isOwnInterest, from, to, kind });

  it("goes interested → in discussion | committed | withdrawn; in discussion → committed | withdrawn; committed → withdrawn", () => {
    expect(funderMoves("interested")).toEqual(["in_discussion", "committed", "withdrawn"]);
    expect(funderMoves("in_discussion")).toEqual(["committed", "withdrawn"]);
    expect(funderMoves("committed")).toEqual(["withdrawn"]);
    expect(funderMoves("declined")).toEqual([]);
    expect(funderMoves("withdrawn")).toEqual([]);
    const allowed: [FundingStatus, FundingStatus][] = [
      ["interested", "in_discussion"],
      ["interested", "committed"],
      ["interested", "withdrawn"],
      ["in_discussion", "committed"],
      ["in_discussion", "withdrawn"],
      ["committed", "withdrawn"],
    ];
    for (const [from, to] of allowed) expect(move(from, to), `${from} → ${to}`).toBeUndefined();
  });

  it("never goes back, and never to declined (the team declines)", () => {
    expect(move("in_discussion", "interested")).toEqual(
      refuse(409, "An interest that is in discussion cannot go back to interested.", "status"),
    );
    expect(move("committed", "in_discussion")).toEqual(
      refuse(409, "An interest that is committed cannot go back to in discussion.", "status"),
    );
    expect(move("committed", "interested")?.status).toBe(409);
    for (const from of ["interested", "in_discussion", "committed"] as const)
      expect(move(from, "declined")?.status, from).toBe(409);
  });

  it("keeps declined and withdrawn closed: registering again reopens them", () => {
    expect(move("declined", "interested")).toEqual(
      refuse(409, "This interest is declined. Register interest again to reopen it."),
    );
    expect(move("withdrawn", "committed")).toEqual(
      refuse(409, "This interest is withdrawn. Register interest again to reopen it."),
    );
    expect(move("withdrawn", "withdrawn")?.status).toBe(409);
  });

  it("lets the funder edit an open interest without moving it", () => {
    for (const status of ["interested", "in_discussion", "committed"] as const)
      expect(move(status, status), status).toBeUndefined();
    expect(move("interested", "interested", null)).toBeUndefined();
  });

  it("needs a kind to commit, and to stay committed", () => {
    const noKind = refuse(
      400,
      "Choose what you are committing: a grant, an investment, a pilot site or help in kind",
      "kind",
    );
    expect(move("interested", "committed", null)).toEqual(noKind);
    expect(move("in_discussion", "committed", null)).toEqual(noKind);
    expect(move("committed", "committed", null)).toEqual(noKind);
    expect(move("committed", "withdrawn", null)).toBeUndefined();
  });

  it("is the funder's alone", () => {
    expect(move("interested", "in_discussion", "grant", false)).toEqual(
      refuse(403, "Only the funder who registered this interest can change it."),
    );
  });

  it("counts interested, in discussion and committed as open", () => {
    expect(fundingStatuses.values.filter(isOpenInterest)).toEqual(["interested", "in_discussion", "committed"]);
  });
});

describe("the team declining", () => {
  it("lets any team member decline an open interest, with a reason", () => {
    for (const status of ["interested", "in_discussion", "committed"] as const)
      expect(declineInterestRefusal({ isMember: true, status, reason: "We have the funding we need" })).toBeUndefined();
  });

  it("refuses people outside the team (organisers included), closed interests and an empty reason", () => {
    expect(declineInterestRefusal({ isMember: false, status: "interested", reason: "No" })).toEqual(
      refuse(403, "Only the project's team can decline a funder's interest."),
    );
    expect(declineInterestRefusal({ isMember: true, status: "declined", reason: "Again" })).toEqual(
      refuse(409, "This interest is already closed."),
    );
    expect(declineInterestRefusal({ isMember: true, status: "withdrawn", reason: "Again" })?.status).toBe(409);
    expect(declineInterestRefusal({ isMember: true, status: "interested", reason: "   " })).toEqual(
      refuse(400, "Say why you are declining: the funder reads it", "reason"),
    );
  });
});

describe("planning a pilot from an offer", () => {
  const plan = (extra: Partial<Parameters<typeof planPilotRefusal>[0]>) =>
    planPilotRefusal({
      recordsRefusal: undefined,
      interest: { status: "committed", kind: "pilot_site" },
      funderKind: "care_provider",
      alreadyPlanned: false,
      ...extra,
    });

  it("counts care providers and NHS trust innovation funds as trusts or care providers, nobody else", () => {
    expect(funderKinds.values.filter(isTrustOrCareProvider)).toEqual(["nhs_trust_fund", "care_provider"]);
    expect(isTrustOrCareProvider(null)).toBe(false);
  });

  it("turns a committed pilot-site offer from a trust or care provider into a pilot, once", () => {
    expect(plan({})).toBeUndefined();
    expect(plan({ funderKind: "nhs_trust_fund" })).toBeUndefined();
    expect(plan({ alreadyPlanned: true })).toEqual(refuse(409, "A pilot has already been planned from this offer."));
  });

  it("refuses what is not a committed pilot-site offer", () => {
    const notOffer = refuse(409, "Only a committed pilot-site offer can become a planned pilot.");
    expect(plan({ interest: { status: "in_discussion", kind: "pilot_site" } })).toEqual(notOffer);
    expect(plan({ interest: { status: "committed", kind: "grant" } })).toEqual(notOffer);
    expect(plan({ interest: { status: "withdrawn", kind: "pilot_site" } })).toEqual(notOffer);
  });

  it("refuses a pilot site from a funder who is not a trust or care provider", () => {
    expect(plan({ funderKind: "corporate" })).toEqual(
      refuse(
        409,
        "Only a trust or care provider's pilot-site offer becomes a pilot in one step. Add this pilot on the pilots page.",
      ),
    );
    expect(plan({ funderKind: null })?.status).toBe(409);
  });

  it("asks the pilots rule who may write the team's pilots first", () => {
    const notTeam = refuse(403, "Only the project's team can do that.");
    expect(plan({ recordsRefusal: notTeam, alreadyPlanned: true })).toBe(notTeam);
  });
});

describe("who sees what", () => {
  it("gives the team, organisers and admins every interest; a funder their own; anyone else nothing", () => {
    expect(fundingAccess({ isMember: true, isOrganiser: false, isFunder: false })).toBe("team");
    expect(fundingAccess({ isMember: false, isOrganiser: true, isFunder: false })).toBe("team");
    expect(fundingAccess({ isMember: true, isOrganiser: false, isFunder: true })).toBe("team");
    expect(fundingAccess({ isMember: false, isOrganiser: false, isFunder: true })).toBe("funder");
    expect(fundingAccess({ isMember: false, isOrganiser: false, isFunder: false })).toBeNull();
  });

  it("says 'Has backers' only when the team turned it on and someone has committed", () => {
    expect(showsHasBackers({ showsBackers: true, anyCommitted: true })).toBe(true);
    expect(showsHasBackers({ showsBackers: true, anyCommitted: false })).toBe(false);
    expect(showsHasBackers({ showsBackers: false, anyCommitted: true })).toBe(false);
  });

  it("leaves the funding settings to the team lead", () => {
    expect(fundingSettingsRefusal({ isLead: true })).toBeUndefined();
    expect(fundingSettingsRefusal({ isLead: false })).toEqual(
      refuse(403, "Only the team lead can change how the project shows its funding."),
    );
  });
});
