import type { Locale } from "@sahifa/domain/locales";
import type { BreakingItemView } from "../model/edition.ts";
import { BreakingItemText } from "./BreakingItemText.tsx";
import type { WithPostedAgo } from "./posted-ago.ts";
import { useLiveBreaking } from "./useLiveBreaking.ts";
import { useNow } from "./useNow.ts";

export interface LiveTickerProps {
  locale: Locale;
  /** The newsroom's zone, for the times of items pushed after load. */
  timeZone: string;
  items: Array<WithPostedAgo<BreakingItemView>>;
  labels: { region: string; heading: string };
  /** When the server rendered the page (see useNow). */
  renderedAt: number | null;
}

/**
 * The BREAKING strip as an island: the server's items, then new ones pushed over the
 * edition's live feed. Newest first, flowing in the reading direction. The labels come
 * translated from the server, so the browser needs no i18n runtime for it.
 */
export function LiveTicker({ locale, timeZone, items: serverItems, labels, renderedAt }: LiveTickerProps) {
  const { items, state } = useLiveBreaking(locale, timeZone, serverItems, 10);
  const now = useNow(renderedAt, items);
  if (items.length === 0) return <div hidden data-live={state} />;
  return (
    <section className="ticker" aria-label={labels.region} data-testid="breaking-ticker" data-live={state}>
      <h2 className="ticker-label">{labels.heading}</h2>
      {/* Scrollable, so keyboard users must be able to focus it to scroll (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is operable by keyboard only when focusable */}
      <div className="ticker-viewport" tabIndex={0}>
        <ul className="ticker-list">
          {items.map((item) => (
            <li className="ticker-item" key={item.id} data-breaking-id={item.id}>
              <BreakingItemText item={item} locale={locale} now={now} />
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
