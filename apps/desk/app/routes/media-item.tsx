import { isLocale, LOCALE_CONFIG, LOCALES, type Locale } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { useTranslation } from "react-i18next";
import { data } from "react-router";
import { loadMedia, putCaptions, setFocalPoint, setMediaText } from "../api/media-api.server.ts";
import {
  CaptionsForm,
  FocalPointPicker,
  MediaTextForm,
  type MediaTextValues,
} from "../components/MediaItemForms.tsx";
import { editionNames } from "../components/MediaLibrary.tsx";
import { deskUrls } from "../desk-urls.ts";
import type { PostRefusal } from "../editor/post-refusal.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { notFound } from "../not-found.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/media-item";

function mediaIdParam(value: string | undefined): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
  return id;
}

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const item = await loadMedia(session, mediaIdParam(params.mediaId));
  if (!item) throw notFound();
  return data({
    ui: session.ui,
    item,
    editable: LOCALES.filter((locale) => can(session.user, "editMediaText", locale)),
    canPlace: can(session.user, "uploadMedia"),
    uploaded: url.searchParams.has("uploaded"),
    title: deskI18nFor(session.ui).t("newsroom:media.title"),
  });
}

type MediaItemAnswer =
  | { ok: true; done: "texts" | "focal" | "captions" }
  | { ok: false; form: "texts"; locale: Locale; field: string; message: string; values: MediaTextValues }
  | { ok: false; form: "focal" | "captions"; message: string };

/** The desk's words for a refusal that is not about a field (session, rights, a vanished item). */
function refusalWords(ui: Locale, problem: PostRefusal): { field: string; message: string } {
  const { t } = deskI18nFor(ui);
  switch (problem.kind) {
    case "invalid":
      return { field: problem.field, message: problem.message };
    case "sessionExpired":
      return { field: "", message: t("desk:sessionExpired") };
    case "forbidden":
      return { field: "", message: t("newsroom:media.forbidden") };
    case "notFound":
      return { field: "", message: t("newsroom:media.notFound") };
    case "failed":
      return { field: "", message: problem.message };
  }
}

/** Texts of one edition, the focal point (a click on the picture), or a caption file. */
export async function action({ params, request, url }: Route.ActionArgs): Promise<MediaItemAnswer> {
  const session = await requireDeskSession({ request, url }, params.locale);
  const id = mediaIdParam(params.mediaId);
  const { ui } = session;
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "focal") {
    const shown = { width: Number(form.get("shownWidth")), height: Number(form.get("shownHeight")) };
    const x = Number(form.get("focal.x")) / shown.width;
    const y = Number(form.get("focal.y")) / shown.height;
    // A click lands inside the picture; clamp the edge pixel so 1.0 stays in range.
    const clamp = (value: number) => Math.min(1, Math.max(0, value));
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      return { ok: false, form: "focal", message: deskI18nFor(ui).t("newsroom:media.focalHint") };
    }
    const outcome = await setFocalPoint(session, { id, x: clamp(x), y: clamp(y) });
    return outcome.ok
      ? { ok: true, done: "focal" }
      : { ok: false, form: "focal", message: refusalWords(ui, outcome.problem).message };
  }
  if (intent === "captions") {
    const locale = String(form.get("locale"));
    const file = form.get("captions");
    if (!isLocale(locale) || !(file instanceof Blob) || file.size === 0) {
      return { ok: false, form: "captions", message: deskI18nFor(ui).t("newsroom:media.noFile") };
    }
    const outcome = await putCaptions(session, { id, locale, file });
    return outcome.ok
      ? { ok: true, done: "captions" }
      : { ok: false, form: "captions", message: outcome.message };
  }
  const locale = String(form.get("locale"));
  const values = {
    locale: isLocale(locale) ? locale : ui,
    alt: String(form.get("alt") ?? ""),
    caption: String(form.get("caption") ?? ""),
    credit: String(form.get("credit") ?? ""),
  };
  const outcome = await setMediaText(session, { id, ...values });
  if (outcome.ok) return { ok: true, done: "texts" };
  return { ok: false, form: "texts", locale: values.locale, ...refusalWords(ui, outcome.problem), values };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

export default function MediaItem({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("newsroom");
  const { ui, item, editable, canPlace, uploaded } = loaderData;
  const own = item.texts.find((text) => text.locale === ui);
  const done = actionData?.ok ? actionData.done : uploaded ? "uploaded" : null;
  const doneText = {
    uploaded: t("media.uploaded"),
    texts: t("media.textsSaved"),
    focal: t("media.focalSaved"),
    captions: t("media.captionsSaved"),
  };
  const refused = actionData && !actionData.ok ? actionData : null;
  return (
    <section aria-labelledby="media-item-title" className="desk-media-item" data-media={item.id}>
      <h1 id="media-item-title">
        {t(`media.kinds.${item.kind}`)} #{item.id}
      </h1>
      <p>
        <a href={deskUrls.media(ui)}>{t("media.back")}</a> ·{" "}
        {t("media.size", { width: item.width, height: item.height })}
      </p>
      {done ? (
        <p className="desk-notice" role="status" data-testid="media-notice">
          {doneText[done]}
        </p>
      ) : null}
      {item.lacking.length > 0 ? (
        <p className="desk-warning" data-testid="media-lacking">
          {t("media.lacks", { locales: editionNames(item.lacking, ui) })}
        </p>
      ) : (
        <p className="desk-hint">{t("media.complete")}</p>
      )}
      {item.image && canPlace ? (
        <>
          {refused?.form === "focal" ? (
            <p className="desk-error" role="alert">
              {refused.message}
            </p>
          ) : null}
          <FocalPointPicker url={item.image.url} image={item} focal={item.image.focal} alt={own?.alt ?? ""} />
        </>
      ) : item.image ? (
        <img src={item.image.url} srcSet={item.image.srcset} alt={own?.alt ?? ""} width={640} />
      ) : null}
      {item.video ? (
        <>
          {/* biome-ignore lint/a11y/useMediaCaption: the caption tracks are what this page uploads */}
          <video src={item.video.url} poster={item.video.posterUrl ?? undefined} controls width={640} />
          <CaptionsForm
            editions={editable}
            captionLocales={item.video.captionLocales}
            refusal={refused?.form === "captions" ? refused.message : null}
          />
        </>
      ) : null}
      <section aria-labelledby="texts-title">
        <h2 id="texts-title">{t("media.texts")}</h2>
        {LOCALES.map((locale) => (
          <MediaTextForm
            key={locale}
            locale={locale}
            text={item.texts.find((text) => text.locale === locale) ?? null}
            editable={editable.includes(locale)}
            refusal={refused?.form === "texts" && refused.locale === locale ? refused : null}
            values={refused?.form === "texts" && refused.locale === locale ? refused.values : null}
          />
        ))}
      </section>
      <p className="desk-hint" lang={LOCALE_CONFIG[ui].hreflang}>
        {t("media.altHint")}
      </p>
    </section>
  );
}
