import { describe, expect, it } from "vitest";
import { normalisePassword, passwordProblem, PASSWORD_MIN_LENGTH } from "./passwords";

const denyList = new Set(["password123", "qwertyuiop"]);

describe("passwordProblem", () => {
  it("accepts a long, uncommon passphrase", () => {
    expect(passwordProblem("correct horse battery staple", { denyList })).toBeNull();
  });

  it("refuses anything shorter than the minimum, saying how long it must be", () => {
    expect(passwordProblem("a".repeat(PASSWORD_MIN_LENGTH - 1) + "")).toMatch(/at least 10 characters/);
    expect(passwordProblem("short1!")).toMatch(/at least 10/);
  });

  it("refuses very long input", () => {
    expect(passwordProblem("x".repeat(201) + "abc")).toMatch(/200 characters or fewer/);
  });

  it("refuses common passwords whatever their case and surrounding spaces", () => {
    expect(passwordProblem("password123", { denyList })).toMatch(/most common passwords/);
    expect(passwordProblem("PassWord123", { denyList })).toMatch(/most common passwords/);
    expect(passwordProblem("  QWERTYUIOP ", { denyList })).toMatch(/most common passwords/);
  });

  it("refuses repeated characters", () => {
    expect(passwordProblem("aaaaaaaaaaaa")).toMatch(/repeats/);
    expect(passwordProblem("abababababab")).toMatch(/repeats/);
  });

  it("refuses the person's own email or name", () => {
    expect(passwordProblem("sam.jones@nhs.net", { email: "sam.jones@nhs.net" })).toMatch(/email/);
    expect(passwordProblem("sam.jones-2024-x", { email: "sam.jones@nhs.net" })).toMatch(/email/);
    expect(passwordProblem("Samantha Jonesy", { name: "Samantha Jonesy" })).toMatch(/your name/);
  });

  it("refuses the name of the service", () => {
    expect(passwordProblem("my-hackpath-login")).toMatch(/Hackpath/);
  });
});

describe("normalisePassword", () => {
  it("folds case, width and surrounding space", () => {
    expect(normalisePassword("  ＰＡＳＳword ")).toBe("password");
  });
});
