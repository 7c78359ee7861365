import { describe, expect, it } from "vitest";
import { isLoopbackOrigin, shouldSeedDemoData } from "./env.server";

describe("isLoopbackOrigin", () => {
  it.each([
    ["http://localhost:3000", true],
    ["http://app.localhost", true],
    ["http://127.0.0.1:3100", true],
    ["http://127.9.9.9", true],
    ["http://[::1]:3000", true],
    ["https://hackpath.example", false],
    ["http://10.0.0.5:3000", false],
    ["http://127.0.0.1.example", false],
  ])("%s → %s", (origin, loopback) => {
    expect(isLoopbackOrigin(origin)).toBe(loopback);
  });
});

describe("shouldSeedDemoData", () => {
  it.each([
    [undefined, undefined, true],
    [undefined, "http://localhost:3000", true],
    [undefined, "https://hackpath.example", false],
    [false, undefined, false],
    [false, "http://localhost:3000", false],
    [true, "https://hackpath.example", true],
  ] as const)("DEMO_DATA=%s APP_ORIGIN=%s → %s", (DEMO_DATA, APP_ORIGIN, seed) => {
    expect(shouldSeedDemoData({ DEMO_DATA, APP_ORIGIN })).toBe(seed);
  });
});
