import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";

type Request = { userId: number; name: string; message: string };

/** Pending join requests: the lead answers them; a requester sees and can withdraw their own. */
export function JoinRequests({ requests, isLead }: { requests: Request[]; isLead: boolean }) {
  return (
    <section aria-labelledby="requests" className="mb-8">
      <h2 id="requests" className="mb-3 text-2xl">
        {isLead ? "Asking to join" : "Your request"}
      </h2>
      <ul className="space-y-4">
        {requests.map((r) => (
          <li key={r.userId} className="rounded-lg border border-line p-4">
            <p className="font-semibold">{r.name}</p>
            {r.message ? <p className="mt-1 whitespace-pre-line">{r.message}</p> : null}
            <div className="mt-3 flex flex-wrap gap-3">
              {isLead ? (
                <>
                  <DecisionForm intent="accept" userId={r.userId} label={`Accept`} name={r.name} />
                  <DecisionForm intent="decline" userId={r.userId} label={`Decline`} name={r.name} />
                </>
              ) : (
                <Form method="post">
                  <input type="hidden" name="intent" value="withdraw" />
                  <Button type="submit" variant="secondary">
                    Withdraw my request
                  </Button>
                </Form>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DecisionForm({
  intent,
  userId,
  label,
  name,
}: {
  intent: "accept" | "decline";
  userId: number;
  label: string;
  name: string;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="userId" value={userId} />
      <Button type="submit" variant={intent === "accept" ? "primary" : "secondary"}>
        {label}
        <span className="sr-only"> {name}</span>
      </Button>
    </Form>
  );
}
