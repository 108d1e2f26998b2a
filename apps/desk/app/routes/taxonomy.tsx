import { isLocale, LOCALES, type Locale } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { useTranslation } from "react-i18next";
import { data } from "react-router";
import {
  createDossier,
  createTag,
  type LabelKind,
  loadTaxonomy,
  setTaxonomyLabel,
  type TaxonomyOutcome,
} from "../api/taxonomy-api.server.ts";
import { EditionSelect } from "../components/EditionSelect.tsx";
import {
  NewTaxonomyItemForm,
  TagList,
  TaxonomyGaps,
  type TaxonomyRefusal,
  taxonomyMessage,
} from "../components/TaxonomyForms.tsx";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/taxonomy";

const LABEL_KINDS: readonly string[] = ["section", "region", "tag", "dossier"] satisfies LabelKind[];

/** The editions whose labels this user edits, and the one the page shows (`?edition=`). */
function editionsOf(
  user: { role: "admin" | "editor" | "translator"; locales: readonly Locale[] },
  ui: Locale,
  asked: string | null,
) {
  const editions = LOCALES.filter((locale) => can(user, "editTaxonomy", locale));
  const edition =
    isLocale(asked) && editions.includes(asked) ? asked : editions.includes(ui) ? ui : editions[0];
  return { editions, edition: edition ?? null };
}

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { editions, edition } = editionsOf(session.user, session.ui, url.searchParams.get("edition"));
  const taxonomy = edition ? await loadTaxonomy(session, edition, null) : { gaps: [], tags: [] };
  return data({
    ui: session.ui,
    editions,
    edition,
    ...taxonomy,
    title: deskI18nFor(session.ui).t("newsroom:taxonomy.title"),
  });
}

type TaxonomyAnswer = { ok: true; done: "labelSet" | "created" } | { ok: false; refusal: TaxonomyRefusal };

export async function action({ params, request, url }: Route.ActionArgs): Promise<TaxonomyAnswer> {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { edition } = editionsOf(session.user, session.ui, url.searchParams.get("edition"));
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? "");
  const intent = field("intent");
  const values = {
    slug: field("slug").trim(),
    label: field("label"),
    description: field("description"),
    kind: field("kind"),
    key: field("key"),
  };
  const formId = intent === "label" ? `${values.kind}:${values.key}` : intent;
  const i18n = deskI18nFor(session.ui);
  const { t } = i18n;
  const refused = (problemField: string, message: string): TaxonomyAnswer => ({
    ok: false,
    refusal: { form: formId, field: problemField, message, values },
  });
  if (!edition) return refused("", t("newsroom:taxonomy.forbidden"));
  const label = values.label.trim();
  const description = form.has("description") ? values.description.trim() : null;
  let outcome: TaxonomyOutcome;
  if (intent === "label" && LABEL_KINDS.includes(values.kind)) {
    outcome = await setTaxonomyLabel(session, {
      kind: values.kind as LabelKind,
      key: values.key,
      locale: edition,
      label,
      description,
    });
  } else if (intent === "new-tag") {
    outcome = await createTag(session, { slug: values.slug, locale: edition, label });
  } else if (intent === "new-dossier") {
    outcome = await createDossier(session, {
      slug: values.slug,
      locale: edition,
      title: label,
      description,
    });
  } else return refused("", t("newsroom:taxonomy.notFound"));
  if (outcome.ok) return outcome;
  if ("similar" in outcome) return refused("label", t("newsroom:taxonomy.tagExists", outcome.similar));
  const { problem } = outcome;
  return refused(
    problem.kind === "invalid" ? problem.field : "",
    taxonomyMessage(i18n.getFixedT(session.ui, "newsroom"), i18n.getFixedT(session.ui, "desk"), problem),
  );
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

export default function Taxonomy({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("newsroom");
  const { t: tDesk } = useTranslation("desk");
  const { ui, editions, edition, gaps, tags } = loaderData;
  if (!edition) return <p className="desk-empty">{t("taxonomy.forbidden")}</p>;
  const refusal = actionData && !actionData.ok ? actionData.refusal : null;
  return (
    <section aria-labelledby="taxonomy-title" className="desk-taxonomy" data-edition={edition}>
      <h1 id="taxonomy-title">{t("taxonomy.title")}</h1>
      <p className="desk-hint">{t("taxonomy.intro")}</p>
      {editions.length > 1 ? (
        <form method="get" className="desk-filters">
          <EditionSelect label={t("taxonomy.edition")} name="edition" editions={editions} value={edition} />
          <button type="submit" className="desk-button desk-button-quiet">
            {tDesk("queue.apply")}
          </button>
        </form>
      ) : null}
      {actionData?.ok ? (
        <p className="desk-notice" role="status" data-testid="taxonomy-notice">
          {actionData.done === "created" ? t("taxonomy.created") : t("taxonomy.saved")}
        </p>
      ) : null}
      <TaxonomyGaps ui={ui} edition={edition} gaps={gaps} refusal={refusal} />
      <NewTaxonomyItemForm kind="tag" edition={edition} refusal={refusal} />
      <NewTaxonomyItemForm kind="dossier" edition={edition} refusal={refusal} />
      <TagList edition={edition} tags={tags} refusal={refusal} />
    </section>
  );
}
