import type { SubmissionResult } from "@conform-to/react";

// Confirmation messages after a POST/redirect/GET. The URL carries a code, never text, so a link
// cannot put words in our mouth.
const messages: Record<string, string> = {
  created: "The hack day is saved as a draft. Shortlist problems and open registration when you are ready.",
  saved: "Your changes are saved.",
  registered: "You are registered. See you there!",
  waitlisted: "The hack day is full, so you are on the waiting list. We will tell you if a place comes free.",
  cancelled: "Your registration is cancelled.",
  nominated: "Your problem is nominated. The organiser will accept or decline it.",
  shortlisted: "The problem is on the shortlist.",
  accepted: "The nomination is accepted.",
  declined: "The nomination is declined.",
  moved: "The hack day's status has changed.",
  started:
    "Your project is started and you are its lead. Invite people to ask to join, then submit while the hack day is live.",
  "project-started": "Your project is started and you are its lead. Write the submission when you are ready.",
  requested: "Your request is sent to the team lead.",
  withdrawn: "Your request is withdrawn.",
  left: "You have left the team.",
  "member-accepted": "They are on the team now.",
  "member-declined": "The request is declined.",
  removed: "They are no longer on the team.",
  submitted: "Your project is submitted. It is now in the pipeline at the prototype stage.",
  "submission-saved": "Your submission is updated.",
  scored: "Your scores are saved. You can change them until the results are published.",
  conflict: "Your conflict of interest is recorded. You will not score that project.",
  "judge-appointed": "The judge is appointed and has been told.",
  "judge-removed": "The judge is removed.",
  "criteria-saved": "The criteria are saved.",
  "award-added": "The award is added.",
  "award-removed": "The award is removed.",
  published: "The results are published and every team has been told.",
};

/** The confirmation for `?notice=code`, announced politely. */
export function Notice({ code }: { code: string | null }) {
  const message = code ? messages[code] : undefined;
  if (!message) return null;
  return (
    <div
      role="status"
      className="mb-6 rounded-md border-l-4 border-success-700 bg-success-50 p-4 font-semibold text-success-700"
    >
      {message}
    </div>
  );
}

/**
 * The form-level errors of a refusal (the model said no: deadline passed, team full…), announced
 * as an alert. Pages with several small button forms show them once, at the top; field errors of
 * conform-driven forms show beside their fields instead.
 */
export function ActionErrors({
  result,
  title = "That did not work",
}: {
  result: SubmissionResult<string[]> | undefined | null;
  title?: string;
}) {
  const errors = (result?.error?.[""] ?? []).filter((e): e is string => typeof e === "string");
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="mb-6 rounded-md border-4 border-danger-700 p-4">
      <h2 className="text-xl">{title}</h2>
      <ul className="mt-2 list-disc pl-5 font-semibold text-danger-700">
        {[...new Set(errors)].map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
