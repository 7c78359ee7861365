/** Helpers for the account, settings, admin and dashboard route tests. */
import { randomUUID } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { getAuth } from "../../app/auth/session.server";
import { cookieFrom } from "../request";

/** A load context with an IP address of its own, so rate limits in one test do not touch another. */
export function freshContext(ip = `10.${randomUUID()}`): AppLoadContext {
  return { clientIp: ip };
}

type Outcome = { status: number; headers: Headers; data: unknown };

/**
 * What a loader or action answered, whatever its form: a thrown or returned Response, the result
 * of `data(value, init)`, or a plain object (status 200).
 */
export async function outcome(result: unknown): Promise<Outcome> {
  if (result instanceof Response) {
    const text = await result.clone().text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // plain text
    }
    return { status: result.status, headers: result.headers, data: body };
  }
  if (
    result &&
    typeof result === "object" &&
    "init" in result &&
    "data" in result &&
    (result as { type?: string }).type === "DataWithResponseInit"
  ) {
    const init = (result as { init: ResponseInit | null }).init ?? {};
    return { status: init.status ?? 200, headers: new Headers(init.headers), data: (result as { data: unknown }).data };
  }
  return { status: 200, headers: new Headers(), data: result };
}

/** The form-level and field errors of a conform reply, bare or inside a page's FormReply. */
export function errorsOf(data: unknown): Record<string, string[]> {
  const reply = (data as { result?: unknown } | null)?.result ?? data;
  return ((reply as { error?: Record<string, string[]> } | null)?.error ?? {}) as Record<string, string[]>;
}

/** Whether a session cookie (`name=value`) still signs someone in. */
export async function cookieSignsIn(cookie: string): Promise<number | null> {
  const auth = await getAuth(new Request("http://localhost:3000/", { headers: { Cookie: cookie } }));
  return auth?.user.id ?? null;
}

/** The `name=value` of the session cookie in a response's Set-Cookie, or null. */
export function sessionCookieFrom(headers: Headers): string | null {
  const setCookie = headers.get("Set-Cookie");
  return setCookie ? cookieFrom(setCookie) : null;
}
