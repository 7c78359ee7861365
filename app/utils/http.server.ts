import { parseIdSlug } from "./slug";

/** Throws a 404 response with a message the error boundary shows. */
export function notFound(message = "We could not find that page."): never {
  throw new Response(message, { status: 404, statusText: "Not Found" });
}

/** Throws a 403 response. */
export function forbidden(message = "You do not have permission to do this."): never {
  throw new Response(message, { status: 403, statusText: "Forbidden" });
}

/** The numeric id from an `:id` route param (number or number-slug), or a 404. */
export function requireIdParam(param: string | undefined, what = "page"): number {
  const id = parseIdSlug(param);
  if (id === null) notFound(`We could not find that ${what}.`);
  return id;
}
