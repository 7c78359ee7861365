import type { CanvasInput } from "~/validation/problems";

// What the problem canvas's form and its schema share, without zod, so that a page showing the
// form does not load the schema (decision 0064).

/** A comma-separated tag list as the distinct tag names it holds (first spelling wins). */
export function parseTagList(value: string | undefined | null): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of (value ?? "").split(",")) {
    const tag = raw.replace(/\s+/g, " ").trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** Labels of the canvas fields, for the error summary and the preview. */
export const canvasLabels: Record<keyof CanvasInput, string> = {
  title: "Title",
  summary: "Summary",
  whoAffected: "Who is affected",
  frequency: "How often it happens",
  currentWorkaround: "Current workaround",
  idealOutcome: "What good would look like",
  careSetting: "Care setting",
  specialty: "Specialty",
  dataAvailable: "Data that exists",
  dataConstraints: "Data constraints",
  tags: "Tags",
  noPiiConfirmed: "No patient-identifiable information",
};
