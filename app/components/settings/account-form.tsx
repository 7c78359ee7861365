import type { AccountSettingsView } from "./types";
import { roleChoices } from "./role-choices";
import { SettingsSection, useSettingsForm, type SettingsActionData } from "./settings-form";
import { ChoiceField, TextAreaField, TextField } from "~/components/ui/form";
import { roles as roleVocabulary } from "~/domain/taxonomy";

/** Name, organisation, bio and the roles a person chooses for themselves. */
export function AccountForm({
  settings,
  actionData,
}: {
  settings: AccountSettingsView;
  actionData: SettingsActionData;
}) {
  const [form, fields] = useSettingsForm(
    "account",
    () => import("~/validation/settings").then((m) => m.accountSchema),
    {
      name: settings.user.name,
      organisation: settings.user.organisation,
      bio: settings.user.bio,
      roles: settings.roles.filter((r) => roleChoices.some((c) => c.value === r)),
    },
    actionData,
  );
  const granted = settings.roles.filter((r) => r === "organiser" || r === "admin");
  return (
    <SettingsSection
      intent="account"
      title="Your account"
      form={form}
      labels={{ name: "Full name", organisation: "Organisation", bio: "About you", roles: "Roles" }}
    >
      <p className="mb-5">
        <span className="font-semibold">Email address: </span>
        {settings.user.email}
        <span className="block text-sm text-muted">Only you and Hackpath admins can see it.</span>
      </p>
      <TextField meta={fields.name} label="Full name" autoComplete="name" />
      <TextField
        meta={fields.organisation}
        label="Organisation (optional)"
        autoComplete="organization"
        hint="Your trust, practice, company, university or charity."
      />
      <TextAreaField
        meta={fields.bio}
        label="About you (optional)"
        hint="A few lines other people see on your profile."
        rows={4}
      />
      <ChoiceField
        meta={fields.roles}
        legend="Your roles (optional)"
        hint="Each role adds a profile below and the pages that go with it."
        options={roleChoices}
      />
      {granted.length ? (
        <p className="mb-5 text-sm text-muted">
          Granted by an admin: {granted.map((r) => roleVocabulary.label(r)).join(", ")}. Only an admin can change these.
        </p>
      ) : null}
    </SettingsSection>
  );
}
