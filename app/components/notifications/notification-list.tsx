import { Form, Link } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Time } from "~/components/ui/time";
import type { NotificationItem } from "~/models/notifications.server";

/** Only same-site paths become links; anything else is shown as text. */
const internal = (link: string | null) => (link && link.startsWith("/") && !link.startsWith("//") ? link : null);

/**
 * A person's notifications, unread ones marked "New", each linking to where the person acts.
 * With `markable`, each unread one has its own "Mark as read" form (posting to /notifications).
 */
export function NotificationList({ items, markable = false }: { items: NotificationItem[]; markable?: boolean }) {
  if (!items.length)
    return <p className="text-muted">Nothing new. We will tell you here when something concerns you.</p>;
  return (
    <ul className="divide-y divide-line">
      {items.map((n) => {
        const href = internal(n.link);
        return (
          <li key={n.id} id={`notification-${n.id}`} className="py-3">
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
            {n.body ? <p className="mt-1 whitespace-pre-line">{n.body}</p> : null}
            <div className="mt-1 flex flex-wrap items-center gap-x-4 text-sm text-muted">
              <Time value={n.createdAt} withTime />
              {markable && !n.readAt ? (
                <Form method="post" action="/notifications">
                  <input type="hidden" name="intent" value="mark-read" />
                  <input type="hidden" name="notificationId" value={n.id} />
                  <Button type="submit" variant="quiet">
                    Mark as read<span className="sr-only">: {n.title}</span>
                  </Button>
                </Form>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The "mark all as read" form: posts to /notifications and comes back to `redirectTo`. */
export function MarkAllReadForm({ redirectTo }: { redirectTo?: string }) {
  return (
    <Form method="post" action="/notifications">
      <input type="hidden" name="intent" value="mark-all-read" />
      {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
      <Button type="submit" variant="secondary">
        Mark all as read
      </Button>
    </Form>
  );
}
