import { parseWithZod } from "@conform-to/zod";
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { safeRedirect } from "~/auth/safe-redirect";
import { withNotice } from "~/domain/notices";
import { setFollowing } from "~/models/follows.server";
import { readForm } from "~/utils/form.server";
import { followSchema } from "~/validation/follows";

// POST only: the follow buttons on problem and project pages post here and come back.
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: followSchema });
  if (submission.status !== "success") throw new Response("We did not recognise that form.", { status: 400 });
  const { intent, objectType, objectId, redirectTo } = submission.value;
  const result = await setFollowing({ userId: user.id, objectType, objectId, follow: intent === "follow" });
  if (!result.ok) throw new Response(result.message, { status: result.status });
  throw redirect(
    withNotice(safeRedirect(redirectTo, "/notifications"), intent === "follow" ? "followed" : "unfollowed", "follow"),
  );
}

export async function loader() {
  throw new Response("Not found", { status: 404 });
}
