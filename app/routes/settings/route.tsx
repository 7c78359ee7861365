import { AccountPages } from "~/components/settings/account-pages";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { changeOwnPassword } from "~/auth/change-password.server";
import { requireUser } from "~/auth/guards.server";
import { clientIp, passRetryAfter, tooManyAttempts } from "~/auth/rate-limit.server";
import { getAuth } from "~/auth/session.server";
import { AccountForm } from "~/components/settings/account-form";
import { ClinicianForm } from "~/components/settings/clinician-form";
import { DeveloperForm } from "~/components/settings/developer-form";
import { FunderForm } from "~/components/settings/funder-form";
import { MentorForm } from "~/components/settings/mentor-form";
import { PasswordForm } from "~/components/settings/password-form";
import type { SettingsActionData } from "~/components/settings/settings-form";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { forbidden, notFound } from "~/utils/http.server";
import {
  getAccountSettings,
  saveClinicianProfile,
  saveDeveloperProfile,
  saveFunderProfile,
  saveMentorProfile,
  updateAccount,
} from "~/models/users.server";
import { Notice } from "~/components/ui/notice";
import { withNotice, type NoticeCode } from "~/domain/notices";
import { settingsIntent, settingsSchemas, type SettingsIntent } from "~/validation/settings";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction = () => [{ title: "Settings · Hackpath" }];

// A 429 from the action keeps its Retry-After header on the re-rendered page.
export const headers = passRetryAfter;

const savedNotices = {
  account: "account-saved",
  clinician: "clinician-saved",
  developer: "developer-saved",
  mentor: "mentor-saved",
  funder: "funder-saved",
  password: "password-changed",
} satisfies Record<SettingsIntent, NoticeCode>;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const settings = await getAccountSettings(user.id);
  if (!settings) notFound();
  return { settings };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const intent = settingsIntent(formData.get("intent"));
  if (!intent) throw new Response("We did not recognise that form.", { status: 400 });
  // A role's profile is edited by people who hold that role (admins included only if they chose it).
  if (
    (intent === "clinician" || intent === "developer" || intent === "mentor" || intent === "funder") &&
    !user.roles.includes(intent)
  ) {
    forbidden(`Add the ${intent} role to your account before filling in its profile.`);
  }
  const submission = parseWithZod(formData, { schema: settingsSchemas[intent] });
  const hide = intent === "password" ? ["currentPassword", "newPassword", "confirmPassword"] : undefined;
  if (submission.status !== "success")
    return data<SettingsActionData>({ intent, result: submission.reply({ hideFields: hide }) }, { status: 400 });
  const value = submission.value;
  const ip = clientIp(context);
  switch (value.intent) {
    case "account":
      await updateAccount({ userId: user.id, ...value, ip });
      break;
    case "clinician":
      await saveClinicianProfile({ userId: user.id, ...value, specialty: value.specialty ?? null });
      break;
    case "developer":
      await saveDeveloperProfile({ userId: user.id, ...value });
      break;
    case "mentor":
      await saveMentorProfile({ userId: user.id, ...value });
      break;
    case "funder":
      await saveFunderProfile({
        userId: user.id,
        ...value,
        ticketMin: value.ticketMin ?? null,
        ticketMax: value.ticketMax ?? null,
      });
      break;
    case "password": {
      const auth = (await getAuth(request))!;
      const result = await changeOwnPassword({
        userId: user.id,
        sessionId: auth.sessionId,
        name: user.name,
        currentPassword: value.currentPassword,
        newPassword: value.newPassword,
        ip,
      });
      if (!result.ok && result.reason === "rate_limited") {
        const { message, headers } = tooManyAttempts(result.decision);
        return data<SettingsActionData>(
          { intent, result: submission.reply({ hideFields: hide, formErrors: [message] }) },
          { status: 429, headers },
        );
      }
      if (!result.ok)
        return data<SettingsActionData>(
          { intent, result: submission.reply({ hideFields: hide, fieldErrors: result.fieldErrors }) },
          { status: 400 },
        );
      break;
    }
  }
  throw redirect(withNotice("/settings", savedNotices[intent], intent));
}

export default function Settings() {
  const { settings } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as SettingsActionData;
  const has = (role: string) => settings.roles.some((r) => r === role);
  const sections = [
    { id: "account", label: "Your account", show: true },
    { id: "clinician", label: "Clinician profile", show: has("clinician") },
    { id: "developer", label: "Developer profile", show: has("developer") },
    { id: "mentor", label: "Mentor profile", show: has("mentor") },
    { id: "funder", label: "Funder profile", show: has("funder") },
    { id: "password", label: "Change password", show: true },
    { id: "security", label: "Sign-in, emails and your data", show: true },
  ].filter((s) => s.show);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Settings"
        lead="Your account, the profiles that go with your roles, your password, and how you sign in and hear from us."
      />
      <Notice />
      <nav aria-label="Settings sections" className="mb-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-8">
        <AccountForm settings={settings} actionData={actionData} />
        {has("clinician") ? <ClinicianForm settings={settings} actionData={actionData} /> : null}
        {has("developer") ? <DeveloperForm settings={settings} actionData={actionData} /> : null}
        {has("mentor") ? <MentorForm settings={settings} actionData={actionData} /> : null}
        {has("funder") ? <FunderForm settings={settings} actionData={actionData} /> : null}
        <PasswordForm email={settings.user.email} actionData={actionData} />
        <AccountPages />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
