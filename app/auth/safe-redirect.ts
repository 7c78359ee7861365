/** Where people land after signing in when nothing else was asked for. */
export const DEFAULT_AFTER_LOGIN = "/dashboard";

/**
 * A redirect target from the query string or a form, made safe: only a same-site relative path
 * ("/problems?page=2") passes; absolute URLs, protocol-relative "//evil.example", backslash tricks,
 * control characters and the account pages themselves fall back to `fallback`.
 */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback: string = DEFAULT_AFTER_LOGIN,
): string {
  if (typeof to !== "string" || to.length === 0 || to.length > 2000) return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, "http://hackpath.invalid");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://hackpath.invalid") return fallback;
  if (["/login", "/logout", "/signup"].includes(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
