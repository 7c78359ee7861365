import type { ReactNode } from "react";
import { PageHeader } from "~/components/ui/page-header";

/** The page an emailed link opens once it has expired or been used: what happened and what to do next. */
export function ExpiredLink({ lead, children }: { lead: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title="This link has expired or was already used" lead={lead} />
      {children}
    </div>
  );
}
