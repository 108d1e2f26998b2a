import type { Locale } from "@sahifa/domain/locales";
import { useContext } from "react";
import { useTranslation } from "react-i18next";
import { Island } from "../islands/Island.tsx";
import { withPostedAgo } from "../live/posted-ago.ts";
import type { BreakingItemView } from "../model/edition.ts";
import type { LiveStoryView } from "../model/live.ts";
import { RenderedAt } from "../render/rendered-at.ts";

/**
 * The LIVE page: the running live stories first (title, when last updated, their newest
 * update), then the edition's breaking items, an island that takes new ones as they come.
 */
export function LivePage({
  locale,
  timeZone,
  stories,
  items,
}: {
  locale: Locale;
  timeZone: string;
  stories: LiveStoryView[];
  items: BreakingItemView[];
}) {
  const { t } = useTranslation("live");
  const renderedAt = useContext(RenderedAt);
  return (
    <section className="article" aria-labelledby="live-title">
      <span className="eyebrow live-link">
        <span className="live-dot" aria-hidden="true" />
        {t("badge")}
      </span>
      <h1 className="page-title" id="live-title">
        {t("title")}
      </h1>
      {stories.length > 0 ? (
        <section aria-labelledby="live-stories-title" className="live-stories">
          <h2 id="live-stories-title" className="section-heading">
            {t("storiesHeading")}
          </h2>
          <ol className="plain-list" data-testid="live-stories">
            {stories.map((story) => (
              <li key={story.id} className="live-story-card" data-article-id={story.id}>
                <h3 className="teaser-title">
                  <a href={story.url}>{story.title}</a>
                </h3>
                <p className="live-story-updated">
                  {t("updatedLabel")} <time dateTime={story.updatedAt}>{story.updatedLabel}</time>
                </p>
                {story.latest ? (
                  <div className="live-story-latest">
                    <span className="visually-hidden">{t("latestUpdate")}: </span>
                    {story.latest.title ? (
                      <p className="live-story-latest-title">{story.latest.title}</p>
                    ) : null}
                    <p>{story.latest.body.split(/\n\s*\n/u)[0]}</p>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="live-breaking-title">
        <h2 id="live-breaking-title" className="section-heading">
          {t("breakingHeading")}
        </h2>
        <Island
          name="liveList"
          props={{
            locale,
            timeZone,
            items: withPostedAgo(items, locale, renderedAt),
            labels: { reconnecting: t("reconnecting"), noUpdates: t("noUpdates") },
            renderedAt,
          }}
        />
      </section>
    </section>
  );
}
