import { Fragment } from "react";
import { linkify, paragraphsOf } from "~/domain/text";

/**
 * Text people typed, shown as paragraphs (blank lines), line breaks and clickable http(s) links.
 * Never HTML: the text is split into strings and URLs (app/domain/text.ts) and React escapes
 * every string, so markup in the text shows as the characters typed.
 */
export function RichText({ text, className = "" }: { text: string; className?: string }) {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) return null;
  return (
    <div className={`space-y-3 break-words ${className}`}>
      {paragraphs.map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              {linkify(line).map((segment, k) =>
                segment.kind === "link" ? (
                  <a key={k} href={segment.href} rel="nofollow noopener" className="break-all">
                    {segment.text}
                  </a>
                ) : (
                  <Fragment key={k}>{segment.text}</Fragment>
                ),
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
