import { describe, expect, it } from "vitest";
import { csvRow } from "./csv";
import {
  exportFilename,
  exportRefusal,
  nextGateProgress,
  projectExportColumns,
  registrantExportColumns,
  registrantsExportRefusal,
  resultExportColumns,
  resultsExportRefusal,
  type ProjectExportRow,
} from "./exports";

const organiser = { id: 1, roles: ["organiser" as const] };
const otherOrganiser = { id: 2, roles: ["organiser" as const] };
const admin = { id: 3, roles: ["admin" as const] };
const clinician = { id: 4, roles: ["clinician" as const] };
const noFacts = {
  hasClinician: false,
  problemLinked: false,
  activeMentors: 0,
  dataUsePublished: false,
  storiesPublished: 0,
};

describe("who may download exports", () => {
  it("lets organisers and admins in and refuses everyone else with a 403", () => {
    expect(exportRefusal(organiser)).toBeUndefined();
    expect(exportRefusal(admin)).toBeUndefined();
    expect(exportRefusal(clinician)).toEqual({
      ok: false,
      status: 403,
      message: "Only organisers can download exports.",
    });
    expect(exportRefusal(null)?.status).toBe(403);
  });

  it("gives a hack day's registrants only to its organiser and admins", () => {
    const hackDay = { organiserId: 1, status: "open" as const };
    expect(registrantsExportRefusal(organiser, hackDay)).toBeUndefined();
    expect(registrantsExportRefusal(admin, hackDay)).toBeUndefined();
    expect(registrantsExportRefusal(otherOrganiser, hackDay)).toEqual({
      ok: false,
      status: 403,
      message: "Only this hack day's organiser, or an admin, can download its registrants.",
    });
    expect(registrantsExportRefusal(clinician, hackDay)?.message).toBe("Only organisers can download exports.");
  });

  it("gives results only once they are published (409 before)", () => {
    for (const status of ["draft", "open", "live", "judging"] as const)
      expect(resultsExportRefusal(otherOrganiser, { status })?.status, status).toBe(409);
    expect(resultsExportRefusal(otherOrganiser, { status: "results_published" })).toBeUndefined();
    expect(resultsExportRefusal(otherOrganiser, { status: "archived" })).toBeUndefined();
    expect(resultsExportRefusal(clinician, { status: "results_published" })?.status).toBe(403);
  });
});

describe("export files", () => {
  it("names a file after what it holds and the UK day it was made", () => {
    expect(exportFilename(["problems"], new Date("2026-03-14T10:00:00Z"))).toBe("hackpath-problems-2026-03-14.csv");
    expect(exportFilename(["NHS Hack Day: Leeds!", "registrants"], new Date("2026-06-14T23:30:00Z"))).toBe(
      "hackpath-nhs-hack-day-leeds-registrants-2026-06-15.csv",
    );
  });

  it("counts a project's progress through its next gate, derived items included", () => {
    expect(
      nextGateProgress(
        "prototype",
        { working_demo: { status: "met", verified: false } },
        { ...noFacts, problemLinked: true },
      ),
    ).toEqual({ next: "validation", done: 2, total: 4, requiredOpen: 2 });
    expect(nextGateProgress("adopted", {}, noFacts)).toEqual({ next: null, done: 0, total: 0, requiredOpen: 0 });
  });

  it("writes a project's stage and gate progress in words and numbers", () => {
    const row: ProjectExportRow = {
      id: 7,
      name: "FootPath",
      tagline: "=cmd",
      problemId: 12,
      problemTitle: "Foot checks",
      hackDayName: null,
      leadName: "Sam Whitfield",
      teamSize: 3,
      stage: "prototype",
      state: "active",
      archiveReason: null,
      stateReason: null,
      careSetting: "primary_care",
      specialty: null,
      activeMentors: 0,
      storiesPublished: 0,
      submittedAt: new Date("2026-03-14T15:00:00Z"),
      stageEnteredAt: new Date("2026-03-14T15:00:00Z"),
      lastActivityAt: new Date("2026-03-14T15:00:00Z"),
      gate: { next: "validation", done: 2, total: 4, requiredOpen: 2 },
    };
    const columns = projectExportColumns("https://hackpath.example/", new Date("2026-09-01T00:00:00Z"));
    const cells = Object.fromEntries(columns.map((c, i) => [c.header, csvRow(columns, row)[i]]));
    expect(cells).toMatchObject({
      Address: "https://hackpath.example/projects/7-footpath",
      Tagline: "'=cmd",
      Stage: "Prototype",
      State: "Active",
      "Next stage": "Validation",
      "Next gate: items done": "2",
      "Next gate: items": "4",
      "Next gate: progress": "2 of 4 items done",
      "Next gate: required items open": "2",
      "Care setting": "Primary care",
      Specialty: "",
      "Submitted on": "2026-03-14 15:00",
      Stalled: "Yes",
    });
  });

  it("writes registrants without any email address, roles in a fixed order", () => {
    const columns = registrantExportColumns();
    expect(columns.map((c) => c.header)).toEqual([
      "Name",
      "Organisation",
      "Roles",
      "Status",
      "Waiting list place",
      "Registered on",
      "Team",
    ]);
    expect(
      csvRow(columns, {
        name: "Dr Priya Raman",
        organisation: "Leeds Teaching Hospitals",
        roles: ["mentor", "clinician"],
        status: "waitlisted",
        position: 2,
        registeredAt: new Date("2026-03-01T09:00:00Z"),
        team: null,
      }),
    ).toEqual([
      "Dr Priya Raman",
      "Leeds Teaching Hospitals",
      "Clinician; Mentor",
      "Waiting list",
      "2",
      "2026-03-01 09:00",
      "",
    ]);
  });

  it("writes results with each criterion's mean to two places and the awards", () => {
    const columns = resultExportColumns("https://hackpath.example", [
      { id: 10, name: "The demo", weight: 20 },
      { id: 11, name: "Impact", weight: 30 },
    ]);
    expect(columns.map((c) => c.header)).toEqual([
      "Rank",
      "Project",
      "Address",
      "Weighted mean (1 to 5)",
      "Judges",
      "The demo (weight 20): mean",
      "Impact (weight 30): mean",
      "Awards",
    ]);
    expect(
      csvRow(columns, {
        rank: 1,
        projectId: 7,
        name: "FootPath",
        weightedMean: 4.3333333,
        judgeCount: 3,
        criterionMeans: { 10: 4.5, 11: null },
        awards: ["Best in show", "People's choice"],
      }),
    ).toEqual([
      "1",
      "FootPath",
      "https://hackpath.example/projects/7-footpath",
      "4.33",
      "3",
      "4.5",
      "",
      "Best in show; People's choice",
    ]);
  });
});
