import { describe, expect, it } from "vitest";
import { z } from "zod";
import { entityTag, evaluatePreconditions, parseApiQuery, parseEntityTags, parseHttpDate } from "./api.server";

const ETAG = entityTag('{"data":[]}');
const conditions = (headers: Record<string, string>, lastModified?: number) =>
  evaluatePreconditions(new Headers(headers), { etag: ETAG, lastModified });
/** 1994-11-06T08:49:37Z, the RFC's example date, in seconds. */
const RFC_EXAMPLE = Date.UTC(1994, 10, 6, 8, 49, 37) / 1000;

describe("entity tags", () => {
  it("are strong, 22 base64url characters of the body's SHA-256, and differ when one byte does", () => {
    expect(ETAG).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(entityTag('{"data":[]}')).toBe(ETAG);
    expect(entityTag('{"data":[1]}')).not.toBe(ETAG);
    // SHA-256("") starts e3b0c442 98fc1c14 …: base64url 47DEQpj8HBSa…
    expect(entityTag("")).toBe('"47DEQpj8HBSa-_TImW-5JC"');
  });

  it("parses lists, weak tags and the wildcard, skipping malformed members", () => {
    expect(parseEntityTags('"a", W/"b" ,"c"')).toEqual([
      { weak: false, opaque: '"a"' },
      { weak: true, opaque: '"b"' },
      { weak: false, opaque: '"c"' },
    ]);
    expect(parseEntityTags("*")).toBe("*");
    expect(parseEntityTags(" * ")).toBe("*");
    expect(parseEntityTags('unquoted, w/"lower"')).toEqual([{ weak: false, opaque: '"lower"' }]);
    expect(parseEntityTags("")).toEqual([]);
  });
});

describe("HTTP dates", () => {
  it("reads all three formats RFC 9110 requires, as UTC", () => {
    expect(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT")).toBe(RFC_EXAMPLE);
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT")).toBe(RFC_EXAMPLE);
    expect(parseHttpDate("Sun Nov  6 08:49:37 1994")).toBe(RFC_EXAMPLE);
  });

  it("refuses anything else, and dates that do not exist", () => {
    for (const text of [
      "2026-11-11T09:00:00Z",
      "Sun, 06 Nov 1994 08:49:37 UTC",
      "sun, 06 nov 1994 08:49:37 GMT",
      "Sun, 06 Nov 1994 08:49:37 GMT, Mon, 07 Nov 1994 08:49:37 GMT",
      "Fri, 31 Feb 2026 10:00:00 GMT",
      "Sun, 06 Nov 1994 25:49:37 GMT",
      "",
    ])
      expect(parseHttpDate(text), text).toBeNull();
    expect(parseHttpDate(null)).toBeNull();
  });
});

describe("preconditions (RFC 9110 §13.2.2)", () => {
  it("answers 304 when If-None-Match holds the tag, weakly compared, in a list, or is *", () => {
    expect(conditions({ "If-None-Match": ETAG })).toBe(304);
    expect(conditions({ "If-None-Match": `W/${ETAG}` })).toBe(304);
    expect(conditions({ "If-None-Match": `"other", ${ETAG}` })).toBe(304);
    expect(conditions({ "If-None-Match": "*" })).toBe(304);
    expect(conditions({ "If-None-Match": '"other"' })).toBeNull();
    expect(conditions({ "If-None-Match": ETAG.slice(0, -2) + '"' })).toBeNull();
    expect(conditions({})).toBeNull();
  });

  it("compares If-Modified-Since with Last-Modified only without If-None-Match", () => {
    expect(conditions({ "If-Modified-Since": "Sun, 06 Nov 1994 08:49:37 GMT" }, RFC_EXAMPLE)).toBe(304);
    expect(conditions({ "If-Modified-Since": "Sun, 06 Nov 1994 08:49:38 GMT" }, RFC_EXAMPLE)).toBe(304);
    expect(conditions({ "If-Modified-Since": "Sun, 06 Nov 1994 08:49:36 GMT" }, RFC_EXAMPLE)).toBeNull();
    expect(conditions({ "If-Modified-Since": "not a date" }, RFC_EXAMPLE)).toBeNull();
    // No Last-Modified: nothing to compare with.
    expect(conditions({ "If-Modified-Since": "Sun, 06 Nov 1994 08:49:37 GMT" })).toBeNull();
    // If-None-Match wins: a tag that does not match sends the body, whatever the date says.
    expect(
      conditions({ "If-None-Match": '"other"', "If-Modified-Since": "Sun, 06 Nov 1994 08:49:37 GMT" }, RFC_EXAMPLE),
    ).toBeNull();
  });

  it("answers 412 when If-Match (strong) or else If-Unmodified-Since fails, before anything else", () => {
    expect(conditions({ "If-Match": ETAG })).toBeNull();
    expect(conditions({ "If-Match": "*" })).toBeNull();
    expect(conditions({ "If-Match": `W/${ETAG}` })).toBe(412);
    expect(conditions({ "If-Match": '"other"', "If-None-Match": ETAG })).toBe(412);
    expect(conditions({ "If-Unmodified-Since": "Sun, 06 Nov 1994 08:49:36 GMT" }, RFC_EXAMPLE)).toBe(412);
    expect(conditions({ "If-Unmodified-Since": "Sun, 06 Nov 1994 08:49:37 GMT" }, RFC_EXAMPLE)).toBeNull();
    // If-Match present: If-Unmodified-Since is not looked at.
    expect(
      conditions({ "If-Match": ETAG, "If-Unmodified-Since": "Sun, 06 Nov 1994 08:49:36 GMT" }, RFC_EXAMPLE),
    ).toBeNull();
  });
});

describe("parseApiQuery", () => {
  const lenient = z.object({
    stage: z.enum(["prototype", "pilot"]).optional().catch(undefined),
    hackDay: z.coerce.number().int().positive().optional().catch(undefined),
    q: z.string().max(5).optional().catch(undefined),
  });
  const parse = (query: string) => parseApiQuery(new URL(`http://x.test/api/v1/projects?${query}`), lenient);
  const refusal = async (query: string) => {
    try {
      parse(query);
    } catch (error) {
      if (error instanceof Response) return { status: error.status, body: await error.json() };
    }
    throw new Error(`${query} was not refused`);
  };

  it("reads the page and the filters the page's schema reads, ignoring empty values and unknown parameters", () => {
    expect(parse("stage=pilot&hackDay=4&page=3&utm_source=x&q=")).toEqual({
      filters: { stage: "pilot", hackDay: 4 },
      page: 3,
    });
    expect(parse("")).toEqual({ filters: {}, page: 1 });
  });

  it("refuses, naming the parameter, what the page would quietly drop", async () => {
    expect(await refusal("stage=zzz")).toEqual({
      status: 400,
      body: {
        error: {
          status: 400,
          message: "The stage parameter must be one of: prototype, pilot.",
          parameter: "stage",
        },
      },
    });
    expect((await refusal("hackDay=abc")).body.error.message).toBe("The hackDay parameter must be a number.");
    expect((await refusal("hackDay=1.5")).body.error.message).toBe("The hackDay parameter must be a whole number.");
    expect((await refusal("hackDay=0")).body.error.message).toBe("The hackDay parameter must be more than 0.");
    expect((await refusal("q=toolong")).body.error.message).toBe("The q parameter must be 5 characters or fewer.");
    expect((await refusal("page=0")).body.error).toEqual({
      status: 400,
      message: "The page parameter must be at least 1.",
      parameter: "page",
    });
    expect((await refusal("page=10001")).body.error.message).toBe("The page parameter must be at most 10000.");
    expect((await refusal("stage=pilot&stage=prototype")).body.error).toEqual({
      status: 400,
      message: "The stage parameter is given more than once.",
      parameter: "stage",
    });
  });
});
