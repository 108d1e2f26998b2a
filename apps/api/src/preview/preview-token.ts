import { createHmac, timingSafeEqual } from "node:crypto";
import { isLocale, type Locale } from "@sahifa/domain/locales";

/** What a preview token grants: one translation revision of one article, until `expiresAt`. */
export interface PreviewGrant {
  articleId: number;
  locale: Locale;
  revisionId: number;
  expiresAt: Date;
}

/** Long enough to open and read a draft, short enough that a leaked link is soon worthless. */
export const PREVIEW_LIFETIME_MS = 10 * 60 * 1000;

function signature(payload: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(payload).digest();
}

function payloadOf(grant: Omit<PreviewGrant, "expiresAt"> & { expiresAtSeconds: number }): string {
  return `${grant.articleId}.${grant.locale}.${grant.revisionId}.${grant.expiresAtSeconds}`;
}

/**
 * `articleId.locale.revisionId.expiry.signature`: the fields in the clear (the reader app may
 * log them), the HMAC-SHA256 over them so none can be changed without the secret.
 */
export function signPreviewToken(grant: Omit<PreviewGrant, "expiresAt">, now: Date, secret: string) {
  const expiresAtSeconds = Math.floor((now.getTime() + PREVIEW_LIFETIME_MS) / 1000);
  const payload = payloadOf({ ...grant, expiresAtSeconds });
  return {
    token: `${payload}.${signature(payload, secret).toString("base64url")}`,
    expiresAt: new Date(expiresAtSeconds * 1000),
  };
}

const TOKEN_SHAPE =
  /^([1-9][0-9]{0,9})\.([a-z]{2})\.([1-9][0-9]{0,9})\.([1-9][0-9]{0,11})\.([A-Za-z0-9_-]{43})$/;

/** The grant of a token signed with `secret` that has not expired at `now`; null for anything else. */
export function verifyPreviewToken(token: string, now: Date, secret: string): PreviewGrant | null {
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return null;
  const [, article, locale, revision, expiry, signed] = match as unknown as [string, ...string[]];
  if (!isLocale(locale)) return null;
  const expected = signature(`${article}.${locale}.${revision}.${expiry}`, secret);
  const given = Buffer.from(signed!, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const expiresAt = new Date(Number(expiry) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  return { articleId: Number(article), locale, revisionId: Number(revision), expiresAt };
}
