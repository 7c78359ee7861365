import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { Button } from "./button";

// Filters for browse pages: a plain GET form, so a filtered list is a shareable URL and works
// without JavaScript. Controls are uncontrolled and keyed by their value, so client-side
// navigation (back/forward) shows the URL's filters.

const controlClass = "mt-1 block w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base";

/** A GET form of filters with Apply and Clear. `label` names the form for screen readers. */
export function FilterForm({ label, clearHref, children }: { label: string; clearHref: string; children: ReactNode }) {
  return (
    <Form method="get" aria-label={label} className="mb-6 rounded-lg border border-line bg-surface p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit">Apply filters</Button>
        <Link to={clearHref}>Clear filters</Link>
      </div>
    </Form>
  );
}

/** A labelled select whose first option means "any". */
export function FilterSelect({
  name,
  label,
  value,
  options,
  anyLabel = "Any",
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  options: readonly { value: string | number; label: string }[];
  anyLabel?: string;
}) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value === undefined ? "" : String(value)}
        key={String(value ?? "")}
        className={controlClass}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled search box. */
export function FilterSearch({
  name = "q",
  label,
  value,
  hint,
}: {
  name?: string;
  label: string;
  value: string | undefined;
  hint?: string;
}) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type="search"
        name={name}
        defaultValue={value ?? ""}
        key={value ?? ""}
        maxLength={200}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={controlClass}
      />
    </div>
  );
}

/**
 * A labelled month (`YYYY-MM`). Browsers without a month picker show a text box, so the hint
 * gives the format.
 */
export function FilterMonth({ name, label, value }: { name: string; label: string; value: string | undefined }) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="mt-0.5 text-sm text-muted">
        For example, 2026-03
      </p>
      <input
        id={id}
        type="month"
        name={name}
        defaultValue={value ?? ""}
        key={value ?? ""}
        min="2000-01"
        max="2100-12"
        pattern="[0-9]{4}-[0-9]{2}"
        aria-describedby={`${id}-hint`}
        className={controlClass}
      />
    </div>
  );
}

/** A yes/no filter sent as `name=1` when ticked. */
export function FilterCheckbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="flex items-end">
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          name={name}
          value="1"
          defaultChecked={checked}
          key={String(checked)}
          className="h-5 w-5"
        />
        <span className="font-semibold">{label}</span>
      </label>
    </div>
  );
}

/** The options of a vocabulary from app/domain/taxonomy, for a select. */
export function optionsOf(vocabulary: { values: readonly string[]; label: (value: string) => string }) {
  return vocabulary.values.map((value) => ({ value, label: vocabulary.label(value) }));
}
