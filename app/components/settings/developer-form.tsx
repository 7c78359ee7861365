import type { AccountSettingsView } from "./types";
import { SettingsSection, useSettingsForm, type SettingsActionData } from "./settings-form";
import { TextAreaField, TextField } from "~/components/ui/form";

/** A developer's headline and skills. */
export function DeveloperForm({
  settings,
  actionData,
}: {
  settings: AccountSettingsView;
  actionData: SettingsActionData;
}) {
  const profile = settings.developer;
  const [form, fields] = useSettingsForm(
    "developer",
    () => import("~/validation/settings").then((m) => m.developerSchema),
    { headline: profile?.headline ?? "", skills: profile?.skills.join(", ") ?? "" },
    actionData,
  );
  return (
    <SettingsSection
      intent="developer"
      title="Developer profile"
      lead="Hackpath suggests problems that fit your skills."
      form={form}
      labels={{ headline: "Headline", skills: "Skills" }}
    >
      <TextField
        meta={fields.headline}
        label="Headline (optional)"
        hint="For example: full-stack developer, data scientist, UX designer, student."
      />
      <TextAreaField
        meta={fields.skills}
        label="Skills (optional)"
        hint="Separate skills with commas, for example: react, python, fhir, accessibility. Add specialties, care settings or topics you want to work on (paediatrics, primary care, remote monitoring) and open problems in them are suggested on your dashboard."
        rows={3}
      />
    </SettingsSection>
  );
}
