import { TextField } from "~/components/ui/form";
import type { FormReply } from "~/components/ui/notice";
import { codeInputClass, Panel, TwoStepForm, useTwoStepForm } from "./two-step-form";

const requiredNote =
  "Your organiser or admin role needs two-step sign-in. Until it is on you stay signed in, but you cannot use that role's pages.";

/** Two-step sign-in is off and nothing is pending: what it is, and the button that starts set-up. */
export function StartSection({ required }: { required: boolean }) {
  const [form] = useTwoStepForm(
    "start",
    () => import("~/validation/two-step").then((m) => m.twoStepStartSchema),
    undefined,
  );
  return (
    <Panel id="setup" title="Set up two-step sign-in">
      {required ? <p className="mb-3 font-semibold">{requiredNote}</p> : null}
      <p className="mb-3">
        You need an authenticator app on your phone, such as Microsoft Authenticator or Google Authenticator, or a
        password manager that shows sign-in codes. Setting up takes about a minute.
      </p>
      <p className="mb-4">After that, each time you sign in we ask for the 6-digit code the app shows.</p>
      <TwoStepForm intent="start" form={form} submitLabel="Set up two-step sign-in" />
    </Panel>
  );
}

/** Set-up in progress: the QR code and the key as text, and the form that turns it on with a code. */
export function SetupSection({
  pending,
  required,
  reply,
}: {
  pending: { secretGroups: string[]; qrSvg: string };
  required: boolean;
  reply: FormReply | undefined;
}) {
  const [form, fields] = useTwoStepForm(
    "confirm",
    () => import("~/validation/two-step").then((m) => m.twoStepConfirmSchema),
    reply,
  );
  const [restart] = useTwoStepForm(
    "start",
    () => import("~/validation/two-step").then((m) => m.twoStepStartSchema),
    undefined,
  );
  return (
    <Panel id="setup" title="Set up two-step sign-in">
      {required ? <p className="mb-3 font-semibold">{requiredNote}</p> : null}
      <ol className="list-decimal space-y-6 pl-5">
        <li>
          <p>Open your authenticator app and choose to add an account.</p>
        </li>
        <li>
          <p>Scan this QR code with the app.</p>
          <div
            role="img"
            aria-label="QR code that adds Hackpath to an authenticator app. If you cannot scan it, type the key shown after it."
            className="my-3 h-52 w-52 max-w-full border border-line bg-white"
            // Drawn on the server by the qrcode package from our own key: no user input in it.
            dangerouslySetInnerHTML={{ __html: pending.qrSvg }}
          />
          <p>Cannot scan it? Add the account by hand: choose a time-based key and type this one.</p>
          <p className="mt-2">
            <span className="sr-only">Key: </span>
            <code className="inline-block rounded bg-gray-50 px-2 py-1 font-mono text-lg tracking-wider break-all">
              {pending.secretGroups.join(" ")}
            </code>
          </p>
        </li>
        <li>
          <p className="mb-3">Enter the 6-digit code the app now shows for Hackpath.</p>
          <TwoStepForm
            intent="confirm"
            form={form}
            labels={{ code: "Code from the app" }}
            submitLabel="Turn on two-step sign-in"
          >
            <TextField
              meta={fields.code}
              label="Code from the app"
              autoComplete="one-time-code"
              inputMode="numeric"
              spellCheck={false}
              className={codeInputClass}
            />
          </TwoStepForm>
        </li>
      </ol>
      <div className="mt-6 border-t border-line pt-4">
        <p className="mb-2 text-sm text-muted">Added the key to the wrong app, or shared it by mistake?</p>
        <TwoStepForm intent="start" form={restart} submitLabel="Start again with a new key" variant="secondary" />
      </div>
    </Panel>
  );
}
