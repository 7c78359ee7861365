import { afterEach, describe, expect, it, vi } from "vitest";
import { getLucia } from "../../app/auth/lucia.server";
import { getAuth } from "../../app/auth/session.server";
import { countUnreadNotifications } from "../../app/models/notifications.server";
import { loader as dashboardLoader } from "../../app/routes/dashboard/route";
import { loader as rootLoader } from "../../app/root";
import { withReadScope } from "../../app/utils/request-scope.server";
import { createNotification, createUser } from "../factories";
import { makeRequest } from "../request";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();
afterEach(() => vi.restoreAllMocks());

/** A copy of a request, as Remix hands each loader its own (server-runtime's stripIndexParam). */
const copyOf = (request: Request) => new Request(request.url, { headers: request.headers });

describe("one page request, read once across its loaders", () => {
  it("validates the session once for the root loader and the page's loader", async () => {
    const user = await createUser({ roles: ["developer"] });
    const request = await makeRequest("/dashboard", { userId: user.id });
    const validate = vi.spyOn(getLucia(), "validateSession");
    await withReadScope(() =>
      Promise.all([
        rootLoader({ request: copyOf(request), params: {}, context: {} }),
        dashboardLoader({ request: copyOf(request), params: {}, context: {} }),
      ]),
    );
    expect(validate).toHaveBeenCalledTimes(1);
  });

  it("outside a page request's scope (a form post), each copy is validated on its own", async () => {
    const user = await createUser({ roles: ["developer"] });
    const request = await makeRequest("/dashboard", { userId: user.id });
    const validate = vi.spyOn(getLucia(), "validateSession");
    const [first, second] = await Promise.all([getAuth(copyOf(request)), getAuth(copyOf(request))]);
    expect(validate).toHaveBeenCalledTimes(2);
    expect([first?.user.id, second?.user.id]).toEqual([user.id, user.id]);
  });

  it("gives the header and the dashboard the same unread count within a page request", async () => {
    const user = await createUser({ roles: ["developer"] });
    await createNotification({ userId: user.id });
    await createNotification({ userId: user.id });
    const request = await makeRequest("/dashboard", { userId: user.id });
    const [root, page] = await withReadScope(() =>
      Promise.all([
        rootLoader({ request: copyOf(request), params: {}, context: {} }),
        dashboardLoader({ request: copyOf(request), params: {}, context: {} }),
      ]),
    );
    const header = (root as unknown as { data: { user: { unreadNotifications: number } } }).data.user;
    expect(header.unreadNotifications).toBe(2);
    expect(page.dashboard.notifications.unread).toBe(2);
    expect(await countUnreadNotifications(user.id)).toBe(2);
  });
});
