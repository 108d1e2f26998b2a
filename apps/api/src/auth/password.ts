import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Password hashing with scrypt at OWASP's minimum (N=2^17, r=8, p=1), from
 * node:crypto so no native dependency is needed. Stored as
 * `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` (base64url), so the cost can be
 * raised later and old hashes still verify.
 */
export const SCRYPT_PARAMS = { log2N: 17, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;

/** scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is below that at N=2^17, so raise it with headroom. */
function maxmem(log2N: number, r: number): number {
  return 2 * 128 * 2 ** log2N * r;
}

function derive(password: string, salt: Buffer, log2N: number, r: number, p: number, keyLength: number) {
  const options: ScryptOptions = { N: 2 ** log2N, r, p, maxmem: maxmem(log2N, r) };
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const { log2N, r, p, keyLength, saltLength } = SCRYPT_PARAMS;
  const salt = randomBytes(saltLength);
  const key = await derive(password, salt, log2N, r, p, keyLength);
  return ["scrypt", log2N, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Constant-time comparison; false for any hash this module did not make. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [log2N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  // Refuse parameters out of a sane range rather than let a bad row pin the CPU or memory.
  if (!(log2N >= 14 && log2N <= 20 && r >= 1 && r <= 16 && p >= 1 && p <= 4)) return false;
  const salt = Buffer.from(parts[4] ?? "", "base64url");
  const expected = Buffer.from(parts[5] ?? "", "base64url");
  if (salt.length < 8 || expected.length < 16) return false;
  const actual = await derive(password, salt, log2N, r, p, expected.length);
  return timingSafeEqual(actual, expected);
}

/** Verified against when the email is unknown, so a miss takes as long as a wrong password. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;
