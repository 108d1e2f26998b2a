import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { GapKind, LabelKind, TagView, TaxonomyGapView } from "../api/taxonomy-api.server.ts";
import { deskUrls } from "../desk-urls.ts";
import { type PostRefusal, refusalMessage } from "../editor/post-refusal.ts";

/** The API's longest label and description (packages/db taxonomy-labels). */
export const TAXONOMY_LIMITS = { label: 120, description: 1_000 } as const;

/** Which form a refusal belongs to, and what it sent, so the row shows it as typed. */
export interface TaxonomyRefusal {
  form: string;
  message: string;
  field: string;
  values: Record<string, string>;
}

/** A refusal in the desk's language, worded from the field the API named. */
export function taxonomyMessage(
  t: TFunction<"newsroom">,
  tDesk: TFunction<"desk">,
  problem: PostRefusal,
): string {
  return refusalMessage(tDesk, problem, {
    forbidden: t("taxonomy.forbidden"),
    notFound: t("taxonomy.notFound"),
    invalid: (field, message) => {
      if (field === "slug") return t("taxonomy.tagInvalidSlug");
      if (field === "label" || field === "title")
        return t("taxonomy.labelLength", { max: TAXONOMY_LIMITS.label });
      if (field === "description")
        return t("taxonomy.descriptionLength", { max: TAXONOMY_LIMITS.description });
      return message;
    },
  });
}

/** Tags and dossiers have a text under their title; sections and regions a label only. */
const HAS_DESCRIPTION: ReadonlySet<GapKind> = new Set(["tag", "dossier"]);

/** One item's label (and description) in one edition, written in that edition's language. */
export function LabelForm({
  kind,
  itemKey,
  edition,
  current,
  refusal,
}: {
  kind: LabelKind;
  itemKey: string;
  edition: Locale;
  current: { label: string; description: string } | null;
  refusal: TaxonomyRefusal | null;
}) {
  const { t } = useTranslation("newsroom");
  const config = LOCALE_CONFIG[edition];
  const formId = `${kind}:${itemKey}`;
  const mine = refusal?.form === formId ? refusal : null;
  const errorId = `error-${kind}-${itemKey}`;
  return (
    <form method="post" className="desk-taxonomy-form" data-form={formId}>
      <input type="hidden" name="intent" value="label" />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="key" value={itemKey} />
      {mine ? (
        <p className="desk-error" role="alert" id={errorId}>
          {mine.message}
        </p>
      ) : null}
      <label>
        {kind === "dossier" ? t("taxonomy.titleField") : t("taxonomy.label")}
        <input
          type="text"
          name="label"
          required
          maxLength={TAXONOMY_LIMITS.label}
          lang={config.hreflang}
          dir={config.dir}
          defaultValue={mine?.values.label ?? current?.label ?? ""}
          aria-invalid={mine && mine.field !== "description" ? true : undefined}
          aria-describedby={mine && mine.field !== "description" ? errorId : undefined}
        />
      </label>
      {HAS_DESCRIPTION.has(kind) ? (
        <label>
          {t("taxonomy.description")}
          <textarea
            name="description"
            rows={2}
            maxLength={TAXONOMY_LIMITS.description}
            lang={config.hreflang}
            dir={config.dir}
            defaultValue={mine?.values.description ?? current?.description ?? ""}
            aria-invalid={mine?.field === "description" ? true : undefined}
            aria-describedby={mine?.field === "description" ? errorId : undefined}
          />
        </label>
      ) : null}
      <button type="submit" className="desk-button desk-button-quiet">
        {t("taxonomy.save")}
      </button>
    </form>
  );
}

/** What the edition lacks, each with the form that fills it (authors: their own page). */
export function TaxonomyGaps({
  ui,
  edition,
  gaps,
  refusal,
}: {
  ui: Locale;
  edition: Locale;
  gaps: readonly TaxonomyGapView[];
  refusal: TaxonomyRefusal | null;
}) {
  const { t } = useTranslation("newsroom");
  const editionName = LOCALE_CONFIG[edition].nativeName;
  return (
    <section aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t("taxonomy.gaps", { edition: editionName })}</h2>
      {gaps.length === 0 ? (
        <p className="desk-empty">{t("taxonomy.noGaps", { edition: editionName })}</p>
      ) : (
        <table className="desk-taxonomy-table" data-testid="taxonomy-gaps">
          <tbody>
            {gaps.map((gap) => (
              <tr key={`${gap.kind}:${gap.key}`} data-kind={gap.kind} data-key={gap.key}>
                <th scope="row">
                  {t(`taxonomy.kinds.${gap.kind}`)} <bdi dir="ltr">{gap.key}</bdi>
                </th>
                <td>
                  {gap.missing
                    .map((field) =>
                      field in MISSING_FIELDS ? t(`taxonomy.missing.${field as MissingField}`) : field,
                    )
                    .join(" · ")}
                </td>
                <td>
                  {gap.kind === "author" ? (
                    <a href={deskUrls.author(ui, gap.key)}>{t("taxonomy.fix")}</a>
                  ) : (
                    <LabelForm
                      kind={gap.kind}
                      itemKey={gap.key}
                      edition={edition}
                      current={null}
                      refusal={refusal}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const MISSING_FIELDS = { label: 1, title: 1, description: 1, name: 1, bio: 1, role: 1 } as const;
type MissingField = keyof typeof MISSING_FIELDS;

/** The edition's tags, each editable in place. */
export function TagList({
  edition,
  tags,
  refusal,
}: {
  edition: Locale;
  tags: readonly TagView[];
  refusal: TaxonomyRefusal | null;
}) {
  const { t } = useTranslation("newsroom");
  return (
    <section aria-labelledby="tags-title">
      <h2 id="tags-title">{t("taxonomy.tags")}</h2>
      <ul className="desk-tag-list" data-testid="tag-list">
        {tags.map((tag) => (
          <li key={tag.slug} data-slug={tag.slug}>
            <bdi dir="ltr">{tag.slug}</bdi>
            <LabelForm
              kind="tag"
              itemKey={tag.slug}
              edition={edition}
              current={{ label: tag.label, description: tag.description }}
              refusal={refusal}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A new tag or dossier: an address shared by every edition, and its words in this one. */
export function NewTaxonomyItemForm({
  kind,
  edition,
  refusal,
}: {
  kind: "tag" | "dossier";
  edition: Locale;
  refusal: TaxonomyRefusal | null;
}) {
  const { t } = useTranslation("newsroom");
  const config = LOCALE_CONFIG[edition];
  const formId = `new-${kind}`;
  const mine = refusal?.form === formId ? refusal : null;
  const errorId = `error-${formId}`;
  return (
    <form
      method="post"
      className="desk-taxonomy-form"
      data-testid={formId}
      aria-labelledby={`${formId}-title`}
    >
      <h2 id={`${formId}-title`}>{kind === "tag" ? t("taxonomy.newTag") : t("taxonomy.newDossier")}</h2>
      <input type="hidden" name="intent" value={formId} />
      {mine ? (
        <p className="desk-error" role="alert" id={errorId}>
          {mine.message}
        </p>
      ) : null}
      <label>
        {t("taxonomy.slug")}
        <input
          type="text"
          name="slug"
          required
          dir="ltr"
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          defaultValue={mine?.values.slug ?? ""}
          aria-invalid={mine?.field === "slug" ? true : undefined}
          aria-describedby={`${formId}-slug-hint${mine?.field === "slug" ? ` ${errorId}` : ""}`}
        />
        <small id={`${formId}-slug-hint`}>{t("taxonomy.slugHint")}</small>
      </label>
      <label>
        {kind === "tag" ? t("taxonomy.label") : t("taxonomy.titleField")}
        <input
          type="text"
          name="label"
          required
          maxLength={TAXONOMY_LIMITS.label}
          lang={config.hreflang}
          dir={config.dir}
          defaultValue={mine?.values.label ?? ""}
          aria-invalid={mine && mine.field !== "slug" ? true : undefined}
          aria-describedby={mine && mine.field !== "slug" ? errorId : undefined}
        />
      </label>
      {kind === "dossier" ? (
        <label>
          {t("taxonomy.description")}
          <textarea
            name="description"
            rows={2}
            maxLength={TAXONOMY_LIMITS.description}
            lang={config.hreflang}
            dir={config.dir}
            defaultValue={mine?.values.description ?? ""}
          />
        </label>
      ) : null}
      <button type="submit" className="desk-button">
        {t("taxonomy.create")}
      </button>
    </form>
  );
}
