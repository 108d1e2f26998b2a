import { describe, expect, it } from "vitest";
import { hashPassword, SCRYPT_PARAMS, verifyPassword } from "./password.ts";

describe("password hashing", () => {
  it("hashes with scrypt at N=2^17, r=8, p=1 and a random salt, and verifies", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^scrypt\$17\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(SCRYPT_PARAMS).toMatchObject({ log2N: 17, r: 8, p: 1 });
    expect(await hashPassword("correct horse battery staple")).not.toBe(hash);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
  });

  it("refuses hashes it did not make, including absurd cost parameters", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
    expect(await verifyPassword("x", "scrypt$30$8$1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$17$8$1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA")).toBe(false);
  });
});
