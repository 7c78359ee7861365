import { describe, expect, it } from "vitest";
import { pageFromUrl, pageWindow, toPage } from "./pagination";

describe("pagination", () => {
  it("reads the page from the URL and turns junk into page 1", () => {
    expect(pageFromUrl(new URL("http://x/?page=3"))).toBe(3);
    for (const junk of ["0", "-1", "abc", ""]) expect(pageFromUrl(new URL(`http://x/?page=${junk}`)), junk).toBe(1);
    expect(pageFromUrl(new URL("http://x/?page=99999999"), 500)).toBe(500);
  });

  it("works out offsets and page counts", () => {
    expect(pageWindow(3, 20)).toEqual({ limit: 20, offset: 40 });
    expect(toPage([1, 2], 41, 3, 20)).toMatchObject({ pageCount: 3, total: 41, page: 3 });
    expect(toPage([], 0, 1).pageCount).toBe(1);
  });
});
