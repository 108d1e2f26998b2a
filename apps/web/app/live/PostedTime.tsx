import type { Locale } from "@sahifa/domain/locales";
import { formatRelativeTime } from "@sahifa/i18n/format";

/**
 * When a live item was posted: the server's absolute time ("10:51"), then, once the browser
 * has a clock (`now`), "12 minutes ago" in the edition's language with its plural forms
 * (Intl.RelativeTimeFormat: Arabic's six). The absolute time stays in the tooltip.
 */
export function PostedTime({
  postedAt,
  label,
  locale,
  now,
}: {
  postedAt: string;
  label: string;
  locale: Locale;
  now: number | null;
}) {
  if (now === null) return <time dateTime={postedAt}>{label}</time>;
  return (
    <time dateTime={postedAt} title={label}>
      {formatRelativeTime(postedAt, locale, { now: Math.max(now, Date.parse(postedAt)) })}
    </time>
  );
}
