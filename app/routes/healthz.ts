import { checkDatabase } from "~/models/health.server";

// Liveness and database check for a load balancer: 200 when the database answers, else 503.
export async function loader() {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "ok" : "error" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
