// Pieces every section of the project page shares.
import type { useLoaderData } from "@remix-run/react";
import { formatDate } from "~/domain/dates";
import type { loader } from "./route";

export type Page = ReturnType<typeof useLoaderData<typeof loader>>;
export type Props = { page: Page };

export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4">
      <h2 id={`${id}-heading`} className="mb-3 text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}

export const date = (value: Date | string) => formatDate(new Date(value));
export const isoDate = (value: string) => formatDate(new Date(`${value}T12:00:00Z`));

/**
 * Whether the private funding section shows: to the team and organisers always; to a funder with
 * their interest, or with a way to register one (app/domain/funding.ts fundingAccess).
 */
export function showFunding(page: Page): boolean {
  const { access, interests } = page.funding;
  if (access === "team") return true;
  return access === "funder" && (interests.length > 0 || page.project.submittedAt !== null);
}
