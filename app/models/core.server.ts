/**
 * What every model shares: the result a write returns, the refusal, who is acting, and the one
 * way to reach the database (getDb for reads, inTransaction for writes). Models import these from
 * here and from nowhere else.
 */
import type { Role } from "../domain/taxonomy";
import type { Refusal } from "../domain/refusal";

export { refuse, type Refusal, type RefusalStatus } from "../domain/refusal";
export { getDb, inTransaction, readUntilNextWrite, type Tx } from "../utils/db.server";
export { oncePerRequest } from "../utils/request-scope.server";

/** What a model write returns: success with its data, or a refusal the route turns into a status. */
export type ModelResult<T extends object = object> = ({ ok: true } & T) | Refusal;

/** Who is looking or acting: the session user, or null for a visitor. */
export type Viewer = { id: number; name?: string; roles: readonly Role[] } | null;
