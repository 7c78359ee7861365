/**
 * Reading a posted form before conform parses it. conform turns field names into paths, so a
 * name like `tags[99999999]` becomes an array of a hundred million holes and one like
 * `a.a.a.…` (thousands deep) overflows the stack when the reply is built: either ties up or
 * crashes the request. No Hackpath form has names like those, so they are refused up front.
 */

/** Limits no real form of ours comes near. */
const MAX_FIELDS = 1000;
const MAX_NAME_LENGTH = 200;
const MAX_LIST_INDEX = 999;
const MAX_PATH_SEGMENTS = 8;

function refuse(message: string, status = 400): never {
  throw new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** Throws a 400 (413 for too many fields) Response if a form's field names could not come from our forms. */
export function assertFormShape(form: FormData): void {
  let fields = 0;
  for (const name of form.keys()) {
    if (++fields > MAX_FIELDS) refuse("That form has too many fields.", 413);
    if (name.length > MAX_NAME_LENGTH) refuse("We could not read that form: a field name is too long.");
    const segments = name.split(/[.[]/).length;
    if (segments > MAX_PATH_SEGMENTS) refuse("We could not read that form: a field name is too deep.");
    for (const match of name.matchAll(/\[(\d+)\]/g)) {
      if (Number(match[1]) > MAX_LIST_INDEX) refuse("We could not read that form: a list in it is too long.");
    }
  }
}

/**
 * Refuses a form with a NUL character in a value (no one can type one, and PostgreSQL's text and
 * jsonb cannot hold it, while SQLite's can), and drops NULs from file names (no file system allows
 * them either), so that neither store is ever given one.
 */
export function withoutNul(form: FormData): FormData {
  let renamed = false;
  for (const value of form.values()) {
    if (typeof value === "string") {
      if (value.includes("\u0000")) refuse("We could not read that form: it has a character no one can type.");
    } else if (value.name.includes("\u0000")) renamed = true;
  }
  if (!renamed) return form;
  const clean = new FormData();
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" && value.name.includes("\u0000"))
      clean.append(name, new File([value], value.name.replaceAll("\u0000", ""), { type: value.type }));
    else clean.append(name, value);
  }
  return clean;
}

/** The request's form, or a thrown 400 when the body is not a readable form of ours. */
export async function readForm(request: Request): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    refuse("We could not read that form. Please try again.");
  }
  assertFormShape(form);
  return withoutNul(form);
}
