import { Fragment } from "react";
import { linkify, paragraphsOf } from "~/domain/text";

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

/**
 * Text people typed, as paragraphs with line breaks and clickable http(s) links; never HTML.
 * `inline` renders one span (line breaks kept) for use inside a sentence or a list item.
 */
export function PlainText({
  text,
  className = "",
  inline = false,
}: {
  text: string;
  className?: string;
  inline?: boolean;
}) {
  const paragraphs = paragraphsOf(text);
  if (inline) {
    const lines = paragraphs.flat();
    return (
      <span className={className}>
        {lines.map((line, j) => (
          <Fragment key={j}>
            {j > 0 ? <br /> : null}
            <Line line={line} />
          </Fragment>
        ))}
      </span>
    );
  }
  return (
    <div className={`space-y-3 ${className}`}>
      {paragraphs.map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              <Line line={line} />
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
