import { describe, expect, it } from "vitest";
import { PREVIEW_LIFETIME_MS, signPreviewToken, verifyPreviewToken } from "./preview-token.ts";

const SECRET = "a-test-secret-of-at-least-thirty-two-chars";
const now = new Date("2026-03-01T10:00:00Z");
const grant = { articleId: 12, locale: "ar" as const, revisionId: 345 };

describe("preview tokens", () => {
  it("grant what they were signed for until they expire, ten minutes on", () => {
    const { token, expiresAt } = signPreviewToken(grant, now, SECRET);
    expect(expiresAt.getTime()).toBe(now.getTime() + PREVIEW_LIFETIME_MS);
    expect(verifyPreviewToken(token, new Date(now.getTime() + 60_000), SECRET)).toEqual({
      ...grant,
      expiresAt,
    });
    expect(verifyPreviewToken(token, expiresAt, SECRET)).toBeNull();
  });

  it("refuse a changed field, another secret, or a malformed token", () => {
    const { token } = signPreviewToken(grant, now, SECRET);
    const fields = token.split(".");
    const changed = (index: number, value: string) =>
      fields.map((field, i) => (i === index ? value : field)).join(".");
    for (const forged of [
      changed(0, "13"),
      changed(1, "es"),
      changed(2, "346"),
      changed(3, String(Number(fields[3]) + 3600)),
      changed(4, `${fields[4]!.slice(0, -1)}${fields[4]!.endsWith("A") ? "B" : "A"}`),
      "",
      "12.ar.345",
      `${token}.`,
      token.toUpperCase(),
    ]) {
      expect(verifyPreviewToken(forged, now, SECRET), forged).toBeNull();
    }
    expect(verifyPreviewToken(token, now, "another-secret-of-at-least-thirty-two-chars")).toBeNull();
  });
});
