import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Reads one page request makes more than once, made once. Remix hands every loader its own copy
 * of the Request (server-runtime's stripIndexParam), so the root loader and the page's loader
 * cannot tell by the Request that they serve the same visit: both validated the session, read
 * the roles and counted unread notifications. The server runs each GET and HEAD inside a scope
 * (server/remix-handler.ts); no action runs there, so nothing read can change under it before the
 * answer is sent. Outside a scope (a form post, a test calling a loader) every call reads.
 *
 * Kept on globalThis: the Express bundle and the Remix build each hold a copy of this module.
 */
const globalForScope = globalThis as unknown as { __hackpathRequestScope?: AsyncLocalStorage<Map<string, unknown>> };
const scope = (globalForScope.__hackpathRequestScope ??= new AsyncLocalStorage<Map<string, unknown>>());

/** Runs `body` (the handling of one GET or HEAD request) with its own set of kept reads. */
export function withReadScope<T>(body: () => T): T {
  return scope.run(new Map(), body);
}

/** `read()`'s promise, shared by every caller with the same key in this request's scope. */
export function oncePerRequest<T>(key: string, read: () => Promise<T>): Promise<T> {
  const kept = scope.getStore();
  if (!kept) return read();
  if (!kept.has(key)) kept.set(key, read());
  return kept.get(key) as Promise<T>;
}
