import type { ReactNode } from "react";

const tones = {
  neutral: "bg-gray-100 text-gray-800",
  brand: "bg-brand-100 text-brand-800",
  success: "bg-success-50 text-success-700",
  warning: "bg-warning-50 text-warning-700",
  danger: "bg-danger-50 text-danger-700",
} as const;
export type BadgeTone = keyof typeof tones;

/** A short status label. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[tone]}`}>
      {children}
    </span>
  );
}
