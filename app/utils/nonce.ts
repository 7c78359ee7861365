import { createContext, useContext } from "react";

/** The per-request CSP nonce, provided by entry.server and read by every inline script. */
export const NonceContext = createContext<string>("");

/** The CSP nonce for this render ("" in the browser, where React does not need it). */
export function useNonce(): string {
  return useContext(NonceContext);
}
