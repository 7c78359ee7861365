import { describe, expect, it } from "vitest";
import {
  adminUserAuditPath,
  adminUserPath,
  apiProblemPath,
  apiProjectPath,
  funderPath,
  hackDayAwardsPath,
  hackDayCalendarPath,
  hackDayEditPath,
  hackDayFeedbackPath,
  hackDayJudgingPath,
  hackDayNewProjectPath,
  hackDayPath,
  hackDayResultsPath,
  hackDayScoreSheetPath,
  hackDaySetupPath,
  mentorPath,
  problemCommentPath,
  problemEditPath,
  problemPath,
  problemProjectsPath,
  projectPath,
  projectSubmissionPath,
  projectTeamPath,
  screenshotPath,
} from "./paths";

const problem = { id: 12, title: "Diabetic foot checks — missed between services!" };
const project = { id: 7, name: "FootPath" };
const hackDay = { id: 3, name: "Winter Hack Day 2025" };

describe("page addresses", () => {
  it("gives problems an id-slug address, its edit form, comments and projects", () => {
    expect(problemPath(problem)).toBe("/problems/12-diabetic-foot-checks-missed-between-services");
    expect(problemEditPath(problem)).toBe("/problems/12-diabetic-foot-checks-missed-between-services/edit");
    expect(problemCommentPath(problem, 40)).toBe(
      "/problems/12-diabetic-foot-checks-missed-between-services#comment-40",
    );
    expect(problemProjectsPath(problem)).toBe(
      "/problems/12-diabetic-foot-checks-missed-between-services#projects-heading",
    );
  });

  it("accepts a bare id where only the id is known", () => {
    expect(problemPath(12)).toBe("/problems/12");
    expect(problemCommentPath(12, 40)).toBe("/problems/12#comment-40");
    expect(projectPath(7)).toBe("/projects/7");
    expect(projectTeamPath(7)).toBe("/projects/7/team");
    expect(projectSubmissionPath(7)).toBe("/projects/7/submission");
  });

  it("gives projects an id-slug address and their team and submission pages", () => {
    expect(projectPath(project)).toBe("/projects/7-footpath");
    expect(projectTeamPath(project)).toBe("/projects/7-footpath/team");
    expect(projectSubmissionPath(project)).toBe("/projects/7-footpath/submission");
  });

  it("falls back to the id when a name has no letters or digits", () => {
    expect(projectPath({ id: 9, name: "—?!" })).toBe("/projects/9");
    expect(problemPath({ id: 5, title: "" })).toBe("/problems/5");
  });

  it("builds every hack day page from the hack day", () => {
    expect(hackDayPath(hackDay)).toBe("/hack-days/3-winter-hack-day-2025");
    expect(hackDayEditPath(hackDay)).toBe("/hack-days/3-winter-hack-day-2025/edit");
    expect(hackDayCalendarPath(hackDay)).toBe("/hack-days/3-winter-hack-day-2025/calendar.ics");
    expect(hackDayNewProjectPath(hackDay)).toBe("/hack-days/3-winter-hack-day-2025/projects/new");
    expect(hackDayNewProjectPath(hackDay, 12)).toBe("/hack-days/3-winter-hack-day-2025/projects/new?problem=12");
    expect(hackDayJudgingPath(hackDay)).toBe("/hack-days/3-winter-hack-day-2025/judging");
    expect(hackDayScoreSheetPath(hackDay, 7)).toBe("/hack-days/3-winter-hack-day-2025/judging/7");
    expect(hackDaySetupPath(hackDay)).toBe("/hack-days/3-winter-hack-day-2025/judging/setup");
    expect(hackDayAwardsPath(hackDay)).toBe("/hack-days/3-winter-hack-day-2025/judging/awards");
    expect(hackDayResultsPath(hackDay)).toBe("/hack-days/3-winter-hack-day-2025/results");
    expect(hackDayFeedbackPath(hackDay)).toBe("/hack-days/3-winter-hack-day-2025/feedback");
  });

  it("addresses people, files, the admin area and the API", () => {
    expect(mentorPath({ id: 4, name: "Dr Ángela O'Neill" })).toBe("/mentors/4-dr-angela-o-neill");
    expect(funderPath({ id: 2, name: "Health Innovation North" })).toBe("/funders/2-health-innovation-north");
    expect(screenshotPath("a1b2c3.png")).toBe("/screenshots/a1b2c3.png");
    expect(adminUserPath(31)).toBe("/admin/users/31");
    expect(adminUserAuditPath(31)).toBe("/admin/audit?user=31");
    expect(apiProblemPath(12)).toBe("/api/v1/problems/12");
    expect(apiProjectPath(7)).toBe("/api/v1/projects/7");
  });
});
