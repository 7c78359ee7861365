import { redirect } from "@remix-run/node";
import type { Role } from "../domain/taxonomy";
import { hasRole } from "../domain/roles";
import { TWO_STEP_REQUIRED_MESSAGE } from "../domain/two-step";
import { getAuth, type SessionUser } from "./session.server";
import { twoStepSetupPath } from "./two-step.server";

/** The path and query of a request, for coming back after log-in. */
function returnTo(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

/**
 * The signed-in user, or a redirect to log-in that returns here. With `role`, a signed-in person
 * without it gets a 403 (admins hold every role's rights), unless the role is theirs but waits on
 * two-step sign-in: then a page sends them to set it up and a post gets a 403 saying so.
 */
export async function requireUser(request: Request, options: { role?: Role | Role[] } = {}): Promise<SessionUser> {
  const auth = await getAuth(request);
  if (!auth) {
    throw redirect(`/login?redirectTo=${encodeURIComponent(returnTo(request))}`);
  }
  if (options.role) {
    const wanted = Array.isArray(options.role) ? options.role : [options.role];
    if (!wanted.some((role) => hasRole(auth.user, role))) {
      if (wanted.some((role) => hasRole({ roles: auth.user.withheldRoles ?? [] }, role))) twoStepFirst(request);
      throw new Response("You do not have permission to do this.", { status: 403, statusText: "Forbidden" });
    }
  }
  return auth.user;
}

/**
 * For a person whose admin or organiser rights wait on two-step sign-in (decision 0058): a page
 * sends them to set it up, a form post is refused with the reason.
 */
function twoStepFirst(request: Request): never {
  if (request.method === "GET" || request.method === "HEAD") throw redirect(twoStepSetupPath(returnTo(request)));
  throw new Response(TWO_STEP_REQUIRED_MESSAGE, { status: 403, statusText: "Forbidden" });
}

/** Shorthand for `requireUser(request, { role })`. */
export function requireRole(request: Request, role: Role | Role[]): Promise<SessionUser> {
  return requireUser(request, { role });
}

/** For log-in and sign-up pages: a signed-in person is sent to their dashboard. */
export async function requireAnonymous(request: Request): Promise<void> {
  if (await getAuth(request)) throw redirect("/dashboard");
}

/** The signed-in user or null, for pages anyone may see. */
export async function getOptionalUser(request: Request): Promise<SessionUser | null> {
  return (await getAuth(request))?.user ?? null;
}
