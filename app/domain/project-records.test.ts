import { describe, expect, it } from "vitest";
import type { ProjectStanding } from "./pipeline";
import {
  dataUsePublishRefusal,
  formatDataUseStatement,
  lawfulBasisKey,
  lawfulBasisText,
  outcomeChangeRefusal,
  parseDataUseStatement,
  pilotDatesRefusal,
  pilotStatusOptions,
  pilotStatusRefusal,
  recordsWriteRefusal,
  storyPublishRefusal,
  storyUnpublishRefusal,
} from "./project-records";

const stranger: ProjectStanding = { isMember: false, isLead: false, isOrganiser: false, mentorAreas: [] };
const member: ProjectStanding = { ...stranger, isMember: true };
const organiser: ProjectStanding = { ...stranger, isOrganiser: true };
const story = { title: "Fewer missed foot checks", body: "The practice now catches ulcers early." };

describe("recordsWriteRefusal", () => {
  it("lets the team write while the project is active or paused", () => {
    expect(recordsWriteRefusal(member, { state: "active" })).toBeUndefined();
    expect(recordsWriteRefusal(member, { state: "paused" })).toBeUndefined();
  });

  it("refuses people outside the team, organisers included, and an archived project", () => {
    expect(recordsWriteRefusal(stranger, { state: "active" })).toEqual({
      ok: false,
      status: 403,
      message: "Only the project's team can do that.",
    });
    expect(recordsWriteRefusal(organiser, { state: "active" })?.status).toBe(403);
    expect(recordsWriteRefusal(member, { state: "archived" })).toEqual({
      ok: false,
      status: 409,
      message: "This project is archived. Resume it to record pilots, outcomes or its data use.",
    });
  });
});

describe("outcomeChangeRefusal", () => {
  it("lets the team change an unpublished outcome and keeps a published story's figures fixed", () => {
    expect(outcomeChangeRefusal(member, { state: "active" }, { published: false })).toBeUndefined();
    expect(outcomeChangeRefusal(member, { state: "active" }, { published: true })?.status).toBe(409);
    expect(outcomeChangeRefusal(stranger, { state: "active" }, { published: false })?.status).toBe(403);
  });
});

describe("storyPublishRefusal", () => {
  it("lets an organiser publish a submitted project's outcome with a title and body", () => {
    expect(storyPublishRefusal(organiser, { submitted: true }, story)).toBeUndefined();
  });

  it("refuses the team, an unsubmitted project and a story without words", () => {
    expect(storyPublishRefusal({ ...member, isLead: true }, { submitted: true }, story)).toEqual({
      ok: false,
      status: 403,
      message: "Only organisers publish and withdraw success stories.",
    });
    expect(storyPublishRefusal(organiser, { submitted: false }, story)).toEqual({
      ok: false,
      status: 409,
      message: "Only a submitted project's outcomes can be published as stories.",
    });
    expect(storyPublishRefusal(organiser, { submitted: true }, { ...story, title: "  " })).toEqual({
      ok: false,
      status: 400,
      message: "Give the story a title",
      field: "storyTitle",
    });
    expect(storyPublishRefusal(organiser, { submitted: true }, { ...story, body: null })?.field).toBe("storyBody");
  });
});

describe("storyUnpublishRefusal", () => {
  it("lets an organiser withdraw a published story only", () => {
    expect(storyUnpublishRefusal(organiser, { published: true })).toBeUndefined();
    expect(storyUnpublishRefusal(organiser, { published: false })?.status).toBe(409);
    expect(storyUnpublishRefusal(member, { published: true })?.status).toBe(403);
  });
});

describe("pilot status", () => {
  it("moves planned → live → completed | stopped, and planned → stopped", () => {
    expect(pilotStatusOptions("planned")).toEqual(["planned", "live", "stopped"]);
    expect(pilotStatusOptions("live")).toEqual(["live", "completed", "stopped"]);
    expect(pilotStatusOptions("completed")).toEqual(["completed"]);
    for (const [from, to] of [
      ["planned", "live"],
      ["planned", "stopped"],
      ["live", "completed"],
      ["live", "stopped"],
      ["live", "live"],
    ] as const)
      expect(pilotStatusRefusal(from, to), `${from} → ${to}`).toBeUndefined();
  });

  it("refuses skipping, going back and leaving a finished pilot", () => {
    expect(pilotStatusRefusal("planned", "completed")).toEqual({
      ok: false,
      status: 409,
      message: "A planned pilot can become live or stopped, not completed.",
      field: "status",
    });
    expect(pilotStatusRefusal("live", "planned")?.message).toBe(
      "A live pilot can become completed or stopped, not planned.",
    );
    expect(pilotStatusRefusal("stopped", "live")?.message).toBe(
      "This pilot is stopped: its status cannot change any more.",
    );
  });

  it("wants the end on or after the start, and allows either to be unknown", () => {
    expect(pilotDatesRefusal({ startsOn: "2026-01-05", endsOn: "2026-01-05" })).toBeUndefined();
    expect(pilotDatesRefusal({ startsOn: null, endsOn: "2026-01-05" })).toBeUndefined();
    expect(pilotDatesRefusal({ startsOn: "2026-02-01", endsOn: "2026-01-31" })).toEqual({
      ok: false,
      status: 400,
      message: "The end date must be on or after the start date",
      field: "endsOn",
    });
  });
});

describe("the data-use statement", () => {
  const text = {
    whatData: "Your name and NHS number.",
    why: "So the record is about you.\n\nAnd nobody else.",
    whoSees: "Your care team.",
    howLong: "Eight years, as NHS records rules say.",
  };

  it("is stored as headed paragraphs and read back into its parts", () => {
    const stored = formatDataUseStatement(text);
    expect(stored).toBe(
      "What data\nYour name and NHS number.\n\nWhy\nSo the record is about you.\n\nAnd nobody else.\n\nWho sees it\nYour care team.\n\nHow long it is kept\nEight years, as NHS records rules say.",
    );
    expect(parseDataUseStatement(stored)).toEqual(text);
  });

  it("leaves out unwritten parts, and reads older free text as what data", () => {
    expect(formatDataUseStatement({ ...text, why: " ", whoSees: "" })).toBe(
      "What data\nYour name and NHS number.\n\nHow long it is kept\nEight years, as NHS records rules say.",
    );
    expect(parseDataUseStatement("This prototype uses only synthetic data.")).toEqual({
      whatData: "This prototype uses only synthetic data.",
      why: "",
      whoSees: "",
      howLong: "",
    });
  });

  it("publishes only with every part and a basis from the list", () => {
    expect(dataUsePublishRefusal({ ...text, lawfulBasis: "public_task" })).toBeUndefined();
    expect(dataUsePublishRefusal({ ...text, howLong: "", lawfulBasis: "public_task" })).toEqual({
      ok: false,
      status: 400,
      message: "Say how long the data is kept",
      field: "howLong",
    });
    expect(dataUsePublishRefusal({ ...text, lawfulBasis: "because" })?.field).toBe("lawfulBasis");
  });

  it("reads a basis key, or the article older free text cites", () => {
    expect(lawfulBasisKey("consent")).toBe("consent");
    expect(lawfulBasisKey("UK GDPR Article 6(1)(e) (a task in the public interest)")).toBe("public_task");
    expect(lawfulBasisKey("We asked nicely")).toBeNull();
    expect(lawfulBasisText("legitimate_interests")).toBe("Legitimate interests (UK GDPR Article 6(1)(f))");
    expect(lawfulBasisText("We asked nicely")).toBe("We asked nicely");
  });
});
