/**
 * Helpers for HTTP sweeps over the built server with the demo data: the demo accounts signed in,
 * the route patterns the build has (with whether each has an action), and a bounded pool to send
 * many requests without queueing them all at once.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { eq } from "drizzle-orm";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { sessionCookieFor } from "./accounts";

export const demoRoles = ["clinician", "developer", "mentor", "funder", "organiser", "admin"] as const;
export type DemoRole = (typeof demoRoles)[number];
export type Persona = "anonymous" | DemoRole;
export const personas: Persona[] = ["anonymous", ...demoRoles];

/** The demo account for a role (`<role>@demo.test`), with a fresh session cookie. */
export async function demoAccount(role: DemoRole): Promise<{ id: number; email: string; cookie: string }> {
  const [user] = await getWriterDb()
    .select({ id: s.users.id, email: s.users.email })
    .from(s.users)
    .where(eq(s.users.email, `${role}@demo.test`));
  if (!user) throw new Error(`No demo account ${role}@demo.test: start the server with { demoData: true }.`);
  return { ...user, cookie: await sessionCookieFor(user.id) };
}

export type BuiltRoute = { pattern: string; hasAction: boolean; hasLoader: boolean };

/** Every route module of the build with a path, joined to its parents' (as the authorization matrix reads them). */
export async function builtRoutes(): Promise<BuiltRoute[]> {
  type Module = { action?: unknown; loader?: unknown };
  const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as {
    routes: Record<string, { id: string; parentId?: string; path?: string; module: Module }>;
  };
  const full = (id: string): string => {
    const route = build.routes[id]!;
    if (!route.parentId) return "";
    const parent = full(route.parentId);
    return route.path ? `${parent.replace(/\/$/, "")}/${route.path}` : parent;
  };
  const byPattern = new Map<string, BuiltRoute>();
  for (const id of Object.keys(build.routes)) {
    if (!build.routes[id]!.parentId) continue;
    const pattern = full(id) || "/";
    const previous = byPattern.get(pattern);
    const module = build.routes[id]!.module;
    byPattern.set(pattern, {
      pattern,
      hasAction: Boolean(previous?.hasAction || module.action),
      hasLoader: Boolean(previous?.hasLoader || module.loader),
    });
  }
  return [...byPattern.values()].sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Runs tasks with at most `size` in flight; resolves when all are done. */
export async function inPool<T>(items: T[], size: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
