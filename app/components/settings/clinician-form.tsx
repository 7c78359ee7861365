import type { AccountSettingsView } from "./types";
import { SettingsSection, useSettingsForm, type SettingsActionData } from "./settings-form";
import { SelectField, TextField } from "~/components/ui/form";
import { specialties } from "~/domain/taxonomy";

const specialtyOptions = specialties.values.map((value) => ({ value, label: specialties.label(value) }));

/** A clinician's profession, specialty and organisation. */
export function ClinicianForm({
  settings,
  actionData,
}: {
  settings: AccountSettingsView;
  actionData: SettingsActionData;
}) {
  const profile = settings.clinician;
  const [form, fields] = useSettingsForm(
    "clinician",
    () => import("~/validation/settings").then((m) => m.clinicianSchema),
    {
      profession: profile?.profession ?? "",
      specialty: profile?.specialty ?? "",
      organisation: profile?.organisation ?? settings.user.organisation,
    },
    actionData,
  );
  return (
    <SettingsSection
      intent="clinician"
      title="Clinician profile"
      lead="Shown beside the problems you post and endorse."
      form={form}
      labels={{ profession: "Profession", specialty: "Specialty", organisation: "Where you work" }}
    >
      <TextField
        meta={fields.profession}
        label="Profession (optional)"
        hint="For example: district nurse, GP, paramedic, occupational therapist."
      />
      <SelectField
        meta={fields.specialty}
        label="Specialty (optional)"
        options={specialtyOptions}
        placeholder="Choose a specialty"
      />
      <TextField
        meta={fields.organisation}
        label="Where you work (optional)"
        hint="The trust, practice or service you work for."
        autoComplete="organization"
      />
    </SettingsSection>
  );
}
