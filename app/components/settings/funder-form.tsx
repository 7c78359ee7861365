import type { AccountSettingsView } from "./types";
import { narrowControl, SettingsSection, useSettingsForm, type SettingsActionData } from "./settings-form";
import { CheckboxField, ChoiceField, SelectField, TextAreaField, TextField } from "~/components/ui/form";
import { stageOptions } from "~/domain/stages";
import { careSettings, funderKinds, specialties } from "~/domain/taxonomy";

const kindOptions = funderKinds.values.map((value) => ({ value, label: funderKinds.label(value) }));
const settingOptions = careSettings.values.map((value) => ({ value, label: careSettings.label(value) }));
const specialtyOptions = specialties.values.map((value) => ({ value, label: specialties.label(value) }));

/** A funder's kind and thesis: stages, care settings, specialties, ticket size, pilot site. */
export function FunderForm({
  settings,
  actionData,
}: {
  settings: AccountSettingsView;
  actionData: SettingsActionData;
}) {
  const profile = settings.funder;
  const [form, fields] = useSettingsForm(
    "funder",
    () => import("~/validation/settings").then((m) => m.funderSchema),
    {
      kind: profile?.kind ?? "",
      thesis: profile?.thesis ?? "",
      stages: profile?.stages ?? [],
      careSettings: profile?.careSettings ?? [],
      specialties: profile?.specialties ?? [],
      ticketMin: profile?.ticketMin ?? "",
      ticketMax: profile?.ticketMax ?? "",
      offersPilotSite: profile?.offersPilotSite ?? false,
    },
    actionData,
  );
  const amountClass = narrowControl("w-48");
  return (
    <SettingsSection
      intent="funder"
      title="Funder profile"
      lead="Your thesis filters the pipeline for you. Your interest in a project stays private to you, its team and organisers."
      form={form}
      labels={{
        kind: "Kind of funder",
        thesis: "Thesis",
        stages: "Stages",
        careSettings: "Care settings",
        specialties: "Specialties",
        ticketMin: "Smallest amount",
        ticketMax: "Largest amount",
      }}
    >
      <SelectField meta={fields.kind} label="Kind of funder" options={kindOptions} placeholder="Choose one" />
      <TextAreaField
        meta={fields.thesis}
        label="Thesis (optional)"
        hint="What you fund and why, in a few lines."
        rows={4}
      />
      <ChoiceField meta={fields.stages} legend="Stages you fund (optional)" options={stageOptions} />
      <ChoiceField meta={fields.careSettings} legend="Care settings (optional)" options={settingOptions} />
      <ChoiceField
        meta={fields.specialties}
        legend="Specialties (optional)"
        hint="Leave all unticked if you fund any specialty."
        options={specialtyOptions}
      />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField
          meta={fields.ticketMin}
          label="Smallest amount in pounds (optional)"
          type="number"
          inputMode="numeric"
          min={0}
          className={amountClass}
        />
        <TextField
          meta={fields.ticketMax}
          label="Largest amount in pounds (optional)"
          type="number"
          inputMode="numeric"
          min={0}
          className={amountClass}
        />
      </div>
      <CheckboxField
        meta={fields.offersPilotSite}
        label="We can offer a pilot site"
        hint="For trusts and care providers willing to host a pilot."
      />
    </SettingsSection>
  );
}
