import type { ReactNode } from "react";

/** A bordered panel. `as` keeps list semantics when cards sit in a <ul>. */
export function Card({
  children,
  as: Tag = "div",
  className = "",
}: {
  children: ReactNode;
  as?: "div" | "li" | "article" | "section";
  className?: string;
}) {
  return <Tag className={`rounded-lg border border-line bg-white p-4 shadow-sm ${className}`}>{children}</Tag>;
}
