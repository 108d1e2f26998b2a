import { isLocale, LOCALES } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { useTranslation } from "react-i18next";
import { data } from "react-router";
import { loadQueue } from "../api/desk-api.server.ts";
import {
  QUEUE_STATES,
  QueueFilters,
  QueuePager,
  type QueueState,
  QueueTable,
} from "../components/QueueTable.tsx";
import { deskUrls } from "../desk-urls.ts";
import { env } from "../env.server.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/queue";

const PAGE_SIZE = 25;

function isQueueState(value: string | null): value is QueueState {
  return (QUEUE_STATES as readonly (string | null)[]).includes(value);
}

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const statusParam = url.searchParams.get("status");
  const localeParam = url.searchParams.get("locale");
  const status = isQueueState(statusParam) ? statusParam : null;
  // Only the user's own languages can be asked for (admins have all).
  const locale = isLocale(localeParam) && session.user.locales.includes(localeParam) ? localeParam : null;
  const fromParam = url.searchParams.get("from");
  const from = isLocale(fromParam) ? fromParam : null;
  const after = url.searchParams.get("after");
  const page = await loadQueue(session, { status, locale, from, first: PAGE_SIZE, after });
  const link = (cursor: string | null) => {
    const next = new URLSearchParams();
    if (status) next.set("status", status);
    if (locale) next.set("locale", locale);
    if (from) next.set("from", from);
    if (cursor) next.set("after", cursor);
    const query = next.toString();
    return query ? `${url.pathname}?${query}` : url.pathname;
  };
  return data({
    ui: session.ui,
    locales: session.user.locales,
    status,
    locale,
    from,
    page,
    // Cursor paging goes forward; "previous" returns to the first page of the same filter.
    nextUrl: page.hasNextPage && page.endCursor ? link(page.endCursor) : null,
    firstUrl: after ? link(null) : null,
    timeZone: env.NEWSROOM_TIME_ZONE,
    title: deskI18nFor(session.ui).t("desk:queue.title"),
    canWrite: LOCALES.some((l) => can(session.user, "createArticle", l)),
  });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

export default function Queue({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("desk");
  const { ui, locales, status, locale, from, page, nextUrl, firstUrl, canWrite, timeZone } = loaderData;
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t("queue.title")}</h1>
      <p>{t("queue.count", { count: page.totalCount })}</p>
      {canWrite ? (
        <p>
          <a className="desk-button" href={deskUrls.newArticle(ui)} data-testid="queue-new-article">
            {t("editor.newArticle")}
          </a>
        </p>
      ) : null}
      <QueueFilters locales={locales} status={status} locale={locale} from={from} />
      <QueueTable ui={ui} items={page.items} timeZone={timeZone} selectForm="xliff-selection" />
      {page.items.length > 0 ? (
        <form id="xliff-selection" method="get" action={deskUrls.xliffSelection(ui)} className="desk-filters">
          <select name="version" defaultValue="2.1" aria-label={t("xliff.version")}>
            <option value="2.1">{t("xliff.v21")}</option>
            <option value="1.2">{t("xliff.v12")}</option>
          </select>
          <button type="submit" className="desk-button" data-testid="xliff-export-selection">
            {t("xliff.exportSelection")}
          </button>
        </form>
      ) : null}
      <QueuePager previous={firstUrl} next={nextUrl} />
    </section>
  );
}
