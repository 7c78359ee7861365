import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { accountDataResponse } from "~/utils/account-data.server";

/** /settings/data.json: everything Hackpath holds about the signed-in person, as a file to keep. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return accountDataResponse(user.id);
}
