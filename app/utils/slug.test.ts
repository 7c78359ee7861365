import { describe, expect, it } from "vitest";
import { idSlug, parseIdSlug, slugify } from "./slug";

describe("readable addresses", () => {
  it("makes a short lowercase slug without accents or punctuation", () => {
    expect(slugify("Diabetic foot checks — missed between services!")).toBe(
      "diabetic-foot-checks-missed-between-services",
    );
    expect(slugify("Café référral")).toBe("cafe-referral");
  });

  it("puts the id first so a renamed record keeps its links", () => {
    expect(idSlug(12, "Falls at night")).toBe("12-falls-at-night");
    expect(parseIdSlug("12-falls-at-night")).toBe(12);
    expect(parseIdSlug("12-an-old-title")).toBe(12);
    expect(parseIdSlug("12")).toBe(12);
  });

  it("rejects anything that is not an id", () => {
    for (const bad of [undefined, "", "abc", "0", "-3", "12abc", "1e5", "99999999999999999", "12/../1"]) {
      expect(parseIdSlug(bad)).toBeNull();
    }
  });
});
