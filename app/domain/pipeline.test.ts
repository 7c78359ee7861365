import { describe, expect, it } from "vitest";
import { gateItem } from "./gates";
import {
  approveRefusal,
  gateEditRefusal,
  gateEvidenceRefusal,
  gateVerifyRefusal,
  moveBackRefusal,
  overrideRefusal,
  returnRefusal,
  reviewQueueRefusal,
  seesPrivateEvidence,
  stageRequestRefusal,
  stateChangeRefusal,
  withdrawRequestRefusal,
  type PipelinePosition,
  type ProjectStanding,
} from "./pipeline";

const nobody: ProjectStanding = { isMember: false, isLead: false, isOrganiser: false, mentorAreas: [] };
const member: ProjectStanding = { ...nobody, isMember: true };
const lead: ProjectStanding = { ...member, isLead: true };
const organiser: ProjectStanding = { ...nobody, isOrganiser: true };
const safetyMentor: ProjectStanding = { ...nobody, mentorAreas: ["clinical_safety"] };
const active: PipelinePosition = { stage: "prototype", state: "active", submitted: true };
const demo = gateItem("working_demo")!;
const c1 = gateItem("dtac_c1_clinical_safety")!;

describe("gate work", () => {
  it("lets the team edit unless the project is archived", () => {
    expect(gateEditRefusal(member, active)).toBeUndefined();
    expect(gateEditRefusal(nobody, active)?.status).toBe(403);
    expect(gateEditRefusal(organiser, active)?.status).toBe(403);
    expect(gateEditRefusal(member, { ...active, state: "archived" })?.status).toBe(409);
    expect(gateEditRefusal(member, { ...active, state: "paused" })).toBeUndefined();
  });

  it("asks for the evidence the item names", () => {
    const base = { evidence: "", notApplicableReason: "" };
    expect(gateEvidenceRefusal(demo, { ...base, status: "in_progress" }, 0)).toBeUndefined();
    expect(gateEvidenceRefusal(demo, { ...base, status: "met", evidence: "a demo" }, 0)?.field).toBe("evidence");
    expect(gateEvidenceRefusal(demo, { ...base, status: "met", evidence: "https://demo.example" }, 0)).toBeUndefined();
    expect(gateEvidenceRefusal(c1, { ...base, status: "met" }, 0)?.field).toBe("evidence");
    expect(gateEvidenceRefusal(c1, { ...base, status: "met" }, 1)).toBeUndefined();
    const mhra = gateItem("mhra_device_class")!;
    expect(gateEvidenceRefusal(mhra, { ...base, status: "met", evidence: "No clinical decision" }, 0)?.field).toBe(
      "choice",
    );
    expect(
      gateEvidenceRefusal(
        mhra,
        { status: "met", evidence: "No clinical decision", choice: "class_i", notApplicableReason: "" },
        0,
      ),
    ).toBeUndefined();
    expect(gateEvidenceRefusal(mhra, { ...base, status: "in_progress", choice: "class_x" }, 0)?.field).toBe("choice");
    expect(gateEvidenceRefusal(demo, { ...base, status: "not_applicable", notApplicableReason: "n/a" }, 0)?.field).toBe(
      "notApplicableReason",
    );
    expect(
      gateEvidenceRefusal(demo, { ...base, status: "not_applicable", notApplicableReason: "There is no UI at all" }, 0),
    ).toBeUndefined();
    expect(gateEvidenceRefusal(gateItem("problem_linked")!, { ...base, status: "met" }, 0)?.status).toBe(409);
  });

  it("lets an active mentor with the expertise, or an organiser, verify a settled item once", () => {
    const settled = { settled: true, verified: false };
    expect(gateVerifyRefusal(c1, safetyMentor, settled)).toBeUndefined();
    expect(gateVerifyRefusal(c1, organiser, settled)).toBeUndefined();
    expect(gateVerifyRefusal(c1, { ...nobody, mentorAreas: ["regulation"] }, settled)?.status).toBe(403);
    expect(gateVerifyRefusal(c1, { ...member, mentorAreas: ["clinical_safety"] }, settled)?.status).toBe(403);
    expect(gateVerifyRefusal(c1, safetyMentor, { settled: false, verified: false })?.status).toBe(409);
    expect(gateVerifyRefusal(c1, safetyMentor, { settled: true, verified: true })?.status).toBe(409);
    expect(gateVerifyRefusal(demo, organiser, settled)?.status).toBe(409);
  });

  it("shows private evidence to the team, the project's mentors and organisers", () => {
    expect([member, organiser, safetyMentor, nobody].map(seesPrivateEvidence)).toEqual([true, true, true, false]);
  });
});

describe("stage moves", () => {
  const unmet = [demo];
  it("lets the lead ask when nothing required is unmet and nothing is pending", () => {
    const ask = (extra: Partial<Parameters<typeof stageRequestRefusal>[0]>) =>
      stageRequestRefusal({ standing: lead, project: active, pending: false, unmet: [], ...extra });
    expect(ask({})).toBeUndefined();
    expect(ask({ standing: member })?.status).toBe(403);
    expect(ask({ project: { ...active, submitted: false } })?.status).toBe(409);
    expect(ask({ project: { ...active, state: "paused" } })?.status).toBe(409);
    expect(ask({ project: { ...active, stage: "adopted" } })?.message).toBe(
      "This project has reached the end of the pipeline.",
    );
    expect(ask({ pending: true })?.status).toBe(409);
    expect(ask({ unmet })?.message).toBe("To enter validation, 1 required item is not met yet: A working demo exists.");
    expect(withdrawRequestRefusal(lead, true)).toBeUndefined();
    expect(withdrawRequestRefusal(member, true)?.status).toBe(403);
    expect(withdrawRequestRefusal(lead, false)?.status).toBe(409);
  });

  it("lets organisers approve a pending request for a project still where it was, with nothing unmet", () => {
    const request = { status: "pending" as const, fromStage: "prototype" as const };
    const approve = (extra: Partial<Parameters<typeof approveRefusal>[0]>) =>
      approveRefusal({ standing: organiser, request, project: active, unmet: [], ...extra });
    expect(approve({})).toBeUndefined();
    expect(approve({ standing: lead })?.status).toBe(403);
    expect(approve({ request: { ...request, status: "returned" } })?.status).toBe(409);
    expect(approve({ project: { ...active, stage: "validation" } })?.status).toBe(409);
    expect(approve({ project: { ...active, state: "paused" } })?.status).toBe(409);
    expect(approve({ unmet })?.message).toBe(
      "1 required item is not met yet: A working demo exists. Return the request, or move the project on by override with a reason.",
    );
    expect(returnRefusal(organiser, request)).toBeUndefined();
    expect(returnRefusal(lead, request)?.status).toBe(403);
    expect(reviewQueueRefusal(organiser)).toBeUndefined();
    expect(reviewQueueRefusal(lead)?.status).toBe(403);
  });

  it("lets organisers override, and the lead or an organiser move back, pause, resume and archive", () => {
    expect(overrideRefusal(organiser, active)).toBeUndefined();
    expect(overrideRefusal(lead, active)?.status).toBe(403);
    expect(overrideRefusal(organiser, { ...active, stage: "adopted" })?.status).toBe(409);
    expect(moveBackRefusal(lead, { ...active, stage: "pilot" })).toBeUndefined();
    expect(moveBackRefusal(member, { ...active, stage: "pilot" })?.status).toBe(403);
    expect(moveBackRefusal(organiser, active)?.status).toBe(409);
    expect(stateChangeRefusal("pause", lead, active)).toBeUndefined();
    expect(stateChangeRefusal("pause", member, active)?.status).toBe(403);
    expect(stateChangeRefusal("resume", lead, active)?.status).toBe(409);
    expect(stateChangeRefusal("resume", organiser, { ...active, state: "archived" })).toBeUndefined();
    expect(stateChangeRefusal("archive", lead, { ...active, state: "archived" })?.status).toBe(409);
  });
});
