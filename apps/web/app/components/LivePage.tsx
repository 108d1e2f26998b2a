import type { Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";
import { Island } from "../islands/Island.tsx";
import type { BreakingItemView } from "../model/edition.ts";

/** The LIVE page: the edition's live items, an island that takes new ones as they come. */
export function LivePage({
  locale,
  timeZone,
  items,
}: {
  locale: Locale;
  timeZone: string;
  items: BreakingItemView[];
}) {
  const { t } = useTranslation("live");
  return (
    <section className="article" aria-labelledby="live-title">
      <span className="eyebrow live-link">
        <span className="live-dot" aria-hidden="true" />
        {t("badge")}
      </span>
      <h1 className="page-title" id="live-title">
        {t("title")}
      </h1>
      <Island
        name="liveList"
        props={{
          locale,
          timeZone,
          items,
          labels: { reconnecting: t("reconnecting"), noUpdates: t("noUpdates") },
        }}
      />
    </section>
  );
}
