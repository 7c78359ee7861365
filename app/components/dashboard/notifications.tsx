import { Form, Link } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Time } from "~/components/ui/time";
import type { listOwnNotifications } from "~/models/dashboard.server";

export type NotificationItem = Awaited<ReturnType<typeof listOwnNotifications>>["items"][number];

/** Only same-site paths become links; anything else is shown as text. */
const internal = (link: string | null) => (link && link.startsWith("/") && !link.startsWith("//") ? link : null);

/** A person's notifications, unread ones marked. */
export function NotificationList({ items }: { items: NotificationItem[] }) {
  if (!items.length)
    return <p className="text-muted">Nothing new. We will tell you here when something concerns you.</p>;
  return (
    <ul className="divide-y divide-line">
      {items.map((n) => {
        const href = internal(n.link);
        return (
          <li key={n.id} className="py-3">
            <p className="flex flex-wrap items-center gap-2">
              {n.readAt ? null : <Badge tone="brand">New</Badge>}
              {href ? (
                <Link to={href} className="font-semibold">
                  {n.title}
                </Link>
              ) : (
                <span className="font-semibold">{n.title}</span>
              )}
            </p>
            {n.body ? <p className="mt-1">{n.body}</p> : null}
            <p className="mt-1 text-sm text-muted">
              <Time value={n.createdAt} withTime />
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** The real "mark all as read" form: posts to /dashboard and comes back to `redirectTo`. */
export function MarkAllReadForm({ redirectTo }: { redirectTo: string }) {
  return (
    <Form method="post" action="/dashboard">
      <input type="hidden" name="intent" value="mark-all-read" />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <Button type="submit" variant="secondary">
        Mark all as read
      </Button>
    </Form>
  );
}
