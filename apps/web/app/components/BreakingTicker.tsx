import { DEFAULT_LOCALE, isLocale } from "@sahifa/domain/locales";
import { useParams } from "react-router";
import { useTranslation } from "../i18n/reader-translation.tsx";
import { Island } from "../islands/Island.tsx";
import type { BreakingItemView } from "../model/edition.ts";

/**
 * The BREAKING strip: server-rendered, so it reads without JavaScript; in the browser it is
 * an island that adds live items on top (issue 5).
 */
export function BreakingTicker({ items }: { items: BreakingItemView[] }) {
  const { t } = useTranslation("common");
  const { locale } = useParams();
  return (
    <Island
      name="ticker"
      props={{
        locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
        items,
        labels: { region: t("breakingTickerLabel"), heading: t("breaking") },
      }}
    />
  );
}
