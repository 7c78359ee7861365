/**
 * Cells of the CSV exports, made safe to open in a spreadsheet. Pure and browser-safe; the
 * streaming writer (csv-stringify) is in app/utils/csv.server.ts. Decision record 0061.
 */
import { londonParts } from "./dates";

/** What a column may hold before it becomes a cell. */
export type CsvValue = string | number | boolean | Date | null | undefined;

/** One column of an export: its heading and how a row fills it. */
export type CsvColumn<Row> = { header: string; value: (row: Row) => CsvValue };

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
 * `=`, `+`, `-`, `@`, tab and carriage return, and the full-width `＝ ＋ － ＠` that Apple Numbers
 * folds into them.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Neutralises a text cell against formula injection, as OWASP advises: a cell that begins with a
 * formula character gets a leading single quote, so the spreadsheet shows the text instead of
 * running it. Every other cell is returned unchanged (quoting is the CSV writer's job).
 */
export function neutraliseCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A UK calendar date as spreadsheets read it: `2026-03-14`. */
export function csvDate(date: Date): string {
  const p = londonParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** A UK wall-clock date and time as spreadsheets read it: `2026-03-14 09:30`. */
export function csvDateTime(date: Date): string {
  const p = londonParts(date);
  return `${csvDate(date)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * A value as the text of one cell: empty for nothing, Yes/No, a UK date-time, a number as
 * written, and any text neutralised. Numbers are the exports' own counts and means, never
 * negative, and stay numbers (a leading minus on a number is not a formula).
 */
export function toCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (value instanceof Date) return csvDateTime(value);
  return neutraliseCsvCell(value);
}

/** The heading row and a row's cells for a set of columns, every cell through toCsvCell. */
export function csvHeader<Row>(columns: readonly CsvColumn<Row>[]): string[] {
  return columns.map((column) => toCsvCell(column.header));
}

/** One row's cells. */
export function csvRow<Row>(columns: readonly CsvColumn<Row>[], row: Row): string[] {
  return columns.map((column) => toCsvCell(column.value(row)));
}
