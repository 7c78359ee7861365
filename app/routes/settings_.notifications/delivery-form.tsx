import { getCollectionProps, getFormProps, useForm, type FieldMetadata } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { ErrorSummary, FieldError } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { defaultDelivery, emailDeliveries, emailSettingsGroups, type EmailDelivery } from "~/domain/notification-email";
import { notificationKinds, type NotificationKind } from "~/domain/notifications";
import { deliveryField } from "~/domain/notification-settings";

const labels = Object.fromEntries(
  notificationKinds.values.map((kind) => [deliveryField(kind), notificationKinds.labels[kind]]),
);

/** The kind's three choices, its default marked. */
const optionsFor = (kind: NotificationKind) =>
  emailDeliveries.values.map((value) => ({
    value,
    label:
      value === defaultDelivery(kind)
        ? `${emailDeliveries.labels[value]} (the default)`
        : emailDeliveries.labels[value],
  }));

/**
 * One kind's three radios in a fieldset, its description as the legend: the three in one row on
 * wider screens (ChoiceField's two columns would split them over two rows), stacked on a phone.
 */
function DeliveryChoice({ kind, meta }: { kind: NotificationKind; meta: FieldMetadata<string> }) {
  const options = optionsFor(kind);
  const radios = getCollectionProps(meta, { type: "radio", options: options.map((o) => o.value) });
  return (
    <fieldset id={meta.id} tabIndex={-1} aria-describedby={meta.errors?.length ? meta.errorId : undefined}>
      <legend className="font-semibold">{notificationKinds.labels[kind]}</legend>
      <FieldError meta={meta} />
      <div className="mt-1 flex flex-col gap-x-6 sm:flex-row sm:flex-wrap">
        {radios.map((props, i) => (
          <label key={props.key ?? props.value} className="flex min-h-11 items-center gap-2">
            <input {...props} key={undefined} className="h-5 w-5" />
            <span>{options[i]?.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Every kind of notification with its three choices (immediately, in the daily digest, off),
 * grouped as the domain groups them, the current choice checked; one Save for all of them.
 */
export function DeliveryForm({ deliveries }: { deliveries: Record<NotificationKind, EmailDelivery> }) {
  const lastResult = useFormResult("save");
  const navigation = useNavigation();
  const [form, fields] = useForm<Record<string, string>>({
    id: "email-choices",
    lastResult,
    defaultValue: Object.fromEntries(notificationKinds.values.map((kind) => [deliveryField(kind), deliveries[kind]])),
    ...useSchemaChecks(
      "email-choices",
      () => import("~/validation/notification-settings").then((m) => m.notificationSettingsSchema),
      { shouldValidate: "onBlur", shouldRevalidate: "onInput" },
    ),
  });
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === "save";
  return (
    <>
      <ErrorSummary form={form} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="save" />
        {emailSettingsGroups.map((group) => (
          <section
            key={group.group}
            aria-labelledby={`group-${group.group}`}
            className="mb-6 rounded-lg border border-line bg-white p-5 shadow-sm"
          >
            <h2 id={`group-${group.group}`} className="mb-4 text-2xl">
              {group.label}
            </h2>
            <div className="divide-y divide-line">
              {group.kinds.map((kind) => (
                <div key={kind} className="py-3 first:pt-0 last:pb-0">
                  <DeliveryChoice kind={kind} meta={fields[deliveryField(kind)]!} />
                </div>
              ))}
            </div>
          </section>
        ))}
        <Button type="submit" disabled={busy}>
          Save your choices
        </Button>
      </Form>
    </>
  );
}
