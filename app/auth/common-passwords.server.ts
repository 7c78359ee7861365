import type { PasswordDenyList } from "../domain/passwords";
// Bundled into the server build as text (Vite `?raw`), so no file path is needed at run time.
import list from "./common-passwords.txt?raw";

let denyList: Set<string> | undefined;

/** The common passwords Hackpath refuses, lower-cased (see docs/decisions/0012-passwords.md). */
export function commonPasswords(): PasswordDenyList {
  denyList ??= new Set(
    list
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#")),
  );
  return denyList;
}
