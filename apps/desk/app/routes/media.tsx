import { LOCALES, type Locale } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { forwardUpload, listMedia, type MediaKind } from "../api/media-api.server.ts";
import { readUploadTexts } from "../api/upload-texts.server.ts";
import { MediaFilters, MediaGrid, MediaUploadForm } from "../components/MediaLibrary.tsx";
import { deskUrls } from "../desk-urls.ts";
import { env } from "../env.server.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/media";

function kindParam(value: string | null): MediaKind | null {
  return value === "image" || value === "video" ? value : null;
}

/** Editions whose media texts this user writes: their own (all for admins). */
function textEditions(user: { role: "admin" | "editor" | "translator"; locales: readonly Locale[] }) {
  return LOCALES.filter((locale) => can(user, "editMediaText", locale));
}

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const kind = kindParam(url.searchParams.get("kind"));
  const search = url.searchParams.get("q")?.trim() ?? "";
  const after = url.searchParams.get("after");
  const page = await listMedia(session, { kind, search: search || null, after });
  const next = new URLSearchParams();
  if (kind) next.set("kind", kind);
  if (search) next.set("q", search);
  if (page.endCursor) next.set("after", page.endCursor);
  const editions = textEditions(session.user);
  return data({
    ui: session.ui,
    kind,
    search,
    page,
    nextUrl: page.endCursor ? `${url.pathname}?${next}` : null,
    canUpload: can(session.user, "uploadMedia"),
    editions,
    edition: editions.includes(session.ui) ? session.ui : (editions[0] ?? session.ui),
    timeZone: env.NEWSROOM_TIME_ZONE,
    title: deskI18nFor(session.ui).t("newsroom:media.title"),
  });
}

/**
 * An upload: the multipart body goes to the API untouched (it may be a 200 MB video, so the
 * desk neither buffers nor parses it). Stored: on to the item, to place its focal point and
 * write the other editions' texts. Refused: the API's words, in the desk's language.
 */
export async function action({ params, request, url }: Route.ActionArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data") || !request.body) {
    return { refusal: deskI18nFor(session.ui).t("newsroom:media.noFile"), values: null };
  }
  // One copy of the body streams on to the API; the other gives the texts back if it refuses.
  const [toApi, toTexts] = request.body.tee();
  const [outcome, values] = await Promise.all([
    forwardUpload(session, request, toApi),
    readUploadTexts(toTexts, contentType),
  ]);
  if (outcome.ok && outcome.media) {
    throw redirect(`${deskUrls.mediaItem(session.ui, outcome.media.id)}?uploaded=1`);
  }
  return {
    refusal: outcome.ok ? deskI18nFor(session.ui).t("newsroom:media.uploadFailed") : outcome.message,
    values,
  };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

export default function Media({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("newsroom");
  const { ui, kind, search, page, nextUrl, canUpload, editions, edition, timeZone } = loaderData;
  return (
    <section aria-labelledby="media-title" className="desk-media">
      <h1 id="media-title">{t("media.title")}</h1>
      {canUpload ? (
        <MediaUploadForm
          editions={editions}
          edition={actionData?.values?.locale ?? edition}
          refusal={actionData?.refusal ?? null}
          values={actionData?.values ?? null}
        />
      ) : null}
      <MediaFilters kind={kind} search={search} />
      <MediaGrid ui={ui} timeZone={timeZone} items={page.items} />
      {nextUrl ? (
        <nav className="desk-pager">
          <a href={nextUrl} rel="next">
            {t("media.more")}
          </a>
        </nav>
      ) : null}
    </section>
  );
}
