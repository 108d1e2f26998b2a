import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { MEDIA_LIMITS } from "@sahifa/domain/media";
import { useTranslation } from "react-i18next";
import type { MediaTextView } from "../api/media-api.server.ts";
import { EditionSelect } from "../components/EditionSelect.tsx";

/** What a texts form sent, kept with a refusal so nothing typed is lost. */
export interface MediaTextValues {
  locale: Locale;
  alt: string;
  caption: string;
  credit: string;
}

/** The largest width the focal-point picker shows an image at: clicks are read against it. */
export const PICKER_WIDTH = 640;

/** The picker's size for an image: never wider than PICKER_WIDTH nor than the image itself. */
export function pickerSize(image: { width: number; height: number }): { width: number; height: number } {
  const width = Math.min(PICKER_WIDTH, image.width);
  return { width, height: Math.max(1, Math.round((width * image.height) / image.width)) };
}

/**
 * The focal point is set by clicking the picture: an `<input type="image">` sends where it was
 * clicked (`focal.x`, `focal.y` in the picture's pixels) with the form, so it works without
 * JavaScript too. Pixel positions are physical: the picker is laid out left to right in every UI language.
 */
export function FocalPointPicker({
  url,
  image,
  focal,
  alt,
}: {
  url: string;
  image: { width: number; height: number };
  focal: { x: number; y: number };
  alt: string;
}) {
  const { t } = useTranslation("newsroom");
  const size = pickerSize(image);
  return (
    <form method="post" className="desk-focal" aria-labelledby="focal-title" data-testid="focal-form">
      <h2 id="focal-title">{t("media.focal")}</h2>
      <p className="desk-hint" id="focal-hint">
        {t("media.focalHint")}
      </p>
      <input type="hidden" name="intent" value="focal" />
      <input type="hidden" name="shownWidth" value={size.width} />
      <input type="hidden" name="shownHeight" value={size.height} />
      <div className="desk-focal-picture" dir="ltr" style={{ inlineSize: size.width }}>
        <input
          type="image"
          name="focal"
          src={url}
          width={size.width}
          height={size.height}
          alt={alt || t("media.focal")}
          aria-describedby="focal-hint"
          data-testid="focal-picture"
        />
        <span
          className="desk-focal-mark"
          aria-hidden="true"
          style={{ left: `${focal.x * 100}%`, top: `${focal.y * 100}%` }}
        />
      </div>
      <p data-testid="focal-at">
        {t("media.focalAt", { x: Math.round(focal.x * 100), y: Math.round(focal.y * 100) })}
      </p>
    </form>
  );
}

/** One edition's alt text, caption and credit, written in that edition's language and direction. */
export function MediaTextForm({
  locale,
  text,
  editable,
  refusal,
  values,
}: {
  locale: Locale;
  text: MediaTextView | null;
  editable: boolean;
  refusal: { field: string; message: string } | null;
  values: MediaTextValues | null;
}) {
  const { t } = useTranslation("newsroom");
  const config = LOCALE_CONFIG[locale];
  const shown = values ?? { alt: text?.alt ?? "", caption: text?.caption ?? "", credit: text?.credit ?? "" };
  const errorId = `texts-error-${locale}`;
  const invalid = (field: string) => (refusal?.field === field ? true : undefined);
  const described = (field: string) => (refusal?.field === field ? errorId : undefined);
  return (
    <form method="post" className="desk-media-texts" data-locale={locale} data-testid={`texts-${locale}`}>
      <h3 lang={config.hreflang}>{config.nativeName}</h3>
      <input type="hidden" name="intent" value="texts" />
      <input type="hidden" name="locale" value={locale} />
      {refusal ? (
        <p className="desk-error" role="alert" id={errorId}>
          {refusal.message}
        </p>
      ) : null}
      <fieldset disabled={!editable}>
        <label>
          {t("media.alt")}
          <input
            type="text"
            name="alt"
            required
            maxLength={MEDIA_LIMITS.alt}
            lang={config.hreflang}
            dir={config.dir}
            defaultValue={shown.alt}
            aria-invalid={invalid("alt")}
            aria-describedby={described("alt")}
          />
        </label>
        <label>
          {t("media.caption")}
          <input
            type="text"
            name="caption"
            maxLength={MEDIA_LIMITS.caption}
            lang={config.hreflang}
            dir={config.dir}
            defaultValue={shown.caption}
            aria-invalid={invalid("caption")}
            aria-describedby={described("caption")}
          />
        </label>
        <label>
          {t("media.credit")}
          <input
            type="text"
            name="credit"
            maxLength={MEDIA_LIMITS.credit}
            dir="auto"
            defaultValue={shown.credit}
            aria-invalid={invalid("credit")}
            aria-describedby={described("credit")}
          />
        </label>
        {editable ? (
          <button type="submit" className="desk-button">
            {t("media.saveTexts")}
          </button>
        ) : null}
      </fieldset>
    </form>
  );
}

/** A WebVTT caption file for a video in one edition. */
export function CaptionsForm({
  editions,
  captionLocales,
  refusal,
}: {
  editions: readonly Locale[];
  captionLocales: readonly Locale[];
  refusal: string | null;
}) {
  const { t } = useTranslation("newsroom");
  return (
    <form method="post" encType="multipart/form-data" className="desk-captions" data-testid="captions-form">
      <h2>{t("media.captions")}</h2>
      <ul>
        {captionLocales.map((locale) => (
          <li key={locale}>{LOCALE_CONFIG[locale].nativeName} ✓</li>
        ))}
      </ul>
      {refusal ? (
        <p className="desk-error" role="alert" id="captions-error">
          {refusal}
        </p>
      ) : null}
      <input type="hidden" name="intent" value="captions" />
      <EditionSelect label={t("media.edition")} name="locale" editions={editions} value={undefined} />
      <label>
        {t("media.captions")}
        <input
          type="file"
          name="captions"
          required
          accept=".vtt,text/vtt"
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? "captions-error" : undefined}
        />
      </label>
      <button type="submit" className="desk-button">
        {t("media.uploadCaptions")}
      </button>
    </form>
  );
}
