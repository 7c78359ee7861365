import { describe, expect, it } from "vitest";
import { answersFormWithError, errorTitleStream } from "./error-title.server";

async function through(chunks: string[]): Promise<string> {
  const stream = errorTitleStream();
  const out: string[] = [];
  stream.on("data", (c: Buffer | string) => out.push(c.toString()));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  for (const c of chunks) stream.write(c);
  stream.end();
  await ended;
  return out.join("");
}

describe("the Error: title of a form answered with an error", () => {
  it("prefixes the first title only, whole or split across chunks", async () => {
    const html = "<!DOCTYPE html><html><head><title>Post a problem · Hackpath</title></head><body><title>x</title>";
    const expected =
      "<!DOCTYPE html><html><head><title>Error: Post a problem · Hackpath</title></head><body><title>x</title>";
    expect(await through([html])).toBe(expected);
    expect(await through(["<head><ti", "tle>Sign in</title>"])).toBe("<head><title>Error: Sign in</title>");
    expect(await through(["<head><", "t", "itle", ">Sign in</title>"])).toBe("<head><title>Error: Sign in</title>");
  });

  it("passes a document without a title through unchanged", async () => {
    expect(await through(["<p>no", " title", " here</p>"])).toBe("<p>no title here</p>");
  });

  it("applies to documents answering a posted form with a 4xx only", () => {
    const post = new Request("http://localhost/x", { method: "POST" });
    const get = new Request("http://localhost/x");
    expect([400, 403, 409, 429].map((status) => answersFormWithError(post, status))).toEqual([true, true, true, true]);
    expect(answersFormWithError(post, 200)).toBe(false);
    expect(answersFormWithError(post, 500)).toBe(false);
    expect(answersFormWithError(get, 404)).toBe(false);
  });
});
