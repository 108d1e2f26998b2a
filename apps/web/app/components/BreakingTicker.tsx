import type { Locale } from "@sahifa/domain/locales";
import { useContext } from "react";
import { useTranslation } from "react-i18next";
import { Island } from "../islands/Island.tsx";
import { withPostedAgo } from "../live/posted-ago.ts";
import type { BreakingItemView } from "../model/edition.ts";
import { RenderedAt } from "../render/rendered-at.ts";

/**
 * The BREAKING strip: server-rendered, so it reads without JavaScript; in the browser it is
 * an island that adds live items on top.
 */
export function BreakingTicker({
  locale,
  timeZone,
  items,
}: {
  locale: Locale;
  timeZone: string;
  items: BreakingItemView[];
}) {
  const { t } = useTranslation("common");
  const renderedAt = useContext(RenderedAt);
  return (
    <Island
      name="ticker"
      props={{
        locale,
        timeZone,
        items: withPostedAgo(items, locale, renderedAt),
        labels: { region: t("breakingTickerLabel"), heading: t("breaking") },
        renderedAt,
      }}
    />
  );
}
