import { describe, expect, it } from "vitest";
import { getWriterDb } from "../../app/utils/db.server";
import { createProject, createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

// The calendar-date columns (a pilot's dates, an outcome's, a mentorship session's) hold only
// real dates in YYYY-MM-DD form. The forms' schemas check first; the database refuses the rest.
// Before migration 0009 the check was `date(x) = x`, which is NULL (so passes) for text that is
// not a date at all.
describe("date CHECKs on SQLite", () => {
  const insertPilot = async (startsOn: string | null) => {
    const lead = await createUser({ roles: ["developer"] });
    const project = await createProject({ leadId: lead.id });
    return () =>
      getWriterDb()
        .$client.prepare(
          "INSERT INTO pilots (project_id, organisation, starts_on) VALUES (?, 'Leeds Teaching Hospitals', ?)",
        )
        .run(project.id, startsOn);
  };

  it("accepts a real date, and no date", async () => {
    expect((await insertPilot("2027-02-28"))().changes).toBe(1);
    expect((await insertPilot(null))().changes).toBe(1);
  });

  it.each(["hello", "2027-2-28", "2027-02-30", "2027-13-01", "28/02/2027", ""])("refuses %j", async (value) => {
    expect(await insertPilot(value)).toThrow("CHECK constraint failed: pilots_starts_on_check");
  });
});
