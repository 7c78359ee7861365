import { parseWithZod } from "@conform-to/zod";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { safeRedirect } from "~/auth/safe-redirect";
import { FollowButton } from "~/components/follow-button";
import { MarkAllReadForm, NotificationList } from "~/components/notifications/notification-list";
import { ErrorPage } from "~/components/error-page";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { listFollowing } from "~/models/follows.server";
import { countUnreadNotifications, listNotifications, markNotificationsRead } from "~/models/notifications.server";
import { readForm } from "~/utils/form.server";
import { pageFromUrl, pageWindow, toPage } from "~/utils/pagination";
import { notificationsActionSchema } from "~/validation/notifications";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.unread ? `Notifications (${data.unread} unread)` : "Notifications"} · Hackpath` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const window = pageWindow(page);
  const [list, unread, following] = await Promise.all([
    listNotifications(user.id, window),
    countUnreadNotifications(user.id),
    listFollowing(user.id),
  ]);
  return {
    notifications: toPage(list.items, list.total, page, window.limit),
    unread,
    following,
    here: `${url.pathname}${url.search}`,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: notificationsActionSchema });
  if (submission.status !== "success") throw new Response("We did not recognise that form.", { status: 400 });
  const value = submission.value;
  if (value.intent === "mark-read") {
    await markNotificationsRead({ userId: user.id, ids: [value.notificationId] });
    throw redirect(`/notifications#notification-${value.notificationId}`);
  }
  await markNotificationsRead({ userId: user.id });
  throw redirect(safeRedirect(value.redirectTo, "/notifications"));
}

export default function NotificationsPage() {
  const { notifications, unread, following, here } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Notifications"
        lead={
          unread
            ? `${unread} unread. Each one links to where you can act on it.`
            : "You are up to date. Each notification links to where you can act on it."
        }
        actions={unread ? <MarkAllReadForm redirectTo={here} /> : undefined}
      />
      <Notice />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="list-heading" className="min-w-0">
          <h2 id="list-heading" className="sr-only">
            Your notifications
          </h2>
          <NotificationList items={notifications.items} markable />
          <Pagination
            page={notifications.page}
            pageCount={notifications.pageCount}
            total={notifications.total}
            noun="notifications"
          />
        </section>
        <section aria-labelledby="following-heading">
          <h2 id="following-heading" className="text-xl">
            What you follow
          </h2>
          {following.length ? (
            <ul className="mt-3 divide-y divide-line">
              {following.map((f) => (
                <li key={`${f.objectType}-${f.objectId}`} className="py-3">
                  <p>
                    <span className="text-sm text-muted">{f.objectType === "problem" ? "Problem" : "Project"}: </span>
                    <Link to={f.href}>{f.name}</Link>
                  </p>
                  <div className="mt-1">
                    <FollowButton
                      objectType={f.objectType}
                      objectId={f.objectId}
                      following
                      signedIn
                      here="/notifications"
                      id={null}
                    />
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-muted">
              You follow nothing yet. Follow a problem or a project from its page to hear when a project starts on it,
              it moves stage, plans a pilot or publishes an outcome.
            </p>
          )}
        </section>
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
