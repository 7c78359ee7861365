/**
 * Two-step sign-in as pure rules: who must have it, what a session may use until they do, who may
 * turn it off, and the shapes of codes people type. Browser-safe. Decision record 0058.
 */
import { refuse, type Refusal } from "./refusal";
import type { Role } from "./taxonomy";

/** The roles whose rights need two-step sign-in: they can change other people's accounts and records. */
export const TWO_STEP_ROLES = ["admin", "organiser"] as const satisfies readonly Role[];

/** How many wrong codes one half-done sign-in takes before it is void and the person starts again. */
export const MAX_CODE_ATTEMPTS = 5;
/** How long a half-done sign-in waits for its code. */
export const CHALLENGE_SECONDS = 5 * 60;
/** How many recovery codes a person gets at a time. */
export const RECOVERY_CODE_COUNT = 10;

/** What a person is told when their roles need two-step sign-in and it is not set up yet. */
export const TWO_STEP_REQUIRED_MESSAGE =
  "Organisers and admins must use two-step sign-in. Set it up in Settings, Two-step sign-in, and then you can use your organiser or admin rights.";

/**
 * Whether a person must use two-step sign-in: they hold the admin or organiser role and are not
 * exempt (the local demo's own accounts on a local start).
 */
export function twoStepRequired({ roles, exempt }: { roles: readonly Role[]; exempt: boolean }): boolean {
  return !exempt && roles.some((role) => (TWO_STEP_ROLES as readonly Role[]).includes(role));
}

/**
 * The roles a session may use: until someone who must use two-step sign-in has it on, their admin
 * and organiser roles are withheld (they stay signed in with their other roles).
 */
export function usableRoles({
  roles,
  exempt,
  enabled,
}: {
  roles: readonly Role[];
  exempt: boolean;
  enabled: boolean;
}): { roles: Role[]; withheld: Role[] } {
  if (enabled || !twoStepRequired({ roles, exempt })) return { roles: [...roles], withheld: [] };
  const privileged = (role: Role) => (TWO_STEP_ROLES as readonly Role[]).includes(role);
  return { roles: roles.filter((role) => !privileged(role)), withheld: roles.filter(privileged) };
}

/** Whether a person may turn two-step sign-in off: not when their roles require it. */
export function canTurnOffTwoStep({ roles, exempt }: { roles: readonly Role[]; exempt: boolean }): Refusal | undefined {
  if (twoStepRequired({ roles, exempt }))
    return refuse(403, "Two-step sign-in stays on for organisers and admins: their roles require it.");
  return undefined;
}

/** A typed code with spaces and hyphens taken out, lower case: what both kinds of code are compared as. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, "").toLowerCase();
}

/** Which kind of code a normalised input looks like: six digits from an app, or a recovery code. */
export function codeKind(normalised: string): "totp" | "recovery" | null {
  if (/^\d{6}$/.test(normalised)) return "totp";
  if (/^[a-z2-7]{10}$/.test(normalised)) return "recovery";
  return null;
}

/** A recovery code as people read it: `abcde-fghij`. */
export function formatRecoveryCode(normalised: string): string {
  return `${normalised.slice(0, 5)}-${normalised.slice(5)}`;
}

/** A secret in groups of four for typing into an app: `ABCD EFGH …`. */
export function groupSecret(secret: string): string[] {
  return secret.match(/.{1,4}/g) ?? [];
}
