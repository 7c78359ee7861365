/**
 * Turns whatever a person types into a search box into a safe SQLite FTS5 MATCH expression, or
 * the same search as a PostgreSQL tsquery (toTsQuery, issue 16).
 *
 * FTS5 has its own query language (quotes, AND/OR/NOT, NEAR(), `column:` filters, `^`, `*`,
 * parentheses); passing raw input to MATCH lets a stray quote or a word like NEAR raise a syntax
 * error. We never pass input through: we pull out the words (the same letters and digits the
 * unicode61 tokenizer keeps), wrap each term in double quotes so FTS5 reads it as a plain string,
 * and build the expression ourselves. What we do understand, on purpose:
 *
 * - `"several words"`: a phrase, in that order.
 * - `word*`: a prefix search.
 * - `a OR b` (capital OR): either term.
 * - `-word`: leave out results with this word (only alongside a positive term).
 *
 * Everything else (column filters, NEAR, ^, brackets, colons) is read as ordinary words.
 * See docs/decisions/0020-problem-search.md.
 */

/** The most input we look at; longer text is cut, never rejected. */
export const MAX_QUERY_LENGTH = 200;
/** The most terms (words or phrases) we put in one expression. */
export const MAX_TERMS = 12;
/** The most words in one quoted phrase. */
const MAX_PHRASE_WORDS = 8;
/** Longer "words" are cut to this many characters. */
const MAX_WORD_LENGTH = 50;

// A word starts with a letter or digit and may carry combining marks, as unicode61 reads it.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

type Term = { words: string[]; prefix: boolean; negate: boolean };
type Chunk = { text: string; quoted: boolean };

/** Splits input into quoted phrases and bare chunks; an unclosed quote runs to the end. */
function chunksOf(input: string): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      const end = input.indexOf('"', i + 1);
      const stop = end === -1 ? input.length : end;
      chunks.push({ text: input.slice(i + 1, stop), quoted: true });
      i = stop + 1;
      continue;
    }
    let j = i;
    while (j < input.length && !/\s/u.test(input[j]!) && input[j] !== '"') j++;
    chunks.push({ text: input.slice(i, j), quoted: false });
    i = j;
  }
  return chunks;
}

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.slice(0, MAX_WORD_LENGTH));
}

/** A term as FTS5 text: a double-quoted string (quotes inside doubled), `*` for a prefix. */
function quote(term: Term): string {
  const body = term.words.join(" ").replaceAll('"', '""');
  return `"${body}"${term.prefix ? "*" : ""}`;
}

/** What a search box's text asks for: groups of terms ANDed together (a group's terms ORed), minus exclusions. */
export type ParsedSearch = { groups: Term[][]; exclusions: Term[] };

/**
 * Reads a search box's text, or null when there is nothing to search for (empty input, only
 * punctuation, only exclusions). Never throws.
 */
export function parseSearch(input: unknown): ParsedSearch | null {
  const text = (typeof input === "string" ? input : "").normalize("NFC").slice(0, MAX_QUERY_LENGTH);
  // Groups of terms joined by OR; groups are ANDed together.
  const groups: Term[][] = [];
  const exclusions: Term[] = [];
  let joinNext = false;
  let count = 0;

  for (const chunk of chunksOf(text)) {
    if (count >= MAX_TERMS) break;
    if (!chunk.quoted && chunk.text === "OR") {
      joinNext = groups.length > 0;
      continue;
    }
    const negate = !chunk.quoted && chunk.text.startsWith("-") && chunk.text.length > 1;
    const prefix = !chunk.quoted && chunk.text.endsWith("*");
    const words = wordsOf(chunk.text);
    if (words.length === 0) continue;
    // A bare chunk like "e-mail" or "title:foot" becomes the phrase "e mail" / "title foot",
    // which is exactly how the tokenizer indexed such text.
    const term: Term = { words: words.slice(0, MAX_PHRASE_WORDS), prefix: prefix && words.length > 0, negate };
    count++;
    if (negate) {
      exclusions.push(term);
      joinNext = false;
      continue;
    }
    if (joinNext) groups[groups.length - 1]!.push(term);
    else groups.push([term]);
    joinNext = false;
  }
  return groups.length === 0 ? null : { groups, exclusions };
}

/** How one store's query language writes a term and joins terms. */
type Syntax = { term: (term: Term) => string; or: string; and: string; andNot: string };

/** Writes what a search box asked for in one store's syntax: groups ANDed, a group's terms ORed, then the exclusions. */
function render(input: unknown, syntax: Syntax): string | null {
  const parsed = parseSearch(input);
  if (!parsed) return null;
  const positive = parsed.groups
    .map((group) => (group.length === 1 ? syntax.term(group[0]!) : `(${group.map(syntax.term).join(syntax.or)})`))
    .join(syntax.and);
  if (parsed.exclusions.length === 0) return positive;
  return `(${positive})${parsed.exclusions.map((t) => `${syntax.andNot}${syntax.term(t)}`).join("")}`;
}

/**
 * The SQLite FTS5 MATCH expression for a search box's text, or null when there is nothing to
 * search for. Never throws; the result is always valid FTS5 syntax.
 */
export function toFtsQuery(input: unknown): string | null {
  return render(input, { term: quote, or: " OR ", and: " AND ", andNot: " NOT " });
}

/**
 * A term as a PostgreSQL tsquery: each word single-quoted (a word holds only letters, digits and
 * marks, never a quote), a phrase's words joined by `<->` (followed by), `:*` on a prefix's last.
 */
function tsTerm(term: Term): string {
  const words = term.words.map((word, i) => `'${word}'${term.prefix && i === term.words.length - 1 ? ":*" : ""}`);
  return words.length === 1 ? words[0]! : `(${words.join(" <-> ")})`;
}

/**
 * The PostgreSQL `to_tsquery` text for a search box's text, the same reading as toFtsQuery's:
 * phrases, prefixes, OR and exclusions. Null when there is nothing to search for; never throws,
 * and the result is always valid tsquery syntax.
 */
export function toTsQuery(input: unknown): string | null {
  return render(input, { term: tsTerm, or: " | ", and: " & ", andNot: " & !" });
}

/** Private-use characters that mark the start and end of a highlighted match in a snippet. */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

/**
 * Splits a snippet made with HIGHLIGHT_START/END markers into plain and highlighted parts,
 * so a page can render `<mark>` elements without ever rendering HTML from the database.
 */
export function splitHighlights(snippet: string): { text: string; highlight: boolean }[] {
  const parts: { text: string; highlight: boolean }[] = [];
  let highlight = false;
  let current = "";
  for (const ch of snippet) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_END) {
      if (current) parts.push({ text: current, highlight });
      current = "";
      highlight = ch === HIGHLIGHT_START;
      continue;
    }
    current += ch;
  }
  if (current) parts.push({ text: current, highlight });
  return parts;
}
