import { parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { clientIp, passRetryAfter, tooManyAttempts } from "~/auth/rate-limit.server";
import { safeRedirect } from "~/auth/safe-redirect";
import {
  confirmTwoStepSetup,
  getTwoStepSettings,
  makeNewRecoveryCodes,
  startTwoStepSetup,
  turnOffTwoStep,
  type TwoStepFormRefusal,
} from "~/auth/two-step.server";
import { ErrorPage } from "~/components/error-page";
import { FormErrors, Notice, type FormReply } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { withNotice } from "~/domain/notices";
import { readForm } from "~/utils/form.server";
import { notFound } from "~/utils/http.server";
import { twoStepSettingsSchema } from "~/validation/two-step";
import { ManageSection } from "./manage-section";
import { RecoveryCodes, type CodesShown } from "./recovery-codes";
import { SetupSection, StartSection } from "./setup-section";

export const meta: MetaFunction = () => [{ title: "Two-step sign-in · Settings · Hackpath" }];

// The page can show a secret or recovery codes: no cache keeps it. A 429 keeps its Retry-After.
export const headers: HeadersFunction = ({ actionHeaders }) => ({
  ...passRetryAfter({ actionHeaders }),
  "Cache-Control": "no-store",
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const settings = await getTwoStepSettings(user.id);
  if (!settings) notFound();
  const continueTo = new URL(request.url).searchParams.get("redirectTo");
  return { settings, continueTo: continueTo ? safeRedirect(continueTo) : null };
}

const HIDE = ["password", "code"];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: twoStepSettingsSchema });
  const intent = String(submission.payload.intent ?? "");
  const reply = (result: FormReply["result"]): FormReply => ({ intent, targetId: null, result });
  if (submission.status !== "success") return data(reply(submission.reply({ hideFields: HIDE })), { status: 400 });
  const ip = clientIp(context);
  // Back to this page, keeping where the person was going (redirectTo), without the old notice.
  const here = new URL(request.url);
  here.searchParams.delete("notice");
  const answer = (result: TwoStepFormRefusal) => {
    if (result.reason === "rate_limited") {
      const { message, headers } = tooManyAttempts(result.decision);
      return data(reply(submission.reply({ formErrors: [message], hideFields: HIDE })), { status: 429, headers });
    }
    if (result.reason === "invalid")
      return data(reply(submission.reply({ fieldErrors: result.fieldErrors, hideFields: HIDE })), { status: 400 });
    return data(reply(submission.reply({ formErrors: [result.message], hideFields: HIDE })), { status: result.status });
  };
  const value = submission.value;
  switch (value.intent) {
    case "start": {
      const result = await startTwoStepSetup(user.id);
      if (!result.ok) return answer({ ok: false, reason: "refused", status: result.status, message: result.message });
      throw redirect(`${here.pathname}${here.search}#setup`);
    }
    case "confirm": {
      const result = await confirmTwoStepSetup({ userId: user.id, code: value.code, ip });
      if (!result.ok) return answer(result);
      return { intent: "confirm", codes: result.codes } satisfies CodesShown;
    }
    case "codes": {
      const result = await makeNewRecoveryCodes({ userId: user.id, password: value.password, ip });
      if (!result.ok) return answer(result);
      return { intent: "codes", codes: result.codes } satisfies CodesShown;
    }
    case "off": {
      const result = await turnOffTwoStep({ userId: user.id, password: value.password, code: value.code, ip });
      if (!result.ok) return answer(result);
      throw redirect(withNotice(`${here.pathname}${here.search}`, "two-step-off"));
    }
  }
}

export default function TwoStepSettings() {
  const { settings, continueTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const shown = actionData && "codes" in actionData ? actionData : null;
  const reply = actionData && "result" in actionData ? actionData : undefined;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Two-step sign-in"
        lead="A code from an app on your phone as well as your password, so a stolen password alone cannot open your account."
      />
      <Notice />
      {shown ? (
        <RecoveryCodes shown={shown} continueTo={continueTo} />
      ) : (
        <div className="space-y-8">
          <FormErrors result={reply?.intent === "start" ? reply.result : undefined} />
          {settings.enabled ? (
            <ManageSection settings={settings} reply={reply} continueTo={continueTo} />
          ) : settings.pending ? (
            <SetupSection pending={settings.pending} required={settings.required} reply={reply} />
          ) : (
            <StartSection required={settings.required} />
          )}
        </div>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
