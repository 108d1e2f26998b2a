import { loadBreaking } from "../data/breaking.server.ts";
import { editionPage } from "../edition-page.server.ts";
import { useTranslation } from "../i18n/reader-translation.tsx";
import { Island } from "../islands/Island.tsx";
import { brandedMeta } from "../seo.ts";
import { fromServer, serverOnly } from "../server-only.ts";
import type { Route } from "./+types/edition.live";

/**
 * LIVE, server-rendered: the edition's live items newest first, readable without JavaScript;
 * in the browser the list is an island that adds items pushed over the live feed.
 */
export async function loader({ params, url }: Route.LoaderArgs) {
  const { locale, alternates, seo } = editionPage(url, params.locale, "live", (t) => ({
    title: t("live:title"),
    description: t("common:breakingTickerLabel"),
  }));
  return serverOnly({ locale, items: await loadBreaking(locale, 50), alternates, seo });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return brandedMeta(fromServer(loaderData)?.seo);
}

export default function Live({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("live");
  const { locale, items } = fromServer(loaderData);
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
          items,
          labels: { reconnecting: t("reconnecting"), noUpdates: t("noUpdates") },
        }}
      />
    </section>
  );
}
