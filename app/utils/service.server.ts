import { env } from "./env.server";

/** Who runs this Hackpath and how to reach them, for the privacy notice, terms and contact page. */
export function serviceContact(): { operator: string; contactEmail: string | null } {
  return { operator: env.SERVICE_OPERATOR, contactEmail: env.CONTACT_EMAIL ?? null };
}
