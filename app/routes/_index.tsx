import type { MetaFunction } from "@remix-run/node";
import { PageHeader } from "~/components/ui/page-header";

export const meta: MetaFunction = () => [{ title: "Hackpath" }];

export default function Home() {
  return <PageHeader title="Hackpath" lead="From a clinician's problem to an adopted product." />;
}
