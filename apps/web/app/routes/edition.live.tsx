import { useTranslation } from "react-i18next";
import { loadBreaking } from "../data/breaking.server.ts";
import { editionPage } from "../edition-page.server.ts";
import { useLiveBreaking } from "../live/useLiveBreaking.ts";
import { brandedMeta } from "../seo.ts";
import type { Route } from "./+types/edition.live";

/**
 * LIVE, server-rendered: the edition's live items newest first, readable without JavaScript.
 * Pushing new items into the open page is issue 5's work, on top of this list.
 */
export async function loader({ params, request }: Route.LoaderArgs) {
  const { locale, alternates, seo } = editionPage(request, params.locale, "live", (t) => ({
    title: t("live:title"),
    description: t("common:breakingTickerLabel"),
  }));
  return { locale, items: await loadBreaking(locale, 50), alternates, seo };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return brandedMeta(loaderData?.seo);
}

export default function Live({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("live");
  const { items, state } = useLiveBreaking(loaderData.locale, loaderData.items, 50);
  return (
    <section className="article" aria-labelledby="live-title">
      <span className="eyebrow live-link">
        <span className="live-dot" aria-hidden="true" />
        {t("badge")}
      </span>
      <h1 className="page-title" id="live-title">
        {t("title")}
      </h1>
      {items.length === 0 ? <p>{t("noUpdates")}</p> : null}
      {state === "reconnecting" ? (
        <p className="live-status" role="status">
          {t("reconnecting")}
        </p>
      ) : null}
      <ol className="plain-list live-list" data-testid="live-list" data-live={state} aria-live="polite">
        {items.map((item) => (
          <li key={item.id} data-breaking-id={item.id}>
            <time dateTime={item.postedAt}>{item.postedLabel}</time>{" "}
            {item.attribution ? (
              <>
                <bdi className="ticker-attribution">{item.attribution}</bdi>:{" "}
              </>
            ) : null}
            {item.url ? <a href={item.url}>{item.text}</a> : item.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
