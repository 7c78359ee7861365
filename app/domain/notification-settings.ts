import type { NotificationKind } from "./notifications";

// What the email-choices form and its schema share, without zod, so that a page showing the form
// does not load the schema (decision 0064).

/**
 * The form field of a kind's radios. conform reads a dot in a name as a nested object, so
 * "problem.endorsed" is posted as "problem__endorsed".
 */
export function deliveryField(kind: NotificationKind): string {
  return kind.replace(".", "__");
}
