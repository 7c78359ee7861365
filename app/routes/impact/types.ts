// The loader's data as the page's pieces receive it.
import type { useLoaderData } from "@remix-run/react";
import type { loader } from "./route";

export type ImpactData = ReturnType<typeof useLoaderData<typeof loader>>;

/** The spacing every section of the page shares, and a page break before one rather than through it when printing. */
export const sectionClass = "mb-12 print:break-inside-avoid-page";
