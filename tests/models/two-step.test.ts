import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateTOTP } from "@oslojs/otp";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { hasTwoStep, newRecoveryCodes, verifyTwoStepCode } from "../../app/auth/two-step.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const codeNow = (secret: string) => generateTOTP(decodeBase32IgnorePadding(secret), 30, 6);

describe("verifyTwoStepCode and hasTwoStep (for flows that ask for a password and a code)", () => {
  it("accepts the current code of an enabled secret once, and one of the person's recovery codes once", async () => {
    const user = await createUser({ twoStep: true });
    const other = await createUser({ twoStep: true });
    const { codes, hashes } = newRecoveryCodes();
    await getWriterDb()
      .insert(s.recoveryCodes)
      .values(hashes.map((codeHash) => ({ userId: user.id, codeHash })));
    expect(await hasTwoStep(user.id)).toBe(true);

    expect(await verifyTwoStepCode({ userId: other.id, code: codes[0]! })).toBe(false);
    expect(await verifyTwoStepCode({ userId: user.id, code: codeNow(user.totpSecret!) })).toBe(true);
    expect(await verifyTwoStepCode({ userId: user.id, code: codeNow(user.totpSecret!) })).toBe(false);
    expect(await verifyTwoStepCode({ userId: user.id, code: codes[0]! })).toBe(true);
    expect(await verifyTwoStepCode({ userId: user.id, code: codes[0]! })).toBe(false);
    const used = await getWriterDb()
      .select({ usedAt: s.recoveryCodes.usedAt })
      .from(s.recoveryCodes)
      .where(eq(s.recoveryCodes.userId, user.id));
    expect(used.filter((r) => r.usedAt !== null)).toHaveLength(1);
  });

  it("accepts nothing while two-step sign-in is off or only pending", async () => {
    const off = await createUser();
    expect(await hasTwoStep(off.id)).toBe(false);
    expect(await verifyTwoStepCode({ userId: off.id, code: "123456" })).toBe(false);
    const pending = await createUser({ totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" });
    expect(await hasTwoStep(pending.id)).toBe(false);
    expect(await verifyTwoStepCode({ userId: pending.id, code: codeNow(pending.totpSecret!) })).toBe(false);
  });
});
