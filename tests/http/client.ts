/**
 * The one way HTTP tests talk to the built server. Redirects are never followed unless asked
 * (a test checks where it is sent with `toRedirectTo`), and nothing is added to a request that
 * the test did not ask for, except what a browser's own form post carries (postForm).
 */
import type { TestServer } from "./server";

export type RequestOptions = {
  /** A session cookie (`name=value`) or any Cookie header. */
  cookie?: string;
  /** More headers; they win over the ones these helpers set. */
  headers?: Record<string, string>;
  /** "manual" unless given. */
  redirect?: RequestRedirect;
};

/** Any request, exactly as given: no Origin and no Content-Type unless in `headers`. */
export function send(
  server: TestServer,
  path: string,
  {
    method = "GET",
    body,
    cookie,
    headers = {},
    redirect = "manual",
  }: RequestOptions & { method?: string; body?: BodyInit } = {},
): Promise<Response> {
  return fetch(`${server.baseUrl}${path}`, {
    method,
    body,
    redirect,
    headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers },
  });
}

/** A GET as a browser sends it. */
export function getPage(server: TestServer, path: string, options: RequestOptions = {}): Promise<Response> {
  return send(server, path, options);
}

/**
 * A form POST as a browser on the server's own page sends it: with its Origin, and urlencoded
 * (fields, or URLSearchParams) or multipart (FormData, whose boundary fetch sets).
 */
export function postForm(
  server: TestServer,
  path: string,
  fields: Record<string, string | string[]> | URLSearchParams | FormData,
  { headers = {}, ...options }: RequestOptions = {},
): Promise<Response> {
  let body: URLSearchParams | FormData;
  if (fields instanceof URLSearchParams || fields instanceof FormData) body = fields;
  else {
    body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  }
  const type: Record<string, string> =
    body instanceof FormData ? {} : { "Content-Type": "application/x-www-form-urlencoded" };
  return send(server, path, {
    ...options,
    method: "POST",
    body,
    headers: { ...type, Origin: server.origin, ...headers },
  });
}

/** A response read to the end, for sweeps that keep only what they report. */
export type Answer = { status: number; headers: Headers; body: string };

/** Reads a response's body, so it can be kept and reported (and the connection freed). */
export async function read(response: Response | Promise<Response>): Promise<Answer> {
  const answer = await response;
  return { status: answer.status, headers: answer.headers, body: await answer.text() };
}
