import { DEFAULT_LOCALE, isLocale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useLiveBreaking } from "../live/useLiveBreaking.ts";
import type { BreakingItemView } from "../model/edition.ts";

/**
 * The BREAKING strip: newest first, flowing in the reading direction. Server-rendered, so it
 * reads without JavaScript; live updates are added on top of it (issue 5).
 */
export function BreakingTicker({ items: serverItems }: { items: BreakingItemView[] }) {
  const { t } = useTranslation("common");
  const { locale } = useParams();
  const { items, state } = useLiveBreaking(isLocale(locale) ? locale : DEFAULT_LOCALE, serverItems, 10);
  if (items.length === 0) return <div hidden data-live={state} />;
  return (
    <section
      className="ticker"
      aria-label={t("breakingTickerLabel")}
      data-testid="breaking-ticker"
      data-live={state}
    >
      <h2 className="ticker-label">{t("breaking")}</h2>
      {/* Scrollable, so keyboard users must be able to focus it to scroll (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is operable by keyboard only when focusable */}
      <div className="ticker-viewport" tabIndex={0}>
        <ul className="ticker-list">
          {items.map((item) => (
            <li className="ticker-item" key={item.id} data-breaking-id={item.id}>
              <time dateTime={item.postedAt}>{item.postedLabel}</time>
              {item.attribution ? (
                <>
                  <bdi className="ticker-attribution">{item.attribution}</bdi>:{" "}
                </>
              ) : null}
              {item.url ? <a href={item.url}>{item.text}</a> : <span>{item.text}</span>}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
