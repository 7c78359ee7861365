/**
 * Matchers for what a loader, an action or the server answered (after epic-stack's
 * tests/setup/custom-matchers.ts). They take a Response or anything with a `status` (and
 * `headers`, `data` or `body` if it has them: tests/routes/auth-helpers.ts's `outcome`,
 * tests/http/client.ts's `Answer`), and say on failure where a redirect went and what the answer
 * carried, instead of "expected 302 to be 200".
 */
import { expect } from "vitest";

type Answer = { status: number; headers?: Headers; data?: unknown; body?: unknown };

function isAnswer(received: unknown): received is Answer {
  return typeof received === "object" && received !== null && typeof (received as Answer).status === "number";
}

const locationOf = (answer: Answer) => (answer.headers instanceof Headers ? answer.headers.get("Location") : null);

/** One line on an answer: its status, where it redirects, and the start of its data or body. */
function describeAnswer(answer: Answer): string {
  const location = locationOf(answer);
  const parts = [`status ${answer.status}`];
  if (location !== null) parts.push(`Location ${JSON.stringify(location)}`);
  // A Response's body is a stream, unread here (a matcher cannot wait for it).
  for (const key of answer instanceof Response ? [] : (["data", "body"] as const)) {
    const value = answer[key];
    if (value === undefined) continue;
    const text = typeof value === "string" ? value.replace(/\s+/g, " ") : JSON.stringify(value);
    parts.push(`${key} ${(text ?? "").slice(0, 300)}`);
  }
  return parts.join(", ");
}

const notAnAnswer = (received: unknown) => ({
  pass: false,
  message: () => `expected a Response (or { status, headers }), got ${JSON.stringify(received)?.slice(0, 300)}`,
});

expect.extend({
  toHaveStatus(received: unknown, status: number) {
    if (!isAnswer(received)) return notAnAnswer(received);
    return {
      pass: received.status === status,
      message: () =>
        `expected the answer ${this.isNot ? "not " : ""}to have status ${status}, but it had ${describeAnswer(received)}`,
      actual: received.status,
      expected: status,
    };
  },

  toRedirectTo(received: unknown, location: string | RegExp, status = 302) {
    if (!isAnswer(received)) return notAnAnswer(received);
    const actual = locationOf(received);
    const matches =
      actual !== null && (location instanceof RegExp ? location.test(actual) : this.equals(actual, location));
    return {
      pass: received.status === status && matches,
      message: () =>
        `expected the answer ${this.isNot ? "not " : ""}to redirect (${status}) to ${this.utils.printExpected(location)}, ` +
        `but it had ${describeAnswer(received)}`,
      actual,
      expected: location,
    };
  },
});

interface AnswerMatchers<R = unknown> {
  /** The answer's status is exactly `status`. */
  toHaveStatus(status: number): R;
  /**
   * The answer is a redirect with this status (302, what Remix's `redirect` sends, unless given)
   * whose Location is exactly `location` (or matches the RegExp, or an asymmetric matcher such as
   * `expect.stringContaining`).
   */
  toRedirectTo(location: string | RegExp, status?: 301 | 302 | 303 | 307 | 308): R;
}

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Assertion<T = any> extends AnswerMatchers<T> {}
}
