/**
 * Plain text as people write it in forms, made readable on a page: blank lines make paragraphs,
 * single line breaks stay, and http(s) addresses become links. Pure, so the rendering component
 * never sees HTML: it only gets strings and URLs.
 */

export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// An http(s) address up to the next space or angle bracket; trailing punctuation is trimmed below.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?'"\]}]/u;

/** Whether a string is an absolute http(s) URL a browser would follow. */
export function isSafeHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Splits a line into text and link segments. Brackets that close a URL's own "(" stay in it. */
export function linkify(line: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    const start = match.index;
    if (!isSafeHttpUrl(url)) continue;
    if (start > last) segments.push({ kind: "text", text: line.slice(last, start) });
    segments.push({ kind: "link", text: url, href: url });
    last = start + url.length;
  }
  if (last < line.length) segments.push({ kind: "text", text: line.slice(last) });
  return segments;
}

/** Drops sentence punctuation after a URL, keeping a ")" that closes a "(" in the URL itself. */
function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0) {
    const ch = url[end - 1]!;
    if (ch === ")") {
      const body = url.slice(0, end);
      if (count(body, "(") >= count(body, ")")) break;
      end--;
    } else if (TRAILING_PUNCTUATION.test(ch)) {
      end--;
    } else break;
  }
  return url.slice(0, end);
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** Paragraphs (split on blank lines) of lines (split on single breaks), empty ones dropped. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((p) => p.split("\n").map((l) => l.trimEnd()))
    .map((lines) => trimEmptyLines(lines))
    .filter((lines) => lines.length > 0);
}

function trimEmptyLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === "") start++;
  while (end > start && lines[end - 1]!.trim() === "") end--;
  return lines.slice(start, end);
}

/** The first `max` characters of text on one line, cut at a word, with an ellipsis if cut. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/u, "")}…`;
}
