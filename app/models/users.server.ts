import { eq } from "drizzle-orm";
import { userRoles } from "../../db/schema";
import type { Role } from "../domain/taxonomy";
import { getDb } from "../utils/db.server";

/** The roles a user holds. */
export async function getUserRoles(userId: number): Promise<Role[]> {
  const rows = await getDb().select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return rows.map((r) => r.role);
}
