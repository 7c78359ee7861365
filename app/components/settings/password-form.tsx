import { SettingsSection, useSettingsForm, type SettingsActionData } from "./settings-form";
import { TextField } from "~/components/ui/form";
import { PASSWORD_HINT } from "~/domain/passwords";

/** Change password: asks for the current one; other sessions end. */
export function PasswordForm({ email, actionData }: { email: string; actionData: SettingsActionData }) {
  const [form, fields] = useSettingsForm(
    "password",
    () => import("~/validation/settings").then((m) => m.passwordSchema),
    {},
    actionData,
  );
  return (
    <SettingsSection
      intent="password"
      title="Change password"
      lead="You stay signed in here; every other device you are signed in on is signed out."
      form={form}
      submitLabel="Change password"
      labels={{
        currentPassword: "Current password",
        newPassword: "New password",
        confirmPassword: "New password again",
      }}
    >
      {/* Tells password managers which account this is for. */}
      <input type="text" name="username" autoComplete="username" hidden readOnly value={email} />
      <TextField
        meta={fields.currentPassword}
        label="Current password"
        type="password"
        autoComplete="current-password"
      />
      <TextField
        meta={fields.newPassword}
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
      />
      <TextField meta={fields.confirmPassword} label="New password again" type="password" autoComplete="new-password" />
    </SettingsSection>
  );
}
