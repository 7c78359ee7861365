/**
 * A rule said no: the status a route answers with and the sentence the person reads, with the
 * form field it belongs to where there is one. Every permission rule in app/domain returns
 * `Refusal | undefined` (undefined: allowed); loaders use it to decide what to show, models to
 * refuse inside their transaction. Decision record 0008.
 */
export type RefusalStatus = 400 | 403 | 404 | 409;
export type Refusal = { ok: false; status: RefusalStatus; message: string; field?: string };

/** A refusal, for brevity. */
export function refuse(status: RefusalStatus, message: string, field?: string): Refusal {
  return field ? { ok: false, status, message, field } : { ok: false, status, message };
}
