/**
 * The path of a request as the request log records it: no query string (it can hold an email
 * address or a token), and the secret of a link sent by email replaced by ":token", so a log
 * never holds a working password-reset, confirmation or unsubscribe link.
 */
const TOKEN_PATHS = /^\/(reset-password|confirm-email|unsubscribe)\/[^/?#]+/;

export function loggedPath(url: string): string {
  const path = url.split("?")[0] ?? "";
  return path.replace(TOKEN_PATHS, "/$1/:token");
}
