import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Figures } from "~/components/home/figures";
import { HackDayTeaser } from "~/components/home/hack-day-teaser";
import { ProblemTeaser } from "~/components/home/problem-teaser";
import { SuccessStoryCard } from "~/components/projects/success-story";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { getHomePage } from "~/models/home.server";

export const meta: MetaFunction = () => [
  { title: "Hackpath: from a clinician's problem to an adopted product" },
  {
    name: "description",
    content:
      "Clinicians post the problems they meet at the point of care; developers build prototypes; mentors and funders carry the best ones to adoption in the NHS and social care.",
  },
];

export async function loader() {
  return getHomePage();
}

const steps = [
  {
    title: "Clinicians post problems",
    text: "The gritty problems met at the point of care, on a structured canvas. Colleagues elsewhere say “this happens here too”.",
  },
  {
    title: "Developers build prototypes",
    text: "At hack days and beyond, teams pick a problem that fits their skills and build something that works.",
  },
  {
    title: "Mentors and funders adopt them",
    text: "Safety, data protection, regulation, evaluation and procurement experts help; funders and trusts offer money and pilot sites.",
  },
  {
    title: "A stage-gated pipeline",
    text: "Each project shows what its next stage needs, from prototype to pilot to routine use, in the open.",
  },
];

export default function Home() {
  const { figures, newestProblems, nextHackDays, stories } = useLoaderData<typeof loader>();
  return (
    <>
      <section aria-labelledby="intro" className="mb-10">
        <h1 id="intro" className="text-4xl">
          From a clinician’s problem to an adopted product
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-muted">
          Hack days produce brilliant prototypes that die on Monday. Hackpath keeps one record from the need at the
          bedside to adoption across the NHS and social care, so the clinicians, builders, mentors and funders all see
          the same project and what it needs next.
        </p>
        <div className="mt-5 flex flex-wrap gap-3">
          <ButtonLink to="/problems/new">Post a problem</ButtonLink>
          <ButtonLink to="/problems" variant="secondary">
            Find a problem to solve
          </ButtonLink>
          <ButtonLink to="/pipeline" variant="secondary">
            See the pipeline
          </ButtonLink>
        </div>
        <ol className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {steps.map((step, i) => (
            <li key={step.title} className="rounded-lg border-t-4 border-brand-600 bg-surface p-4">
              <h2 className="text-lg">
                <span className="sr-only">Step {i + 1}: </span>
                {step.title}
              </h2>
              <p className="mt-1 text-sm">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="figures" className="mb-10">
        <h2 id="figures" className="mb-3 text-2xl">
          Hackpath so far
        </h2>
        <Figures
          label="Hackpath so far"
          items={[
            { label: "problems posted", value: figures.problems },
            { label: "organisations endorsing", value: figures.organisations },
            { label: "projects", value: figures.projects },
            { label: "in pilot or beyond", value: figures.pilotOrBeyond },
            { label: "adopted", value: figures.adopted },
            { label: "hack days", value: figures.hackDays },
          ]}
        />
        <p className="mt-3">
          <Link to="/impact">How projects move through the pipeline</Link>
        </p>
      </section>

      <div className="grid gap-10 lg:grid-cols-3">
        <section aria-labelledby="newest-problems" className="lg:col-span-2">
          <h2 id="newest-problems" className="mb-3 text-2xl">
            Newest problems
          </h2>
          {newestProblems.length > 0 ? (
            <ul className="grid gap-3 sm:grid-cols-2">
              {newestProblems.map((problem) => (
                <ProblemTeaser key={problem.id} problem={problem} />
              ))}
            </ul>
          ) : (
            <EmptyState title="No problems posted yet">Clinicians: yours could be the first.</EmptyState>
          )}
          <p className="mt-3">
            <Link to="/problems">All problems</Link>
          </p>
        </section>

        <section aria-labelledby="next-hack-days">
          <h2 id="next-hack-days" className="mb-3 text-2xl">
            Next hack days
          </h2>
          {nextHackDays.length > 0 ? (
            <ul className="grid gap-3">
              {nextHackDays.map((hackDay) => (
                <HackDayTeaser key={hackDay.id} hackDay={hackDay} />
              ))}
            </ul>
          ) : (
            <EmptyState title="No hack days announced">Check back soon, or ask an organiser to run one.</EmptyState>
          )}
          <p className="mt-3">
            <Link to="/hack-days">All hack days</Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="stories" className="mt-10">
        <h2 id="stories" className="mb-3 text-2xl">
          Success stories
        </h2>
        {stories.length > 0 ? (
          <ul className="grid gap-3 md:grid-cols-3">
            {stories.map((story) => (
              <SuccessStoryCard key={story.id} story={story} />
            ))}
          </ul>
        ) : (
          <EmptyState title="No success stories published yet">
            When a project publishes a measured outcome, it appears here.
          </EmptyState>
        )}
        <p className="mt-3">
          <Link to="/impact#success-stories">More success stories</Link>
        </p>
      </section>
    </>
  );
}
