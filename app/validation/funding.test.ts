import { describe, expect, it } from "vitest";
import { fundingActionSchema, parsePounds } from "./funding";

describe("the funding forms", () => {
  it("reads whole pounds as people write them", () => {
    expect(parsePounds("25000")).toBe(25_000);
    expect(parsePounds("25,000")).toBe(25_000);
    expect(parsePounds("£25,000")).toBe(25_000);
    expect(parsePounds("£ 1 000")).toBe(1_000);
    for (const text of ["25000.50", "twenty", "-5", "£", "1e3"]) expect(parsePounds(text), text).toBeNaN();
  });

  const register = (amount: string | undefined) =>
    fundingActionSchema.safeParse({ intent: "register", kind: "grant", amount, note: "" });
  const errorOf = (amount: string) => {
    const parsed = register(amount);
    return parsed.success ? null : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
  };

  it("takes an empty amount as not said, and refuses pence, negatives, words and more than £1 billion", () => {
    expect(register("£25,000")).toMatchObject({ success: true, data: { amount: 25_000, kind: "grant" } });
    expect(register(undefined)).toMatchObject({ success: true, data: { amount: undefined } });
    expect(register("0")).toMatchObject({ success: true, data: { amount: 0 } });
    expect(errorOf("-5")).toEqual([["amount", "The amount must be £0 or more"]]);
    expect(errorOf("25000.50")).toEqual([
      ["amount", "The amount must be a whole number of pounds, such as 25000 or £25,000"],
    ]);
    expect(errorOf("lots")).toEqual([
      ["amount", "The amount must be a whole number of pounds, such as 25000 or £25,000"],
    ]);
    expect(errorOf("1,000,000,001")).toEqual([["amount", "The amount must be £1 billion or less"]]);
  });

  it("needs a decline reason and keeps notes to 2,000 characters", () => {
    const decline = fundingActionSchema.safeParse({ intent: "decline", interestId: 3, reason: "   " });
    expect(decline.success ? [] : decline.error.issues.map((i) => i.message)).toEqual([
      "Say why you are declining: the funder reads it",
    ]);
    const long = fundingActionSchema.safeParse({ intent: "update", status: "interested", note: "x".repeat(2001) });
    expect(long.success ? [] : long.error.issues.map((i) => i.message)).toEqual([
      "Keep the note to 2,000 characters or fewer",
    ]);
  });
});
