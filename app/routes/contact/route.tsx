import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { PageHeader } from "~/components/ui/page-header";
import { Notice } from "~/components/ui/notice";
import { feedbackTopics } from "~/domain/feedback";
import { sendFeedback } from "~/models/feedback.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { serviceContact } from "~/utils/service.server";
import { feedbackSchema } from "~/validation/feedback";
import { FeedbackForm } from "./feedback-form";

export const meta: MetaFunction = () => [
  { title: "Contact us · Hackpath" },
  {
    name: "description",
    content: "Tell the people who run Hackpath about a problem, an accessibility barrier or a data request.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getOptionalUser(request);
  const query = new URL(request.url).searchParams;
  const topic = query.get("topic");
  return {
    ...serviceContact(),
    signedInAs: viewer?.name ?? null,
    topic: topic && (feedbackTopics.values as readonly string[]).includes(topic) ? topic : null,
    sent: query.get("notice") === "feedback-sent",
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await getOptionalUser(request);
  return runFormAction(request, feedbackSchema, async (input) => {
    const result = await sendFeedback({ viewer, input });
    return result.ok ? done("feedback-sent") : result;
  });
}

export default function ContactPage() {
  const page = useLoaderData<typeof loader>();
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Contact us"
        lead="Tell the people who run Hackpath about something that is wrong, a barrier to using the site, or a request about your data."
      />
      <Notice />
      <p className="mb-4">
        Hackpath is run by {page.operator}.
        {page.contactEmail ? (
          <>
            {" "}
            You can also email <a href={`mailto:${page.contactEmail}`}>{page.contactEmail}</a>.
          </>
        ) : null}
      </p>
      <p className="mb-6">
        Do not include anything that identifies a patient. To download your data or close your account yourself, go to{" "}
        <Link to="/settings/data">your data</Link>.
      </p>
      {page.sent ? (
        <p className="mb-6">
          <Link to="/contact">Send another message</Link>
        </p>
      ) : (
        <FeedbackForm topic={page.topic} signedInAs={page.signedInAs} />
      )}
    </div>
  );
}
