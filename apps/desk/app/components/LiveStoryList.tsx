import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { formatDateTime } from "@sahifa/i18n/format";
import { useTranslation } from "react-i18next";
import { deskUrls } from "../desk-urls.ts";

/** A live story in one edition, as the desk lists it. */
export interface LiveStorySummary {
  articleId: number;
  locale: Locale;
  title: string;
  lastUpdateAt: string | null;
}

/**
 * The live stories the user may write in, one row per edition. Titles are in the story's
 * language and direction whatever the desk's UI language is.
 */
export function LiveStoryList({
  ui,
  stories,
  current,
}: {
  ui: Locale;
  stories: readonly LiveStorySummary[];
  current: { articleId: number; locale: Locale } | null;
}) {
  const { t } = useTranslation("desk");
  if (stories.length === 0) return <p className="desk-empty">{t("liveStories.empty")}</p>;
  return (
    <ul className="desk-live-stories" data-testid="live-stories">
      {stories.map((story) => {
        const config = LOCALE_CONFIG[story.locale];
        const isCurrent = current?.articleId === story.articleId && current.locale === story.locale;
        return (
          <li
            key={`${story.articleId}:${story.locale}`}
            data-article={story.articleId}
            data-edition={story.locale}
          >
            <a
              href={deskUrls.live(ui, story)}
              lang={config.hreflang}
              dir={config.dir}
              aria-current={isCurrent ? "page" : undefined}
            >
              {story.title}
            </a>{" "}
            <small>
              {t("liveStories.edition")}: {config.nativeName} ·{" "}
              {story.lastUpdateAt
                ? t("liveStories.lastUpdate", { time: formatDateTime(story.lastUpdateAt, ui) })
                : t("liveStories.noUpdates")}
            </small>
          </li>
        );
      })}
    </ul>
  );
}
