import { Link } from "@remix-run/react";
import { TextField } from "~/components/ui/form";
import type { FormReply } from "~/components/ui/notice";
import { Time } from "~/components/ui/time";
import { codeInputClass, Panel, TwoStepForm, useTwoStepForm } from "./two-step-form";

type Settings = {
  enabledAt: Date | string | null;
  codesLeft: number;
  turnOffRefusal: { message: string } | null;
};

/** Two-step sign-in is on: how many recovery codes are left, new codes, and turning it off. */
export function ManageSection({
  settings,
  reply,
  continueTo,
}: {
  settings: Settings;
  reply: FormReply | undefined;
  continueTo: string | null;
}) {
  const [codesForm, codesFields] = useTwoStepForm(
    "codes",
    () => import("~/validation/two-step").then((m) => m.twoStepCodesSchema),
    reply,
  );
  const [offForm, offFields] = useTwoStepForm(
    "off",
    () => import("~/validation/two-step").then((m) => m.twoStepOffSchema),
    reply,
  );
  const left = settings.codesLeft;
  return (
    <>
      <Panel id="status" title="Two-step sign-in is on">
        <p>
          On since <Time value={settings.enabledAt} />. Each time you sign in we ask for a code from your app.
        </p>
        {continueTo ? (
          <p className="mt-3">
            <Link to={continueTo} className="font-semibold">
              Continue to where you were going
            </Link>
          </p>
        ) : null}
      </Panel>
      <Panel id="codes" title="Recovery codes">
        <p className={left <= 2 ? "mb-3 font-semibold text-danger-700" : "mb-3"}>
          You have {left} unused recovery {left === 1 ? "code" : "codes"}.
          {left <= 2 ? " Make new ones now so that losing your phone does not lock you out." : null}
        </p>
        <p className="mb-4">Making new codes shows you ten new ones once; every old code stops working.</p>
        <TwoStepForm
          intent="codes"
          form={codesForm}
          labels={{ password: "Your password" }}
          submitLabel="Make new recovery codes"
          variant="secondary"
        >
          <TextField
            meta={codesFields.password}
            label="Your password"
            type="password"
            autoComplete="current-password"
          />
        </TwoStepForm>
      </Panel>
      <Panel id="off" title="Turn off two-step sign-in">
        {settings.turnOffRefusal ? (
          <p>{settings.turnOffRefusal.message}</p>
        ) : (
          <>
            <p className="mb-4">You would sign in with your password alone. Your recovery codes stop working.</p>
            <TwoStepForm
              intent="off"
              form={offForm}
              labels={{ password: "Your password", code: "Code from your app, or a recovery code" }}
              submitLabel="Turn off two-step sign-in"
              variant="danger"
            >
              <TextField
                meta={offFields.password}
                label="Your password"
                type="password"
                autoComplete="current-password"
              />
              <TextField
                meta={offFields.code}
                label="Code from your app, or a recovery code"
                autoComplete="one-time-code"
                spellCheck={false}
                className={codeInputClass}
              />
            </TwoStepForm>
          </>
        )}
      </Panel>
    </>
  );
}
