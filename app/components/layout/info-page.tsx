import type { ReactNode } from "react";
import { PageHeader } from "~/components/ui/page-header";

export type InfoSection = { id: string; heading: string; body: ReactNode };

/**
 * A page of the service's own information (privacy, cookies, accessibility, terms): a title, when
 * it was last changed, "On this page" links and one section per heading. Readable at 375 px and in print.
 */
export function InfoPage({
  title,
  lead,
  updated,
  sections,
}: {
  title: string;
  lead?: ReactNode;
  /** When the text was last changed, e.g. "3 December 2026". */
  updated: string;
  sections: readonly InfoSection[];
}) {
  return (
    <article className="max-w-3xl" aria-labelledby="info-title">
      <PageHeader title={<span id="info-title">{title}</span>} lead={lead} />
      <p className="mb-6 text-sm text-muted">Last updated {updated}.</p>
      <nav
        aria-labelledby="contents-heading"
        className="mb-8 rounded-lg border border-line bg-surface p-4 print:hidden"
      >
        <h2 id="contents-heading" className="mb-2 text-lg">
          On this page
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.heading}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`} className="mb-8 scroll-mt-4">
          <h2 id={`${s.id}-heading`} className="mb-3 text-2xl">
            {s.heading}
          </h2>
          <div className="space-y-3 leading-relaxed [&_li]:mb-1 [&_ul]:list-disc [&_ul]:pl-5">{s.body}</div>
        </section>
      ))}
    </article>
  );
}
