import { describe, expect, it } from "vitest";
import {
  acceptsEndorsements,
  canMoveStatus,
  isShortlistable,
  statusAfterReopen,
  statusFromProjects,
} from "./problem-status";
import { problemStatuses } from "./taxonomy";

describe("statusFromProjects", () => {
  it("is open with no projects", () => {
    expect(statusFromProjects("open", [])).toBe("open");
  });

  it("moves to in progress when a project takes the problem up", () => {
    expect(statusFromProjects("open", [{ stage: "prototype", state: "active" }])).toBe("in_progress");
    expect(statusFromProjects("open", [{ stage: "pilot_ready", state: "paused" }])).toBe("in_progress");
  });

  it("is solved when a project on it reaches pilot or a later stage", () => {
    expect(statusFromProjects("in_progress", [{ stage: "pilot", state: "active" }])).toBe("solved");
    expect(
      statusFromProjects("open", [
        { stage: "prototype", state: "active" },
        { stage: "adopted", state: "active" },
      ]),
    ).toBe("solved");
    expect(statusFromProjects("in_progress", [{ stage: "pilot_ready", state: "active" }])).toBe("in_progress");
  });

  it("ignores archived projects", () => {
    expect(statusFromProjects("in_progress", [{ stage: "prototype", state: "archived" }])).toBe("open");
    expect(
      statusFromProjects("solved", [
        { stage: "pilot", state: "archived" },
        { stage: "validation", state: "active" },
      ]),
    ).toBe("in_progress");
  });

  it("never overrides a closed or duplicate problem", () => {
    expect(statusFromProjects("closed", [{ stage: "pilot", state: "active" }])).toBe("closed");
    expect(statusFromProjects("duplicate", [{ stage: "prototype", state: "active" }])).toBe("duplicate");
  });

  it("goes back to in progress when the only pilot project moves back a stage", () => {
    expect(statusFromProjects("solved", [{ stage: "pilot_ready", state: "active" }])).toBe("in_progress");
  });
});

describe("canMoveStatus", () => {
  it("lets the author or an organiser close an open, in-progress or solved problem", () => {
    for (const from of ["open", "in_progress", "solved"] as const) {
      expect(canMoveStatus({ from, to: "closed", by: "author" })).toBe(true);
      expect(canMoveStatus({ from, to: "closed", by: "organiser" })).toBe(true);
    }
  });

  it("lets the author or an organiser reopen a closed problem", () => {
    expect(canMoveStatus({ from: "closed", to: "open", by: "author" })).toBe(true);
    expect(canMoveStatus({ from: "closed", to: "open", by: "organiser" })).toBe(true);
    expect(canMoveStatus({ from: "closed", to: "in_progress", by: "system" })).toBe(false);
  });

  it("keeps in progress and solved automatic", () => {
    expect(canMoveStatus({ from: "open", to: "in_progress", by: "author" })).toBe(false);
    expect(canMoveStatus({ from: "open", to: "solved", by: "organiser" })).toBe(false);
    expect(canMoveStatus({ from: "open", to: "in_progress", by: "system" })).toBe(true);
    expect(canMoveStatus({ from: "in_progress", to: "solved", by: "system" })).toBe(true);
  });

  it("only lets organisers mark a duplicate, and a duplicate never moves again", () => {
    expect(canMoveStatus({ from: "open", to: "duplicate", by: "organiser" })).toBe(true);
    expect(canMoveStatus({ from: "open", to: "duplicate", by: "author" })).toBe(false);
    for (const to of ["open", "in_progress", "solved", "closed"] as const) {
      for (const by of ["author", "organiser", "system"] as const)
        expect(canMoveStatus({ from: "duplicate", to, by })).toBe(false);
    }
  });

  it("refuses a move to the same status", () => {
    expect(canMoveStatus({ from: "closed", to: "closed", by: "organiser" })).toBe(false);
  });
});

describe("reopening and endorsing", () => {
  it("a reopened problem takes the status its projects give it", () => {
    expect(statusAfterReopen([])).toBe("open");
    expect(statusAfterReopen([{ stage: "pilot", state: "active" }])).toBe("solved");
  });

  it("closed and duplicate problems take no endorsements", () => {
    expect(acceptsEndorsements("open")).toBe(true);
    expect(acceptsEndorsements("solved")).toBe(true);
    expect(acceptsEndorsements("closed")).toBe(false);
    expect(acceptsEndorsements("duplicate")).toBe(false);
  });
});

describe("isShortlistable", () => {
  it("lets hack days take up open and in-progress problems only", () => {
    expect(problemStatuses.values.filter(isShortlistable)).toEqual(["open", "in_progress"]);
  });
});
