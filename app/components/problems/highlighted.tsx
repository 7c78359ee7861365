import { splitHighlights } from "~/domain/fts";

/**
 * A search snippet with its matches in <mark>. The database marks matches with private-use
 * characters, never HTML; this splits on them and React escapes each part.
 */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((part, i) =>
        part.highlight ? (
          <mark key={i} className="rounded-sm bg-focus/60 px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
