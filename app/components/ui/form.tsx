import {
  getCollectionProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
  type FormMetadata,
} from "@conform-to/react";
import {
  useEffect,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { useErrorTitle } from "./error-title";

// Form primitives over conform: a label, hint and error beside every control, wired with
// aria-describedby; the same markup with or without JavaScript.

const controlClass =
  "mt-1 block w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger-700 aria-[invalid=true]:border-2";

type Meta = FieldMetadata<unknown, Record<string, unknown>, string[]>;

function hintId(meta: { id: string }) {
  return `${meta.id}-hint`;
}

/** The label, hint and error around a control. */
function FieldShell({
  meta,
  label,
  hint,
  children,
}: {
  meta: Meta;
  label: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="mb-5">
      <label htmlFor={meta.id} className="block font-semibold">
        {label}
      </label>
      <HintAndError meta={meta} hint={hint} />
      {children}
    </div>
  );
}

/** A field's hint (when it has one) and then its errors, between its label and its control. */
function HintAndError({ meta, hint }: { meta: Meta; hint?: ReactNode }) {
  return (
    <>
      {hint ? (
        <div id={hintId(meta)} className="mt-0.5 text-sm text-muted">
          {hint}
        </div>
      ) : null}
      <FieldError meta={meta} />
    </>
  );
}

/** The field's first error, announced with it. */
export function FieldError({ meta }: { meta: Meta }) {
  if (!meta.errors?.length) return null;
  return (
    <p id={meta.errorId} className="mt-1 font-semibold text-danger-700">
      <span className="sr-only">Error: </span>
      {meta.errors[0]}
    </p>
  );
}

/** A labelled text input. */
export function TextField({
  meta,
  label,
  hint,
  type = "text",
  ...rest
}: {
  meta: Meta;
  label: ReactNode;
  hint?: ReactNode;
  type?: "text" | "email" | "password" | "url" | "number" | "date" | "datetime-local" | "search" | "tel";
} & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  return (
    <FieldShell meta={meta} label={label} hint={hint}>
      <input
        className={controlClass}
        {...getInputProps(meta as FieldMetadata<string>, { type, ariaDescribedBy: hint ? hintId(meta) : undefined })}
        {...rest}
      />
    </FieldShell>
  );
}

/** A labelled multi-line input. */
export function TextAreaField({
  meta,
  label,
  hint,
  rows = 5,
  ...rest
}: { meta: Meta; label: ReactNode; hint?: ReactNode } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell meta={meta} label={label} hint={hint}>
      <textarea
        className={controlClass}
        rows={rows}
        {...getTextareaProps(meta as FieldMetadata<string>, { ariaDescribedBy: hint ? hintId(meta) : undefined })}
        {...rest}
      />
    </FieldShell>
  );
}

/** A labelled select from a list of options. */
export function SelectField({
  meta,
  label,
  hint,
  options,
  placeholder,
  ...rest
}: {
  meta: Meta;
  label: ReactNode;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell meta={meta} label={label} hint={hint}>
      <select
        className={controlClass}
        {...getSelectProps(meta as FieldMetadata<string>, { ariaDescribedBy: hint ? hintId(meta) : undefined })}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A group of checkboxes (several values) or radios (one value) in a fieldset with a legend. */
export function ChoiceField({
  meta,
  legend,
  hint,
  options,
  type = "checkbox",
}: {
  meta: Meta;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  type?: "checkbox" | "radio";
}) {
  const controls = getCollectionProps(meta as FieldMetadata<string[]>, { type, options: options.map((o) => o.value) });
  return (
    <fieldset
      id={meta.id}
      tabIndex={-1}
      className="mb-5"
      aria-describedby={
        [hint ? hintId(meta) : "", meta.errors?.length ? meta.errorId : ""].join(" ").trim() || undefined
      }
    >
      <legend className="font-semibold">{legend}</legend>
      <HintAndError meta={meta} hint={hint} />
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {controls.map((props, i) => (
          <label key={props.key ?? props.value} className="flex min-h-11 items-center gap-2">
            <input {...props} key={undefined} className="h-5 w-5" />
            <span>{options[i]?.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A single required-or-optional checkbox, such as a declaration. */
export function CheckboxField({ meta, label, hint }: { meta: Meta; label: ReactNode; hint?: ReactNode }) {
  return (
    <div className="mb-5">
      <FieldError meta={meta} />
      <label className="flex min-h-11 items-start gap-3">
        <input
          className="mt-1 h-5 w-5 shrink-0"
          {...getInputProps(meta as FieldMetadata<string>, {
            type: "checkbox",
            value: "on",
            ariaDescribedBy: hint ? hintId(meta) : undefined,
          })}
        />
        <span>
          {label}
          {hint ? (
            <span id={hintId(meta)} className="block text-sm text-muted">
              {hint}
            </span>
          ) : null}
        </span>
      </label>
    </div>
  );
}

/**
 * "There is a problem" summary linking each error to its field; takes focus when a submit fails so
 * keyboard and screen-reader users land on it (GOV.UK / NHS pattern). Only then: an error found
 * as a field is left (conform's status stays unset for that) must not pull focus back up the form
 * while the person tabs on.
 */
export function ErrorSummary<Schema extends Record<string, unknown>>({
  form,
  labels,
}: {
  form: FormMetadata<Schema, string[]>;
  labels?: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(form.allErrors).filter(([, errors]) => errors.length > 0);
  const hasErrors = entries.length > 0;
  useErrorTitle(hasErrors);
  useEffect(() => {
    if (hasErrors && form.status === "error") ref.current?.focus();
  }, [hasErrors, form.status]);
  if (!hasErrors) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${form.id}-error-summary`}
      className="mb-6 rounded-md border-4 border-danger-700 p-4"
    >
      <h2 id={`${form.id}-error-summary`} className="text-xl">
        There is a problem
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {entries.map(([name, errors]) => (
          <li key={name}>
            {name ? (
              <a href={`#${form.id}-${name}`} className="font-semibold text-danger-700">
                {labels?.[name] ? `${labels[name]}: ` : ""}
                {errors[0]}
              </a>
            ) : (
              <span className="font-semibold text-danger-700">{errors[0]}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
