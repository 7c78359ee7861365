import { RichText } from "~/components/rich-text";
import { careSettings, specialties } from "~/domain/taxonomy";

/**
 * The problem canvas of DESIGN.md: each part with what to write and a short example. The form
 * and the problem's page both read this list, so they always show the same parts in one order.
 */
export const canvasGuide = {
  title: {
    label: "Title",
    guidance: "One line a colleague would recognise. Say what goes wrong, not the solution you imagine.",
    example: "Diabetic foot checks are missed when patients move between GP practices",
  },
  summary: {
    label: "Summary",
    guidance: "What happens, where, and why it matters. Two or three short paragraphs is plenty.",
    example:
      "When a patient with diabetes registers with a new practice, their annual foot check history does not come with them, so high-risk feet go unchecked for months.",
  },
  whoAffected: {
    label: "Who is affected",
    guidance: "Patients, carers and staff who feel it, and roughly how many.",
    example:
      "Adults with type 2 diabetes who change practice; about 40 a month across our primary care network. Practice nurses and podiatrists.",
  },
  frequency: {
    label: "How often it happens",
    guidance: "Every shift, weekly, a few times a year? A rough number helps builders see the size.",
    example: "Several times a week in each practice.",
  },
  currentWorkaround: {
    label: "Current workaround",
    guidance:
      "What people do today to cope: paper lists, phone calls, memory. Optional, but it shows builders where to start.",
    example: "A nurse searches the new patient list by hand each Monday and phones the old practice.",
  },
  idealOutcome: {
    label: "What good would look like",
    guidance: "How you would know it was fixed. Describe the result, not a particular product.",
    example: "Every high-risk patient who moves practice has a foot check booked within four weeks.",
  },
  careSetting: { label: "Care setting", guidance: "Where the problem happens.", example: "Primary care" },
  specialty: { label: "Specialty", guidance: "The closest clinical area.", example: "Podiatry" },
  dataAvailable: {
    label: "Data that exists",
    guidance: "What information already exists that a solution could use (systems, exports, open data). Optional.",
    example: "SystmOne foot risk codes; the practice's recall list as a CSV export.",
  },
  dataConstraints: {
    label: "Data constraints",
    guidance:
      "Rules on that data: who may see it, and what cannot leave the organisation. Hack days never use patient-identifiable data. Optional.",
    example: "Identifiable records stay inside the practice; a hack day would need synthetic data in the same shape.",
  },
  tags: {
    label: "Tags",
    guidance: "Up to 8 words that help people find it, separated by commas.",
    example: "diabetes, foot care, transfers of care",
  },
} as const;

export type CanvasValues = {
  title: string;
  summary: string;
  whoAffected: string;
  frequency: string;
  currentWorkaround?: string | null;
  idealOutcome: string;
  careSetting: string;
  specialty: string;
  dataAvailable?: string | null;
  dataConstraints?: string | null;
};

const sections = [
  "summary",
  "whoAffected",
  "frequency",
  "currentWorkaround",
  "idealOutcome",
  "dataAvailable",
  "dataConstraints",
] as const;

/** A "Change" link to a field of the form being previewed (the NHS summary list pattern). */
function ChangeLink({ to, what }: { to: string; what: string }) {
  return (
    <a href={to} className="ml-3 text-sm">
      Change<span className="sr-only"> {what}</span>
    </a>
  );
}

/**
 * The canvas as readers see it: each part with its heading, skipping empty optional parts. With `changeLinkFor` (the post form's preview),
 * each part links back to its field to change it.
 */
export function CanvasView({
  values,
  headingLevel = 2,
  changeLinkFor,
}: {
  values: CanvasValues;
  headingLevel?: 2 | 3;
  changeLinkFor?: (field: string) => string;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-6">
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div>
          <dt className="inline font-semibold">Care setting: </dt>
          <dd className="inline">
            {careSettings.label(values.careSetting)}
            {changeLinkFor ? <ChangeLink to={changeLinkFor("careSetting")} what="the care setting" /> : null}
          </dd>
        </div>
        <div>
          <dt className="inline font-semibold">Specialty: </dt>
          <dd className="inline">
            {specialties.label(values.specialty)}
            {changeLinkFor ? <ChangeLink to={changeLinkFor("specialty")} what="the specialty" /> : null}
          </dd>
        </div>
      </dl>
      {sections.map((key) => {
        const text = values[key];
        if (!text || !text.trim()) return null;
        return (
          <section key={key} aria-labelledby={`canvas-${key}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <Heading id={`canvas-${key}`} className={headingLevel === 2 ? "text-xl" : "text-lg"}>
                {canvasGuide[key].label}
              </Heading>
              {changeLinkFor ? (
                <ChangeLink to={changeLinkFor(key)} what={canvasGuide[key].label.toLowerCase()} />
              ) : null}
            </div>
            <RichText text={text} className="mt-2 max-w-3xl" />
          </section>
        );
      })}
    </div>
  );
}
