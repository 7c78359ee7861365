import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's recommended minimum cost.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** Checks a password against a stored argon2id hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// A real hash of a random string, so an unknown email costs the same verification time as a
// wrong password (no account enumeration by timing). Computed once, lazily, but before the first
// comparison is timed: the first unknown email must not take twice as long as the rest.
let dummyHash: Promise<string> | undefined;
function getDummyHash() {
  dummyHash ??= hashPassword(`dummy-${randomBytes(16).toString("hex")}`);
  return dummyHash;
}

/** Spends the time of one verification without an account. Always false. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  const stored = await getDummyHash();
  await verifyPassword(stored, password);
  return false;
}

/** Prepares the dummy hash ahead of the first log-in (called when the log-in page loads). */
export function warmDummyHash(): void {
  void getDummyHash();
}
