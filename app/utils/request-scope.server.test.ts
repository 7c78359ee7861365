import { describe, expect, it } from "vitest";
import { oncePerRequest, withReadScope } from "./request-scope.server";

/** A read that counts how often it ran and answers with that count. */
function counter() {
  let runs = 0;
  return { read: async () => ++runs, runs: () => runs };
}

describe("oncePerRequest", () => {
  it("reads every time outside a request's scope (form posts, tests calling a loader)", async () => {
    const { read, runs } = counter();
    expect([await oncePerRequest("k", read), await oncePerRequest("k", read)]).toEqual([1, 2]);
    expect(runs()).toBe(2);
  });

  it("inside one scope, reads a key once and hands every caller the same answer", async () => {
    const { read, runs } = counter();
    const answers = await withReadScope(() =>
      Promise.all([oncePerRequest("k", read), oncePerRequest("k", read), oncePerRequest("k", read)]),
    );
    expect(answers).toEqual([1, 1, 1]);
    expect(runs()).toBe(1);
  });

  it("keeps different keys apart within a scope", async () => {
    const a = counter();
    const b = counter();
    const answers = await withReadScope(async () => [
      await oncePerRequest("a", a.read),
      await oncePerRequest("b", b.read),
      await oncePerRequest("a", a.read),
    ]);
    expect(answers).toEqual([1, 1, 1]);
    expect([a.runs(), b.runs()]).toEqual([1, 1]);
  });

  it("gives each request its own scope, even while two are in flight together", async () => {
    const { read, runs } = counter();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = withReadScope(async () => {
      const before = await oncePerRequest("k", read);
      await gate;
      return [before, await oncePerRequest("k", read)];
    });
    const second = withReadScope(() => oncePerRequest("k", read));
    expect(await second).toBe(2);
    release();
    expect(await first).toEqual([1, 1]);
    expect(runs()).toBe(2);
  });

  it("after a scope ends, calls read again", async () => {
    const { read } = counter();
    expect(await withReadScope(() => oncePerRequest("k", read))).toBe(1);
    expect(await oncePerRequest("k", read)).toBe(2);
  });
});
