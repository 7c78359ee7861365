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

/** Whether the private funding section shows: the team and organisers always, a funder when they have an interest. */
export function showFunding(page: Page): boolean {
  return page.funding.length > 0 || page.viewer.isMember || page.viewer.isOrganiser;
}
