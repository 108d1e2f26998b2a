import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { MEDIA_LIMITS } from "@sahifa/domain/media";
import { formatNewsroomDateTime } from "@sahifa/i18n/newsroom-time";
import { useTranslation } from "react-i18next";
import { Form, useNavigation } from "react-router";
import type { MediaItemView, MediaKind } from "../api/media-api.server.ts";
import { EditionSelect } from "../components/EditionSelect.tsx";
import { deskUrls } from "../desk-urls.ts";

const MB = 1024 * 1024;

/** What the upload input offers; the API decides from the bytes, whatever the name says. */
export const ACCEPTED_FILES = "image/jpeg,image/png,image/webp,image/avif,video/mp4";

/** The editions a warning names, joined as the desk's language joins a list. */
export function editionNames(locales: readonly Locale[], ui: Locale): string {
  const list = new Intl.ListFormat(LOCALE_CONFIG[ui].intlTag, { type: "conjunction" });
  return list.format(locales.map((locale) => LOCALE_CONFIG[locale].nativeName));
}

/** Filters as a GET form, so a search can be shared and reloaded. */
export function MediaFilters({ kind, search }: { kind: MediaKind | null; search: string }) {
  const { t } = useTranslation("newsroom");
  return (
    <form method="get" className="desk-filters" role="search">
      <label>
        {t("media.search")}
        <input type="search" name="q" defaultValue={search} dir="auto" placeholder={t("media.searchHint")} />
      </label>
      <label>
        {t("media.filter")}
        <select name="kind" defaultValue={kind ?? ""}>
          <option value="">{t("media.kinds.all")}</option>
          <option value="image">{t("media.kinds.image")}</option>
          <option value="video">{t("media.kinds.video")}</option>
        </select>
      </label>
      <button type="submit" className="desk-button desk-button-quiet">
        {t("media.search")}
      </button>
    </form>
  );
}

/**
 * Upload an image or a video with the texts of one edition. Sent as the browser encodes it and
 * passed through to the API; with JavaScript a refusal leaves every field as it was.
 */
export function MediaUploadForm({
  editions,
  edition,
  refusal,
  values,
}: {
  /** Editions whose texts this user may write. */
  editions: readonly Locale[];
  edition: Locale;
  refusal: string | null;
  /** The texts of a refused upload, given back as typed (a file input cannot be refilled). */
  values: { alt: string; caption: string; credit: string } | null;
}) {
  const { t } = useTranslation("newsroom");
  const busy = useNavigation().state === "submitting";
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      className="desk-upload-form"
      aria-labelledby="upload-title"
      data-testid="upload-form"
    >
      <h2 id="upload-title">{t("media.uploadTitle")}</h2>
      {refusal ? (
        <p className="desk-error" role="alert" id="upload-error" data-testid="upload-error">
          {refusal}
        </p>
      ) : null}
      <EditionSelect label={t("media.edition")} name="locale" editions={editions} value={edition} />
      <label>
        {t("media.alt")}
        <input
          type="text"
          name="alt"
          maxLength={MEDIA_LIMITS.alt}
          dir="auto"
          aria-describedby="alt-hint"
          defaultValue={values?.alt}
        />
        <small id="alt-hint">{t("media.altHint")}</small>
      </label>
      <label>
        {t("media.caption")}
        <input
          type="text"
          name="caption"
          maxLength={MEDIA_LIMITS.caption}
          dir="auto"
          defaultValue={values?.caption}
        />
      </label>
      <label>
        {t("media.credit")}
        <input
          type="text"
          name="credit"
          maxLength={MEDIA_LIMITS.credit}
          dir="auto"
          defaultValue={values?.credit}
        />
      </label>
      <label>
        {t("media.file")}
        <input
          type="file"
          name="file"
          required
          accept={ACCEPTED_FILES}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? "upload-error accepted-hint" : "accepted-hint"}
        />
        <small id="accepted-hint">
          {t("media.accepted", {
            image: MEDIA_LIMITS.imageBytes / MB,
            megapixels: MEDIA_LIMITS.imagePixels / 1_000_000,
            video: MEDIA_LIMITS.videoBytes / MB,
          })}
        </small>
      </label>
      <label>
        {t("media.poster")}
        <input type="file" name="poster" accept="image/jpeg,image/png,image/webp,image/avif" />
      </label>
      <button type="submit" className="desk-button" disabled={busy} data-testid="upload">
        {t("media.upload")}
      </button>
    </Form>
  );
}

/** The library as a grid of thumbnails, each saying which editions still lack alt text or a caption. */
export function MediaGrid({
  ui,
  timeZone,
  items,
}: {
  ui: Locale;
  timeZone: string;
  items: readonly MediaItemView[];
}) {
  const { t } = useTranslation("newsroom");
  if (items.length === 0) return <p className="desk-empty">{t("media.empty")}</p>;
  return (
    <ul className="desk-media-grid" data-testid="media-grid">
      {items.map((item) => {
        const own = item.texts.find((text) => text.locale === ui) ?? item.texts[0];
        return (
          <li key={item.id} data-media={item.id} data-kind={item.kind}>
            <a href={deskUrls.mediaItem(ui, item.id)}>
              {item.thumbnail ? (
                <img
                  src={item.thumbnail.url}
                  srcSet={item.thumbnail.srcset}
                  sizes="10rem"
                  width={160}
                  height={160}
                  alt={own?.alt ?? ""}
                  loading="lazy"
                />
              ) : (
                <span className="desk-media-placeholder">{t(`media.kinds.${item.kind}`)}</span>
              )}
            </a>
            <small>
              {t("media.size", { width: item.width, height: item.height })} ·{" "}
              {t("media.uploadedAt", { time: formatNewsroomDateTime(item.createdAt, ui, timeZone) })}
            </small>
            {item.lacking.length > 0 ? (
              <p className="desk-warning" data-testid="media-lacking">
                {t("media.lacks", { locales: editionNames(item.lacking, ui) })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
