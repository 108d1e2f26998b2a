import type { Locale } from "@sahifa/domain/locales";
import { postedAgo } from "./posted-ago.ts";

/**
 * When a live item was posted: "12 minutes ago" in the edition's language with its plural
 * forms (Intl.RelativeTimeFormat: Arabic's six), the absolute time ("10:51") in the tooltip.
 * Until the browser's clock runs (`now` null) it shows the server's words (`ago`), or the
 * absolute time when the server had no moment to count from.
 */
export function PostedTime({
  postedAt,
  label,
  ago,
  locale,
  now,
}: {
  postedAt: string;
  label: string;
  ago?: string | undefined;
  locale: Locale;
  now: number | null;
}) {
  if (now !== null) {
    return (
      <time dateTime={postedAt} title={label}>
        {postedAgo(postedAt, locale, now)}
      </time>
    );
  }
  if (ago === undefined) return <time dateTime={postedAt}>{label}</time>;
  return (
    <time dateTime={postedAt} title={label}>
      {ago}
    </time>
  );
}
