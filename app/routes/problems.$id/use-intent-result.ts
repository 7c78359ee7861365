import type { ProblemActionData } from "./route";

/** The action's reply for one form on the page (by intent, and by comment/target id when given). */
export function resultFor(actionData: ProblemActionData, intent: string, targetId?: number) {
  if (!actionData || actionData.intent !== intent) return undefined;
  if (targetId !== undefined && actionData.targetId !== targetId) return undefined;
  return actionData.result;
}
