import { describe, expect, it } from "vitest";
import { HIGHLIGHT_END, HIGHLIGHT_START, MAX_TERMS, splitHighlights, toFtsQuery, toTsQuery } from "./fts";

describe("toFtsQuery", () => {
  it("quotes each word and ANDs them", () => {
    expect(toFtsQuery("diabetic foot")).toBe('"diabetic" AND "foot"');
  });

  it("returns null when there is nothing to search for", () => {
    for (const input of ["", "   ", '""', "***", "()", "-", "--", '"', "OR", "😀", "\u0301", undefined, null, 42]) {
      expect(toFtsQuery(input)).toBeNull();
    }
    expect(toFtsQuery("-foot")).toBeNull();
  });

  it("keeps quoted phrases together", () => {
    expect(toFtsQuery('"foot check" clinic')).toBe('"foot check" AND "clinic"');
  });

  it("treats an unclosed quote as a phrase to the end", () => {
    expect(toFtsQuery('ward "night shift')).toBe('"ward" AND "night shift"');
  });

  it("supports prefix searches with a trailing star", () => {
    expect(toFtsQuery("podiat*")).toBe('"podiat"*');
    expect(toFtsQuery("*")).toBeNull();
  });

  it("supports capital OR between terms and groups it", () => {
    expect(toFtsQuery("falls OR frailty ward")).toBe('("falls" OR "frailty") AND "ward"');
    expect(toFtsQuery("OR falls OR")).toBe('"falls"');
    expect(toFtsQuery("falls or frailty")).toBe('"falls" AND "or" AND "frailty"');
  });

  it("supports exclusions alongside a positive term", () => {
    expect(toFtsQuery("referral -paper")).toBe('("referral") NOT "paper"');
  });

  it("neutralises FTS5 operators, column filters and syntax", () => {
    expect(toFtsQuery("NEAR")).toBe('"NEAR"');
    expect(toFtsQuery("NEAR(foot ulcer, 5)")).toBe('"NEAR foot" AND "ulcer" AND "5"');
    expect(toFtsQuery("title:foot")).toBe('"title foot"');
    expect(toFtsQuery("foot AND NOT ulcer")).toBe('"foot" AND "AND" AND "NOT" AND "ulcer"');
    expect(toFtsQuery("^foot")).toBe('"foot"');
    expect(toFtsQuery("{title summary}: foot")).toBe('"title" AND "summary" AND "foot"');
    expect(toFtsQuery('a"b"c')).toBe('"a" AND "b" AND "c"');
  });

  it("splits hyphenated and punctuated words the way the tokenizer does", () => {
    expect(toFtsQuery("e-mail")).toBe('"e mail"');
    expect(toFtsQuery("o'neill's")).toBe('"o neill s"');
  });

  it("keeps letters from any script and accents", () => {
    expect(toFtsQuery("résumé")).toBe('"résumé"');
    expect(toFtsQuery("中文 Ελληνικά")).toBe('"中文" AND "Ελληνικά"');
  });

  it("caps very long input and the number of terms", () => {
    const long = "word ".repeat(10_000);
    const query = toFtsQuery(long)!;
    expect(query.split(" AND ")).toHaveLength(MAX_TERMS);
    const giant = toFtsQuery("x".repeat(100_000))!;
    // One word, cut to 50 characters.
    expect(giant).toBe(`"${"x".repeat(50)}"`);
  });

  it("never lets a double quote escape its string", () => {
    const query = toFtsQuery('" OR 1=1 -- ""foo""')!;
    // Every quote is part of a balanced pair.
    expect((query.match(/"/g) ?? []).length % 2).toBe(0);
  });
});

describe("splitHighlights", () => {
  it("splits a marked snippet into plain and highlighted parts", () => {
    expect(splitHighlights(`Lost ${HIGHLIGHT_START}referrals${HIGHLIGHT_END} between services`)).toEqual([
      { text: "Lost ", highlight: false },
      { text: "referrals", highlight: true },
      { text: " between services", highlight: false },
    ]);
  });

  it("keeps markup in the text as text", () => {
    expect(splitHighlights(`<b>${HIGHLIGHT_START}x${HIGHLIGHT_END}</b>`)).toEqual([
      { text: "<b>", highlight: false },
      { text: "x", highlight: true },
      { text: "</b>", highlight: false },
    ]);
  });
});

describe("toTsQuery (PostgreSQL)", () => {
  it("reads a search box's text as toFtsQuery does, in tsquery syntax", () => {
    expect(toTsQuery("diabetic foot")).toBe("'diabetic' & 'foot'");
    expect(toTsQuery('"foot check" clinic')).toBe("('foot' <-> 'check') & 'clinic'");
    expect(toTsQuery("podiat*")).toBe("'podiat':*");
    expect(toTsQuery('"night shift"* ward')).toBe("('night' <-> 'shift') & 'ward'");
    expect(toTsQuery("falls OR frailty ward")).toBe("('falls' | 'frailty') & 'ward'");
    expect(toTsQuery("referral -paper")).toBe("('referral') & !'paper'");
    expect(toTsQuery("e-mail")).toBe("('e' <-> 'mail')");
  });

  it("has nothing to search for where toFtsQuery has nothing", () => {
    for (const input of ["", "   ", "-foot", "*", "!!", null, 42]) expect(toTsQuery(input)).toBeNull();
  });

  it("never lets tsquery operators or quotes through from the input", () => {
    expect(toTsQuery("a & b | !c <-> d:* 'e'")).toBe("'a' & 'b' & 'c' & 'd':* & 'e'");
    expect(toTsQuery("o'neill's")).toBe("('o' <-> 'neill' <-> 's')");
  });
});
