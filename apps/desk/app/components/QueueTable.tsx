import { LOCALE_CONFIG, LOCALES, type Locale } from "@sahifa/domain/locales";
import { formatDateTime } from "@sahifa/i18n/format";
import { formatNewsroomDateTime } from "@sahifa/i18n/newsroom-time";
import { useTranslation } from "react-i18next";
import { deskUrls } from "../desk-urls.ts";

export const QUEUE_STATES = ["missing", "draft", "in_review", "outdated"] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface QueueItemView {
  articleId: number;
  /** The source's title, in the source's language. */
  title: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  state: QueueState;
  updatedAt: string | null;
  /** When the translation is set to be published, if it is. */
  scheduledAt: string | null;
}

/** One row per article and target language waiting in the signed-in user's languages. */
export function QueueTable({
  ui,
  items,
  timeZone,
}: {
  ui: Locale;
  items: readonly QueueItemView[];
  /** The newsroom's zone: scheduled times are shown in it, named. */
  timeZone: string;
}) {
  const { t } = useTranslation("desk");
  const { t: tNewsroom } = useTranslation("newsroom");
  if (items.length === 0) return <p className="desk-empty">{t("queue.empty")}</p>;
  return (
    <table className="desk-queue" data-testid="queue">
      <thead>
        <tr>
          <th scope="col">{t("queue.columns.article")}</th>
          <th scope="col">{t("queue.columns.source")}</th>
          <th scope="col">{t("queue.columns.target")}</th>
          <th scope="col">{t("queue.columns.status")}</th>
          <th scope="col">{t("queue.columns.updated")}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const source = LOCALE_CONFIG[item.sourceLocale];
          return (
            <tr
              key={`${item.articleId}:${item.targetLocale}`}
              data-article={item.articleId}
              data-target={item.targetLocale}
            >
              <td>
                <a
                  href={deskUrls.editor(ui, item.articleId, item.targetLocale)}
                  lang={source.hreflang}
                  dir={source.dir}
                >
                  {item.title}
                </a>
              </td>
              <td>{source.nativeName}</td>
              <td>{LOCALE_CONFIG[item.targetLocale].nativeName}</td>
              <td>
                <span className={`desk-status desk-status-${item.state}`}>{t(`statuses.${item.state}`)}</span>
                {item.scheduledAt ? (
                  <>
                    {" "}
                    <a
                      className="desk-status desk-status-scheduled"
                      href={deskUrls.publishing(ui, item.articleId, item.targetLocale)}
                      data-testid="queue-scheduled"
                    >
                      <time dateTime={item.scheduledAt}>
                        {tNewsroom("publishing.queueScheduled", {
                          time: formatNewsroomDateTime(item.scheduledAt, ui, timeZone),
                        })}
                      </time>
                    </a>
                  </>
                ) : null}
              </td>
              <td>{item.updatedAt ? formatDateTime(item.updatedAt, ui) : ""}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Filters as a GET form: they live in the URL, so a filtered page can be shared and reloaded. */
export function QueueFilters({
  locales,
  status,
  locale,
  from,
}: {
  locales: readonly Locale[];
  status: QueueState | null;
  locale: Locale | null;
  /** Only articles written in this language (a translator's language pair). */
  from: Locale | null;
}) {
  const { t } = useTranslation("desk");
  return (
    <form method="get" className="desk-filters">
      <label>
        {t("queue.filterStatus")}
        <select name="status" defaultValue={status ?? ""}>
          <option value="">{t("queue.all")}</option>
          {QUEUE_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`statuses.${state}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("editor.originalLocale")}
        <select name="from" defaultValue={from ?? ""}>
          <option value="">{t("queue.all")}</option>
          {LOCALES.map((code) => (
            <option key={code} value={code}>
              {LOCALE_CONFIG[code].nativeName}
            </option>
          ))}
        </select>
      </label>
      {locales.length > 1 ? (
        <label>
          {t("queue.filterLocale")}
          <select name="locale" defaultValue={locale ?? ""}>
            <option value="">{t("queue.all")}</option>
            {locales.map((code) => (
              <option key={code} value={code}>
                {LOCALE_CONFIG[code].nativeName}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" className="desk-button desk-button-quiet">
        {t("queue.apply")}
      </button>
    </form>
  );
}

/** Cursor paging: the URLs come from the route, which knows the cursors. */
export function QueuePager({ previous, next }: { previous: string | null; next: string | null }) {
  const { t } = useTranslation("common");
  if (!previous && !next) return null;
  return (
    <nav className="desk-pager" aria-label={t("pagination.label")}>
      {previous ? (
        <a href={previous} rel="prev">
          {t("pagination.previous")}
        </a>
      ) : null}
      {next ? (
        <a href={next} rel="next">
          {t("pagination.next")}
        </a>
      ) : null}
    </nav>
  );
}
