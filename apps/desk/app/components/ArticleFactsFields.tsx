import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ArticleFacts, existingTagFor, newTagsOf, type Pickers } from "../editor/article-facts.ts";
import type { MediaChoice } from "../editor/media-choice.ts";
import { BylineFields } from "./BylineFields.tsx";
import { MediaSelect } from "./MediaSelect.tsx";

/** What a refused facts form shows again: the editor's own values and a message per field. */
export interface FactsFormState {
  facts: ArticleFacts;
  newTags: string;
  errors: Partial<Record<string, string>>;
}

function FieldError({ message, id }: { message: string | undefined; id?: string }) {
  if (!message) return null;
  return (
    <span className="desk-field-error" id={id} role="alert">
      {message}
    </span>
  );
}

/**
 * The facts of an article as form fields (kind, section, region, dossier, tags, authors,
 * source, lead image with upload): the new-article page and the facts page post them alike
 * (editor/article-facts.ts reads them). Works as a plain form; with JavaScript a new tag
 * spelled like an existing one is flagged as it is typed, with the existing one offered.
 */
export function ArticleFactsFields({
  pickers,
  state,
  locale,
  canUpload,
}: {
  pickers: Pickers;
  state: FactsFormState;
  /** The edition whose alt text the lead image needs (the article's language). */
  locale: Locale;
  canUpload: boolean;
}) {
  const { t } = useTranslation("desk");
  const { facts, errors } = state;
  const [tagSlugs, setTagSlugs] = useState<string[]>(facts.tagSlugs);
  const [newTags, setNewTags] = useState(state.newTags);
  const [leadMediaId, setLeadMediaId] = useState<number | null>(facts.leadMediaId);
  const [leadChoice, setLeadChoice] = useState<MediaChoice | null>(null);
  const duplicates = newTagsOf(newTags).flatMap((typed) => {
    const existing = existingTagFor(typed, pickers.tags);
    return existing ? [{ typed, existing }] : [];
  });
  const lead =
    leadChoice?.id === leadMediaId ? leadChoice : pickers.media.items.find((item) => item.id === leadMediaId);
  const altMissing = lead?.missingAltLocales.includes(locale) ?? false;

  function takeExisting(typedLabel: string, slug: string) {
    setTagSlugs((current) => (current.includes(slug) ? current : [...current, slug]));
    setNewTags((current) =>
      current
        .split(/\r?\n/)
        .filter((line) => line.trim() !== typedLabel)
        .join("\n"),
    );
  }

  return (
    <div className="desk-facts-fields">
      <div className="desk-field">
        <label htmlFor="fact-kind">{t("editor.fields.kind")}</label>
        <select id="fact-kind" name="kind" defaultValue={facts.kind}>
          {pickers.kinds.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
      </div>
      <div className="desk-field">
        <label htmlFor="fact-section">{t("editor.fields.section")}</label>
        <select
          id="fact-section"
          name="sectionPath"
          defaultValue={facts.sectionPath}
          required
          aria-invalid={errors.sectionPath ? true : undefined}
        >
          {pickers.sections.map((section) => (
            <option key={section.path} value={section.path}>
              {`${"— ".repeat(section.depth)}${section.label}`}
            </option>
          ))}
        </select>
        <FieldError message={errors.sectionPath} />
      </div>
      <div className="desk-field">
        <label htmlFor="fact-region">{t("editor.fields.region")}</label>
        <select id="fact-region" name="regionSlug" defaultValue={facts.regionSlug ?? ""}>
          <option value="">{t("compose.none")}</option>
          {pickers.regions.map((region) => (
            <option key={region.value} value={region.value}>
              {region.label}
            </option>
          ))}
        </select>
        <FieldError message={errors.regionSlug} />
      </div>
      <div className="desk-field">
        <label htmlFor="fact-dossier">{t("editor.fields.dossier")}</label>
        <select id="fact-dossier" name="dossierSlug" defaultValue={facts.dossierSlug ?? ""}>
          <option value="">{t("compose.none")}</option>
          {pickers.dossiers.map((dossier) => (
            <option key={dossier.value} value={dossier.value}>
              {dossier.label}
            </option>
          ))}
        </select>
        <FieldError message={errors.dossierSlug} />
      </div>
      <fieldset className="desk-field desk-choices" data-testid="fact-tags">
        <legend>{t("editor.fields.tags")}</legend>
        {pickers.tags.map((tag) => (
          <label key={tag.slug} className="desk-choice">
            <input
              type="checkbox"
              name="tagSlugs"
              value={tag.slug}
              checked={tagSlugs.includes(tag.slug)}
              onChange={(event) => {
                const { checked } = event.currentTarget;
                setTagSlugs((current) =>
                  checked ? [...current, tag.slug] : current.filter((slug) => slug !== tag.slug),
                );
              }}
            />{" "}
            <bdi>{tag.label}</bdi>
          </label>
        ))}
        <FieldError message={errors.tagSlugs} />
      </fieldset>
      <div className="desk-field">
        <label htmlFor="fact-new-tags">{t("compose.newTags")}</label>
        <textarea
          id="fact-new-tags"
          name="newTags"
          rows={2}
          value={newTags}
          aria-describedby="fact-new-tags-hint"
          aria-invalid={errors.newTags || duplicates.length ? true : undefined}
          onChange={(event) => setNewTags(event.currentTarget.value)}
        />
        <span id="fact-new-tags-hint" className="desk-hint">
          {t("compose.newTagsHint")}
        </span>
        {duplicates.map(({ typed, existing }) => (
          <span key={typed.label} className="desk-field-error" role="alert" data-testid="tag-exists">
            {t("compose.tagExists", { typed: typed.label, existing: existing.label })}{" "}
            <button
              type="button"
              className="desk-button desk-button-quiet"
              data-testid="use-existing-tag"
              onClick={() => takeExisting(typed.label, existing.slug)}
            >
              {t("compose.useExisting", { label: existing.label })}
            </button>
          </span>
        ))}
        {duplicates.length === 0 ? <FieldError message={errors.newTags} /> : null}
      </div>
      <BylineFields authors={pickers.authors} chosen={facts.authorSlugs} error={errors.authorSlugs} />
      <div className="desk-field">
        <label htmlFor="fact-source">{t("editor.fields.sourceName")}</label>
        <input id="fact-source" name="sourceName" type="text" defaultValue={facts.sourceName ?? ""} />
        <FieldError message={errors.sourceName} />
      </div>
      <fieldset className="desk-field desk-lead-media">
        <legend>{t("compose.leadMedia")}</legend>
        <MediaSelect
          id="fact-lead-media"
          name="leadMediaId"
          edition={locale}
          page={pickers.media}
          value={leadMediaId}
          noneLabel={t("compose.noLeadMedia")}
          onChange={(mediaId, choice) => {
            setLeadMediaId(mediaId);
            setLeadChoice(choice);
          }}
        />
        {altMissing ? (
          <p className="desk-warning" role="status" data-testid="alt-missing">
            {t("compose.altMissing", { language: LOCALE_CONFIG[locale].nativeName })}
          </p>
        ) : null}
        <FieldError message={errors.leadMediaId} />
        {canUpload ? (
          <div className="desk-upload">
            <label htmlFor="fact-file">{t("compose.upload")}</label>
            <input
              id="fact-file"
              name="file"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif"
              aria-describedby="fact-file-hint"
              aria-invalid={errors.file ? true : undefined}
            />
            <span id="fact-file-hint" className="desk-hint">
              {t("compose.uploadHint")}
            </span>
            <FieldError message={errors.file} id="fact-file-error" />
            <label htmlFor="fact-alt">{t("compose.altText")}</label>
            <input
              id="fact-alt"
              name="alt"
              type="text"
              aria-describedby="fact-alt-hint"
              aria-invalid={errors.alt ? true : undefined}
            />
            <span id="fact-alt-hint" className="desk-hint">
              {t("compose.altHint")}
            </span>
            <FieldError message={errors.alt} />
            <label htmlFor="fact-caption">{t("compose.caption")}</label>
            <input id="fact-caption" name="caption" type="text" />
            <label htmlFor="fact-credit">{t("compose.credit")}</label>
            <input id="fact-credit" name="credit" type="text" />
          </div>
        ) : null}
      </fieldset>
    </div>
  );
}
