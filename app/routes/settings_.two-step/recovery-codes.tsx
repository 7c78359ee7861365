import { Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { twoStepSettingsPath } from "~/utils/paths";

/** What the action answers when it made recovery codes: they are shown this once, never stored in the clear. */
export type CodesShown = { intent: "confirm" | "codes"; codes: string[] };

/** The ten recovery codes, shown once after set-up or after making new ones, with what to do with them. */
export function RecoveryCodes({ shown, continueTo }: { shown: CodesShown; continueTo: string | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="codes-heading" className="rounded-lg border-4 border-success-700 bg-white p-5">
      <h2 id="codes-heading" ref={heading} tabIndex={-1} className="text-2xl">
        {shown.intent === "confirm" ? "Two-step sign-in is on: save your recovery codes" : "Your new recovery codes"}
      </h2>
      <p className="mt-2">
        If you lose your phone, each of these codes signs you in once instead of a code from the app.{" "}
        <strong>This is the only time we show them.</strong>
        {shown.intent === "codes" ? " Your old recovery codes no longer work." : null}
      </p>
      <ol className="my-4 grid grid-cols-1 gap-2 font-mono text-lg sm:grid-cols-2" aria-label="Recovery codes">
        {shown.codes.map((code) => (
          <li key={code} className="rounded border border-line bg-gray-50 px-3 py-1">
            {code}
          </li>
        ))}
      </ol>
      <p>
        Keep them somewhere safe that is not your phone: a password manager, or printed and locked away. Anyone with
        your password and one of these codes can sign in as you.
      </p>
      <p className="mt-4">
        <Link to={continueTo ?? twoStepSettingsPath()} className="font-semibold">
          I have saved my recovery codes: continue
        </Link>
      </p>
    </section>
  );
}
