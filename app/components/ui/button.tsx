import { Link, useNavigation, type LinkProps } from "@remix-run/react";
import { useId, type ButtonHTMLAttributes, type ReactNode } from "react";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold no-underline transition-colors disabled:opacity-60 min-h-11";
const variants = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 hover:text-white",
  secondary: "border border-brand-600 bg-white text-brand-700 hover:bg-brand-50",
  danger: "bg-danger-700 text-white hover:bg-red-800 hover:text-white",
  quiet: "text-brand-700 underline hover:text-brand-800 px-0 min-h-0",
} as const;
export type ButtonVariant = keyof typeof variants;

/** Class names for a button-looking element. */
export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `${base} ${variants[variant]} ${extra}`.trim();
}

/** The submit button pressed last in this browser tab (its useId), so only it shows as busy. */
let pressed: string | null = null;

/**
 * A button with the design system's variants. Defaults to type="submit" inside forms. Pressed to
 * submit a form, it says it is busy until the answer arrives (`busyLabel`, and aria-disabled so a
 * second press does nothing): one pending pattern for every form. Without JavaScript the browser
 * shows its own progress instead.
 */
export function Button({
  variant = "primary",
  className = "",
  busyLabel = "Sending…",
  children,
  onClick,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; busyLabel?: ReactNode }) {
  const id = useId();
  const navigation = useNavigation();
  const submits = (props.type ?? "submit") === "submit";
  const busy = submits && navigation.state !== "idle" && navigation.formData !== undefined && pressed === id;
  return (
    <button
      className={buttonClass(variant, className)}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        if (submits) pressed = id;
        onClick?.(event);
      }}
      {...props}
    >
      {busy ? (
        <>
          <span
            aria-hidden="true"
            className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent"
          />
          {busyLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}

/** A link that looks like a button. */
export function ButtonLink({ variant = "primary", className = "", ...props }: LinkProps & { variant?: ButtonVariant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
