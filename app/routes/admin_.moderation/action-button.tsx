import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";

/** A one-button moderation form: the intent and the id it acts on. */
export function ActionButton({
  intent,
  name,
  value,
  label,
  danger = false,
}: {
  intent: string;
  name: string;
  value: number;
  label: string;
  danger?: boolean;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={name} value={value} />
      <Button type="submit" variant={danger ? "danger" : "secondary"}>
        {label}
      </Button>
    </Form>
  );
}
