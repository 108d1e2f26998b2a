import { useContext } from "react";
import { useTranslation } from "react-i18next";
import { Island } from "../islands/Island.tsx";
import { withPostedAgo } from "../live/posted-ago.ts";
import type { ArticleView } from "../model/article.ts";
import type { LiveUpdateView } from "../model/live.ts";
import { RenderedAt } from "../render/rendered-at.ts";

/** A live story's updates, newest first, as an island that adds the ones posted while the page is open. */
export function LiveStoryIsland({
  article,
  updates,
  timeZone,
}: {
  article: ArticleView;
  updates: LiveUpdateView[];
  timeZone: string;
}) {
  const { t } = useTranslation("live");
  const renderedAt = useContext(RenderedAt);
  return (
    <Island
      name="liveStory"
      props={{
        locale: article.locale,
        timeZone,
        articleId: article.id,
        updates: withPostedAgo(updates, article.locale, renderedAt),
        labels: { title: t("title"), reconnecting: t("reconnecting"), noUpdates: t("noUpdates") },
        renderedAt,
      }}
    />
  );
}
