import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildAtomFeed } from "~/domain/atom";
import { careSettings, problemStatuses, specialties } from "~/domain/taxonomy";
import { listProblemsForFeed } from "~/models/problem-search.server";
import { env } from "~/utils/env.server";
import { problemPath } from "~/utils/paths";

/** /problems.atom: the 50 newest visible problems as an Atom 1.0 feed, with absolute links. */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = (env.APP_ORIGIN ?? new URL(request.url).origin).replace(/\/+$/, "");
  const problems = await listProblemsForFeed(50);
  const body = buildAtomFeed({
    id: `${origin}/problems`,
    title: "Hackpath: newest problems",
    subtitle: "Problems clinicians meet at the point of care, newest first.",
    selfUrl: `${origin}/problems.atom`,
    alternateUrl: `${origin}/problems`,
    fallbackUpdated: new Date(0),
    entries: problems.map((p) => ({
      // The entry id is the stable bare-id address, so a renamed problem stays the same entry.
      id: `${origin}${problemPath(p.id)}`,
      title: p.title,
      url: `${origin}${problemPath(p)}`,
      published: new Date(p.createdAt * 1000),
      updated: new Date(Math.max(p.updatedAt, p.createdAt) * 1000),
      authorName: p.authorName,
      summary: p.summary,
      categories: [
        { term: p.careSetting, label: careSettings.label(p.careSetting) },
        { term: p.specialty, label: specialties.label(p.specialty) },
        { term: `status-${p.status}`, label: problemStatuses.label(p.status) },
      ],
    })),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
