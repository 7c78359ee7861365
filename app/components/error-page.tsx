import { isRouteErrorResponse, Link, useRouteError, useRouteLoaderData } from "@remix-run/react";

const defaults: Record<number, { title: string; message: string }> = {
  400: { title: "Something in the request was not right", message: "Check what you entered and try again." },
  401: { title: "Please sign in", message: "You need to sign in to see this page." },
  403: {
    title: "You do not have permission to see this",
    message: "If you think you should, ask an organiser or an admin.",
  },
  404: {
    title: "Page not found",
    message: "If you typed the address, check it is correct. If you followed a link, it may have moved.",
  },
  405: { title: "That is not something this page can do", message: "Go back and try again." },
  429: { title: "Too many attempts", message: "Please wait a minute and try again." },
};

/**
 * The one error page. Routes may pass their own messages per status; anything unexpected is a
 * 500 that says sorry without leaking details.
 */
export function ErrorPage({ messages = {} }: { messages?: Record<number, string> }) {
  const error = useRouteError();
  const requestId = (useRouteLoaderData("root") as { requestId?: string | null } | undefined)?.requestId;
  let status = 500;
  let detail: string | null = null;
  if (isRouteErrorResponse(error)) {
    status = error.status;
    detail = typeof error.data === "string" && error.data.length < 300 ? error.data : null;
  }
  const known = defaults[status] ?? {
    title: "Sorry, something went wrong",
    message: "Please try again in a few minutes.",
  };
  return (
    <div className="py-8">
      <p className="text-sm font-semibold text-muted">Error {status}</p>
      <h1 className="mt-1 text-3xl">{known.title}</h1>
      <p className="mt-4 max-w-2xl text-lg">{messages[status] ?? detail ?? known.message}</p>
      {status >= 500 && requestId ? (
        <p className="mt-4 max-w-2xl">
          The error is logged. If it keeps happening, tell the Hackpath team and quote this reference:{" "}
          <code className="font-semibold">{requestId}</code>
        </p>
      ) : null}
      <p className="mt-6">
        <Link to="/">Go to the Hackpath home page</Link>
      </p>
    </div>
  );
}
