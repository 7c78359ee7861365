import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/form";
import { MAX_WEIGHT, MIN_WEIGHT } from "~/domain/judging";
import type { addCriterionSchema, saveCriteriaSchema } from "~/validation/judging";
import { useFormResult } from "~/components/ui/notice";
import { useSchemaChecks } from "~/components/ui/schema-checks";

/** Appoints a judge by the email of their account. */
export function AppointForm() {
  const [form, fields] = useForm({
    id: "appoint-judge",
    lastResult: useFormResult("appoint-judge"),
    ...useSchemaChecks("appoint-judge", () => import("~/validation/judging").then((m) => m.appointJudgeSchema), {
      shouldValidate: "onSubmit",
    }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg border border-line bg-surface p-4">
      <input type="hidden" name="intent" value="appoint-judge" />
      <TextField
        meta={fields.email}
        label="Appoint a judge"
        type="email"
        autoComplete="off"
        spellCheck={false}
        hint="The email address of their Hackpath account. They are told, and asked to declare conflicts."
      />
      <Button type="submit" variant="secondary">
        Appoint
      </Button>
    </Form>
  );
}

type CriterionRow = { id: number; name: string; description: string; weight: number };

/** Every criterion's name, description and weight, saved together. */
export function CriteriaForm({ criteria }: { criteria: CriterionRow[] }) {
  const [form, fields] = useForm<z.infer<typeof saveCriteriaSchema>>({
    id: "save-criteria",
    lastResult: useFormResult("save-criteria"),
    defaultValue: {
      criteria: criteria.map((c) => ({
        id: String(c.id),
        name: c.name,
        description: c.description,
        weight: String(c.weight),
      })),
    },
    ...useSchemaChecks("save-criteria", () => import("~/validation/judging").then((m) => m.saveCriteriaSchema), {
      shouldValidate: "onBlur",
    }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="mb-4">
      <input type="hidden" name="intent" value="save-criteria" />
      {fields.criteria.getFieldList().map((row, i) => {
        const f = row.getFieldset();
        return (
          <fieldset key={row.key} className="mb-4 rounded-lg border border-line p-4">
            <legend className="px-1 font-semibold">Criterion {i + 1}</legend>
            <input {...getInputProps(f.id, { type: "hidden" })} />
            <TextField meta={f.name} label="Name" />
            <TextField meta={f.description} label="What judges look for (optional)" />
            <TextField
              meta={f.weight}
              label="Weight"
              type="number"
              inputMode="numeric"
              min={MIN_WEIGHT}
              max={MAX_WEIGHT}
            />
          </fieldset>
        );
      })}
      <Button type="submit">Save the criteria</Button>
    </Form>
  );
}

/** Adds a criterion at the end of the list. */
export function AddCriterionForm() {
  const [form, fields] = useForm<z.infer<typeof addCriterionSchema>>({
    id: "add-criterion",
    lastResult: useFormResult("add-criterion"),
    defaultValue: { weight: "20" },
    ...useSchemaChecks("add-criterion", () => import("~/validation/judging").then((m) => m.addCriterionSchema), {
      shouldValidate: "onSubmit",
    }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg border border-line bg-surface p-4">
      <h3 className="mb-3 text-lg">Add a criterion</h3>
      <input type="hidden" name="intent" value="add-criterion" />
      <TextField meta={fields.name} label="Name" />
      <TextField meta={fields.description} label="What judges look for (optional)" />
      <TextField
        meta={fields.weight}
        label="Weight"
        type="number"
        inputMode="numeric"
        min={MIN_WEIGHT}
        max={MAX_WEIGHT}
      />
      <Button type="submit" variant="secondary">
        Add the criterion
      </Button>
    </Form>
  );
}
