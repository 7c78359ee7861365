import { Form, Link } from "@remix-run/react";
import { RichText } from "~/components/rich-text";
import { Button, ButtonLink } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import {
  acceptsRegistrations,
  hackDayMoveLabels,
  nextHackDayStatus,
  resultsArePublished,
} from "~/domain/hack-day-status";
import { formatDateRange, formatDateTimeWithDay } from "~/domain/dates";
import { hackDayStatuses } from "~/domain/taxonomy";
import {
  hackDayAwardsPath,
  hackDayCalendarPath,
  hackDayEditPath,
  hackDayJudgingPath,
  hackDayRegistrantsExportPath,
  hackDayResultsExportPath,
  hackDaySetupPath,
  projectSubmissionPath,
  projectTeamPath,
} from "~/utils/paths";
import { splitThemes } from "~/domain/hack-day-themes";
import type { EventPageData } from "./route";

/** Details, registration, the organiser's controls and the way in for judges. */
export function AboutSection({ page }: { page: EventPageData }) {
  const { hackDay } = page;
  const themes = splitThemes(hackDay.themes);
  return (
    <div className="mb-10 grid gap-6 lg:grid-cols-3">
      <section aria-labelledby="about" className="lg:col-span-2">
        <h2 id="about" className="mb-3 text-2xl">
          About this hack day
        </h2>
        {hackDay.description ? <RichText text={hackDay.description} className="mb-4 max-w-3xl" /> : null}
        {themes.length ? (
          <>
            <h3 className="mb-2 text-lg">Themes</h3>
            <ul className="mb-4 flex flex-wrap gap-2">
              {themes.map((t) => (
                <li key={t} className="rounded-full bg-surface px-3 py-1 text-sm font-semibold">
                  {t}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">When</dt>
          <dd>{formatDateRange(new Date(hackDay.startsAt), new Date(hackDay.endsAt))} (UK time)</dd>
          <dt className="font-semibold">Submission deadline</dt>
          <dd>{formatDateTimeWithDay(new Date(hackDay.submissionDeadline))}</dd>
          <dt className="font-semibold">Where</dt>
          <dd>
            {hackDay.venue ? <span className="block">{hackDay.venue}</span> : null}
            {hackDay.onlineUrl ? (
              <a href={hackDay.onlineUrl} rel="nofollow noopener noreferrer" className="break-all">
                Join online
              </a>
            ) : null}
          </dd>
          <dt className="font-semibold">Places</dt>
          <dd>
            {hackDay.capacity
              ? `${page.counts.registered} of ${hackDay.capacity} taken`
              : `${page.counts.registered} registered`}
            {page.counts.waitlisted ? `, ${page.counts.waitlisted} on the waiting list` : ""}
          </dd>
          <dt className="font-semibold">Organiser</dt>
          <dd>{hackDay.organiserName}</dd>
        </dl>
        <p className="mt-4">
          <a href={hackDayCalendarPath(hackDay)}>Add this hack day to your calendar (.ics)</a>
        </p>
      </section>
      <div className="flex flex-col gap-4">
        <RegistrationPanel page={page} />
        {page.canManage ? <OrganiserPanel page={page} /> : page.standing?.isJudge ? <JudgePanel page={page} /> : null}
      </div>
    </div>
  );
}

function RegistrationPanel({ page }: { page: EventPageData }) {
  const { hackDay, standing } = page;
  const open = acceptsRegistrations(hackDay.status);
  const full = hackDay.capacity !== null && (page.counts.registered >= hackDay.capacity || page.counts.waitlisted > 0);
  const registration = standing?.registration;
  return (
    <Card as="section" className="scroll-mt-4">
      <h2 id="registration" className="mb-2 text-xl">
        Take part
      </h2>
      {!page.signedIn ? (
        <p>
          <Link to={`/login?redirectTo=${encodeURIComponent(page.href)}`}>Sign in</Link> or{" "}
          <Link to={`/signup?redirectTo=${encodeURIComponent(page.href)}`}>create an account</Link> to register.
        </p>
      ) : registration ? (
        <>
          <p className="mb-3">
            {registration.status === "registered"
              ? "You are registered."
              : `You are number ${registration.position ?? "?"} on the waiting list.`}
          </p>
          {registration.status === "waitlisted" ? (
            <p className="mb-3">
              If a place comes free it goes to the first person on the list, and we tell you at once. Until then you can
              read the shortlisted problems and follow them, comment on them
              {hackDay.onlineUrl ? ", and watch the demos online" : ""}. Starting a project or joining a team needs a
              confirmed place.
            </p>
          ) : null}
          {open && !standing?.team ? (
            <Form method="post">
              <input type="hidden" name="intent" value="cancel-registration" />
              <Button type="submit" variant="secondary">
                {registration.status === "registered" ? "Cancel my registration" : "Leave the waiting list"}
              </Button>
            </Form>
          ) : null}
        </>
      ) : open ? (
        <Form method="post">
          <input type="hidden" name="intent" value="register" />
          <p className="mb-3">
            {full
              ? "This hack day is full. Join the waiting list and we will tell you if a place comes free."
              : "Registration is open."}
          </p>
          <Button type="submit">{full ? "Join the waiting list" : "Register"}</Button>
        </Form>
      ) : (
        <p>
          {hackDay.status === "draft"
            ? "Registration opens when the organiser publishes this hack day."
            : "Registration is closed."}
        </p>
      )}
      {standing?.team ? (
        <p className="mt-3">
          {standing.team.memberStatus === "active" ? "Your team: " : "You asked to join: "}
          <Link to={projectTeamPath(standing.team.projectId)}>{standing.team.name}</Link>
          {standing.team.memberStatus === "active" ? (
            <>
              {" · "}
              <Link to={projectSubmissionPath(standing.team.projectId)}>
                {standing.team.submittedAt ? "Edit your submission" : "Submit your project"}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
    </Card>
  );
}

function OrganiserPanel({ page }: { page: EventPageData }) {
  const { hackDay } = page;
  const next = nextHackDayStatus(hackDay.status);
  return (
    <Card as="section">
      <h2 className="mb-2 text-xl">Run this hack day</h2>
      <p className="mb-3">
        Status: <strong>{hackDayStatuses.label(hackDay.status)}</strong>
      </p>
      {next === "results_published" ? (
        <p className="mb-3">
          <ButtonLink to={`${hackDayAwardsPath(hackDay)}#publish-section`}>Review and publish the results</ButtonLink>
          <span className="mt-1 block text-sm text-muted">
            Check the ranking, name the awards and see which judges have not finished before you publish.
          </span>
        </p>
      ) : next ? (
        <Form method="post" className="mb-3">
          <input type="hidden" name="intent" value="move-status" />
          <input type="hidden" name="to" value={next} />
          <Button type="submit">{hackDayMoveLabels[hackDay.status]}</Button>
          <p className="mt-1 text-sm text-muted">
            Moves it to “{hackDayStatuses.label(next)}”. A hack day only moves forward.
          </p>
        </Form>
      ) : null}
      <ul className="space-y-2">
        <li>
          <Link to={hackDayEditPath(hackDay)}>Edit details</Link>
        </li>
        <li>
          <Link to={hackDaySetupPath(hackDay)}>Judges and criteria</Link>
        </li>
        <li>
          <Link to={hackDayAwardsPath(hackDay)}>Ranking, awards and publishing</Link>
        </li>
        <li>
          <a href={hackDayRegistrantsExportPath(hackDay)}>Download the registrants (CSV)</a>
        </li>
        {resultsArePublished(hackDay.status) ? (
          <li>
            <a href={hackDayResultsExportPath(hackDay)}>Download the results (CSV)</a>
          </li>
        ) : null}
        {page.standing?.isJudge ? (
          <li>
            <Link to={hackDayJudgingPath(hackDay)}>Your judging</Link>
          </li>
        ) : null}
      </ul>
    </Card>
  );
}

function JudgePanel({ page }: { page: EventPageData }) {
  return (
    <Card as="section">
      <h2 className="mb-2 text-xl">You are a judge</h2>
      <p className="mb-3">Declare conflicts of interest, then score each submitted project during judging.</p>
      <ButtonLink to={hackDayJudgingPath(page.hackDay)} variant="secondary">
        Go to judging
      </ButtonLink>
    </Card>
  );
}
