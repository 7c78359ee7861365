import type { ProblemActionData } from "./route";

// Confirmations after POST/redirect/GET: the URL carries a code, never text.
const messages: Record<string, string> = {
  endorsed: "Thank you: your endorsement is added. The author has been told it happens to you too.",
  withdrawn: "Your endorsement is withdrawn.",
  commented: "Your comment is posted.",
  "comment-updated": "Your comment is updated.",
  "comment-deleted": "Your comment is deleted.",
  "comment-hidden": "The comment is hidden.",
  "comment-restored": "The comment is restored.",
  reported: "Thank you for reporting this. An organiser will look at it.",
  "already-reported": "You have already reported this. An organiser will look at it.",
  closed: "The problem is closed.",
  reopened: "The problem is reopened.",
  hidden: "The problem is hidden from lists and from everyone but its author and organisers.",
  restored: "The problem is visible again.",
  merged:
    "The duplicate is merged into this problem: its endorsements, comments and projects are here now, and its old address leads here.",
};

/** The confirmation for `?notice=code`, or a refusal that is not about one field. */
export function ProblemNotice({ code, actionData }: { code: string | null; actionData: ProblemActionData }) {
  const formErrors = (actionData?.result.error?.[""] ?? []).filter((e): e is string => typeof e === "string");
  if (formErrors.length) {
    return (
      <div role="alert" className="mb-6 rounded-md border-4 border-danger-700 p-4">
        <h2 className="text-xl">That did not work</h2>
        <ul className="mt-2 list-disc pl-5 font-semibold text-danger-700">
          {[...new Set(formErrors)].map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </div>
    );
  }
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
