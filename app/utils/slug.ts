import { MAX_ID } from "../domain/ids";

/**
 * Readable, stable addresses: `/problems/12-diabetic-foot-checks`. The number is the key; the
 * words are decoration, so a renamed record keeps working links (see docs/decisions).
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

/** The path segment for a record: its id and a slug of its name. */
export function idSlug(id: number, name: string): string {
  const slug = slugify(name);
  return slug ? `${id}-${slug}` : String(id);
}

/** The id at the front of a path segment (`12` or `12-some-words`), or null. */
export function parseIdSlug(param: string | undefined): number | null {
  const match = /^(\d{1,12})(?:-[a-z0-9-]*)?$/.exec(param ?? "");
  if (!match) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) && id > 0 && id <= MAX_ID ? id : null;
}
