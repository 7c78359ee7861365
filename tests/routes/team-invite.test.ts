import { describe, expect, it } from "vitest";
import { loader } from "../../app/routes/projects_.$id_.team/route";
import { createHackDay, createProject, createUser } from "../factories";
import { makeRequest, run } from "../request";
import { outcome } from "./auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

type Invite = { url: string; places: number } | null;
const inviteFor = async (projectId: number, userId?: number) => {
  const page = await outcome(
    await run(async () =>
      loader({
        request: await makeRequest(`/projects/${projectId}/team`, { userId }),
        params: { id: String(projectId) },
        context: {},
      }),
    ),
  );
  return (page.data as { invite: Invite }).invite;
};

describe("inviting people to a team", () => {
  it("gives the team's members the team page's link and the places left, and nobody else", async () => {
    const hackDay = await createHackDay({ status: "open" });
    const member = await createUser({ roles: ["developer"] });
    const project = await createProject({ hackDayId: hackDay.id, members: [member.id], submittedAt: new Date() });
    const stranger = await createUser({ roles: ["developer"] });
    const expected = { url: `http://localhost:3000/projects/${project.id}/team`, places: 6 };
    expect(await inviteFor(project.id, project.leadId)).toEqual(expected);
    expect(await inviteFor(project.id, member.id)).toEqual(expected);
    expect(await inviteFor(project.id, stranger.id)).toBeNull();
    expect(await inviteFor(project.id)).toBeNull();
  });

  it("offers no link once the hack day's teams are closed", async () => {
    const hackDay = await createHackDay({ status: "judging" });
    const project = await createProject({ hackDayId: hackDay.id, submittedAt: new Date() });
    expect(await inviteFor(project.id, project.leadId)).toBeNull();
  });
});
