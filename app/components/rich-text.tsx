import { Fragment } from "react";
import { linkify, paragraphsOf } from "~/domain/text";

/** One typed line with its http(s) URLs made into links. */
function Line({ line }: { line: string }) {
  return (
    <>
      {linkify(line).map((segment, k) =>
        segment.kind === "link" ? (
          <a key={k} href={segment.href} rel="nofollow noopener noreferrer" className="break-all">
            {segment.text}
          </a>
        ) : (
          <Fragment key={k}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

/** Lines joined with <br />. */
function Lines({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((line, j) => (
        <Fragment key={j}>
          {j > 0 ? <br /> : null}
          <Line line={line} />
        </Fragment>
      ))}
    </>
  );
}

/**
 * Text people typed, shown as paragraphs (blank lines), line breaks and clickable http(s) links.
 * Never HTML: the text is split into strings and URLs (app/domain/text.ts) and React escapes
 * every string, so markup in the text shows as the characters typed. `inline` renders one span
 * (line breaks kept) for use inside a sentence or a list item.
 */
export function RichText({
  text,
  className = "",
  inline = false,
}: {
  text: string;
  className?: string;
  inline?: boolean;
}) {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) return null;
  if (inline) {
    return (
      <span className={`break-words ${className}`}>
        <Lines lines={paragraphs.flat()} />
      </span>
    );
  }
  return (
    <div className={`space-y-3 break-words ${className}`}>
      {paragraphs.map((lines, i) => (
        <p key={i}>
          <Lines lines={lines} />
        </p>
      ))}
    </div>
  );
}
