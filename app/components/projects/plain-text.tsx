import { Fragment } from "react";
import { linkify, paragraphsOf } from "~/domain/text";

/** Text people typed, as paragraphs with line breaks and clickable http(s) links; never HTML. */
export function PlainText({ text, className = "" }: { text: string; className?: string }) {
  return (
    <div className={`space-y-3 ${className}`}>
      {paragraphsOf(text).map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              {linkify(line).map((segment, k) =>
                segment.kind === "link" ? (
                  <a key={k} href={segment.href} rel="nofollow noopener noreferrer" className="break-all">
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
