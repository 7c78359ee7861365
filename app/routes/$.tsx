import type { MetaFunction } from "@remix-run/node";
import { ErrorPage } from "~/components/error-page";

// Any path no other route claims is a real 404, rendered inside the layout.
export function loader() {
  throw new Response("Page not found", { status: 404, statusText: "Not Found" });
}

export const meta: MetaFunction = () => [{ title: "Page not found · Hackpath" }];

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
