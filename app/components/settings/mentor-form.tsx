import type { AccountSettingsView } from "./types";
import { narrowControl, SettingsSection, useSettingsForm, type SettingsActionData } from "./settings-form";
import { CheckboxField, ChoiceField, TextField } from "~/components/ui/form";
import { expertiseAreas } from "~/domain/taxonomy";

const areaOptions = expertiseAreas.values.map((value) => ({ value, label: expertiseAreas.label(value) }));

/** A mentor's expertise, capacity and availability. */
export function MentorForm({
  settings,
  actionData,
}: {
  settings: AccountSettingsView;
  actionData: SettingsActionData;
}) {
  const profile = settings.mentor;
  const [form, fields] = useSettingsForm(
    "mentor",
    () => import("~/validation/settings").then((m) => m.mentorSchema),
    {
      headline: profile?.headline ?? "",
      areas: profile?.areas ?? [],
      capacity: profile?.capacity ?? 2,
      availability: profile?.availability ?? "",
      acceptingRequests: profile?.acceptingRequests ?? true,
    },
    actionData,
  );
  return (
    <SettingsSection
      intent="mentor"
      title="Mentor profile"
      lead="Projects whose open gate items need your expertise are suggested to you, and you to them."
      form={form}
      labels={{
        headline: "Headline",
        areas: "Areas of expertise",
        capacity: "Capacity",
        availability: "Availability",
        acceptingRequests: "Accepting requests",
      }}
    >
      <TextField
        meta={fields.headline}
        label="Headline (optional)"
        hint="For example: Clinical Safety Officer at a mental health trust."
      />
      <ChoiceField
        meta={fields.areas}
        legend="Areas of expertise"
        hint="Choose all you can help with."
        options={areaOptions}
      />
      <TextField
        meta={fields.capacity}
        label="Capacity"
        type="number"
        inputMode="numeric"
        min={0}
        max={20}
        hint="The most projects you can mentor at once."
        className={narrowControl("w-28")}
      />
      <TextField
        meta={fields.availability}
        label="Availability (optional)"
        hint="For example: one hour a fortnight, weekday evenings."
      />
      <CheckboxField
        meta={fields.acceptingRequests}
        label="Teams may ask me to mentor them"
        hint="Untick to stop new requests for a while."
      />
    </SettingsSection>
  );
}
