import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { formatDateTime } from "@sahifa/i18n/format";
import { useTranslation } from "react-i18next";

/** An update of a live story as the desk lists it; `postedAt` is ISO 8601. */
export interface LiveUpdateItem {
  id: number;
  title: string | null;
  body: string;
  postedAt: string;
}

/**
 * A story's updates, newest first, as readers of its edition get them: the text in the
 * story's language and direction, the time in the desk's. `justPosted` marks the update
 * the editor has just sent.
 */
export function LiveUpdateList({
  ui,
  locale,
  updates,
  justPosted,
}: {
  ui: Locale;
  locale: Locale;
  updates: readonly LiveUpdateItem[];
  justPosted: number | null;
}) {
  const { t } = useTranslation("desk");
  const config = LOCALE_CONFIG[locale];
  return (
    <section aria-labelledby="live-updates-title">
      <h2 id="live-updates-title">{t("liveStories.updates")}</h2>
      {updates.length === 0 ? (
        <p className="desk-empty">{t("liveStories.noUpdates")}</p>
      ) : (
        <ol className="desk-live-updates" data-testid="desk-live-updates">
          {updates.map((update) => (
            <li
              key={update.id}
              data-update={update.id}
              className={update.id === justPosted ? "desk-live-update-new" : undefined}
            >
              <time dateTime={update.postedAt}>{formatDateTime(update.postedAt, ui)} (UTC)</time>
              <div lang={config.hreflang} dir={config.dir}>
                {update.title ? <h3>{update.title}</h3> : null}
                {update.body.split(/\n\s*\n/u).map((paragraph, index) => (
                  // Paragraphs of a plain text: their order is their identity.
                  <p key={index}>{paragraph}</p>
                ))}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
