import type { Database } from "@sahifa/db/database";
import type { Conflict, Invalid, NotAllowed, NotFound } from "@sahifa/db/desk/desk-results";
import { notFound } from "@sahifa/db/desk/desk-results";
import { type DeskTranslation, findDeskTranslation } from "@sahifa/db/desk/desk-translations";
import { type DeskRevision, findRevision, type TranslationKey } from "@sahifa/db/desk/revision-rows";
import { saveTranslation } from "@sahifa/db/desk/revisions";
import type { TranslationContent } from "@sahifa/domain/article";
import type { Kysely } from "kysely";
import {
  readXliff,
  writeXliff,
  XliffError,
  type XliffFile,
  type XliffProblemCode,
  type XliffVersion,
} from "./xliff-document.ts";
import {
  applyUnits,
  buildUnits,
  canonicalContent,
  type Segment,
  type UnitReport,
  unitIds,
} from "./xliff-units.ts";

/**
 * Export and import of translations as XLIFF (docs/architecture/073-xliff.md).
 * An import is checked against its article, editions and source revision,
 * then saved through the same conflict-safe save as the editor's.
 */

function contentOf(revision: DeskRevision): TranslationContent {
  return {
    title: revision.title,
    slug: revision.slug,
    summary: revision.summary,
    body: revision.body,
    seoTitle: revision.seoTitle,
    seoDescription: revision.seoDescription,
  };
}

async function fileFor(db: Kysely<Database>, translation: DeskTranslation): Promise<XliffFile | NotFound> {
  if (translation.isOriginal || translation.sourceRevisionId === null) {
    return notFound(
      `The ${translation.locale} edition of article ${translation.articleId} is the original; export a translation.`,
    );
  }
  const [head, source] = await Promise.all([
    findRevision(db, translation.headRevisionId),
    findRevision(db, translation.sourceRevisionId),
  ]);
  if (!head || !source)
    return notFound(`Article ${translation.articleId} lost a revision; reload the translation.`);
  return {
    articleId: translation.articleId,
    sourceLocale: translation.originalLocale,
    targetLocale: translation.locale,
    sourceRevisionId: source.id,
    baseRevisionId: head.id,
    units: buildUnits(contentOf(source), contentOf(head), translation.originalLocale, translation.locale),
  };
}

export interface XliffExport {
  fileName: string;
  content: string;
  files: Array<Pick<XliffFile, "articleId" | "targetLocale" | "sourceRevisionId" | "baseRevisionId">>;
}

/**
 * One XLIFF document for the given translations (one `<file>` each). XLIFF 2
 * names one language pair per document, so a selection must share its pair.
 */
export async function exportXliff(
  db: Kysely<Database>,
  translations: readonly DeskTranslation[],
  version: XliffVersion,
): Promise<XliffExport | NotFound | Invalid> {
  const files: XliffFile[] = [];
  for (const translation of translations) {
    const file = await fileFor(db, translation);
    if ("kind" in file) return file;
    files.push(file);
  }
  const [first] = files;
  if (!first) return problem("items", "Choose at least one translation to export.", "xliff_no_items");
  if (
    files.some((file) => file.sourceLocale !== first.sourceLocale || file.targetLocale !== first.targetLocale)
  ) {
    return problem(
      "items",
      "One XLIFF file holds one language pair; export each pair on its own.",
      "xliff_mixed_pairs",
    );
  }
  const name =
    files.length === 1
      ? `sahifa-${first.articleId}-${first.sourceLocale}-${first.targetLocale}`
      : `sahifa-${files.length}-articles-${first.sourceLocale}-${first.targetLocale}`;
  return {
    fileName: `${name}.${version === "2.1" ? "xlf" : "xliff"}`,
    content: writeXliff(files, version),
    files: files.map(({ articleId, targetLocale, sourceRevisionId, baseRevisionId }) => ({
      articleId,
      targetLocale,
      sourceRevisionId,
      baseRevisionId,
    })),
  };
}

export interface XliffImported {
  kind: "xliff_imported";
  translation: DeskTranslation;
  /** The new head, or null when the file changed nothing. */
  revision: DeskRevision | null;
  /** The file was made from an older source than the original's published one: saved, and the translation shows as outdated. */
  outdated: boolean;
  units: UnitReport[];
}

/** A refusal with its English message and the code and params clients word it from. */
function problem(
  field: string,
  message: string,
  code: XliffProblemCode,
  params: Record<string, string | number> = {},
): Invalid {
  return { kind: "invalid", errors: [{ blockIndex: null, blockType: null, field, message, code, params }] };
}

/** A list of unit ids for a message, or a dash when there are none. */
function unitList(ids: Iterable<string>): string {
  const list = [...ids];
  return list.length > 0 ? list.join(", ") : "—";
}

/**
 * Imports one translation's XLIFF file: same article, editions and a source
 * revision of this article's original; exactly the units the source yields.
 * A file changing nothing saves nothing. Nothing is stored when anything is refused.
 */
export async function importXliff(
  db: Kysely<Database>,
  key: TranslationKey,
  text: string,
  userId: number,
): Promise<XliffImported | Conflict | Invalid | NotFound | NotAllowed> {
  let files: XliffFile[];
  try {
    files = readXliff(text);
  } catch (error) {
    if (error instanceof XliffError)
      return problem(
        error.unitId ? `unit:${error.unitId}` : "content",
        error.message,
        error.code,
        error.params,
      );
    throw error;
  }
  if (files.length !== 1) {
    return problem(
      "content",
      `The file holds ${files.length} translations; import one translation's file at a time.`,
      "xliff_many_files",
      { files: files.length },
    );
  }
  const [file] = files as [XliffFile];
  const translation = await findDeskTranslation(db, key);
  if (!translation) return notFound(`Article ${key.articleId} has no ${key.locale} translation.`);
  if (file.articleId !== key.articleId) {
    return problem(
      "content",
      `The file is for article ${file.articleId}, not article ${key.articleId}.`,
      "xliff_other_article",
      { value: file.articleId, expected: key.articleId },
    );
  }
  if (file.targetLocale !== key.locale || file.sourceLocale !== translation.originalLocale) {
    return problem(
      "content",
      `The file translates ${file.sourceLocale} into ${file.targetLocale}; this translation is ${translation.originalLocale} into ${key.locale}.`,
      "xliff_other_pair",
      {
        fileSource: file.sourceLocale,
        fileTarget: file.targetLocale,
        source: translation.originalLocale,
        target: key.locale,
      },
    );
  }
  const source = await findRevision(db, file.sourceRevisionId);
  if (!source || source.articleId !== key.articleId || source.locale !== translation.originalLocale) {
    return problem(
      "content",
      `Source revision ${file.sourceRevisionId} is not a revision of this article's ${translation.originalLocale} original.`,
      "xliff_other_source",
      { value: file.sourceRevisionId },
    );
  }
  const expected = unitIds(contentOf(source));
  const given = new Map<string, Segment[]>();
  const duplicated = new Set<string>();
  for (const unit of file.units) {
    if (given.has(unit.id)) duplicated.add(unit.id);
    given.set(unit.id, unit.segments);
  }
  const missing = expected.filter((id) => !given.has(id));
  const added = [...given.keys()].filter((id) => !expected.includes(id));
  if (missing.length || added.length || duplicated.size) {
    const parts = [
      missing.length ? `missing units: ${missing.join(", ")}` : "",
      added.length ? `units that are not in the original: ${added.join(", ")}` : "",
      duplicated.size ? `units given twice: ${[...duplicated].join(", ")}` : "",
    ].filter(Boolean);
    return problem(
      "content",
      `The file's units do not match the original (${parts.join("; ")}). Export a new file.`,
      "xliff_units_mismatch",
      { missing: unitList(missing), added: unitList(added), duplicated: unitList(duplicated) },
    );
  }
  const head = await findRevision(db, translation.headRevisionId);
  if (!head) return notFound(`Article ${key.articleId} lost its head revision; reload the translation.`);
  const { content, reports } = applyUnits(contentOf(source), contentOf(head), given);
  const outdated =
    translation.sourcePublishedRevisionId !== null &&
    translation.sourcePublishedRevisionId > file.sourceRevisionId;
  const sameSource = head.sourceRevisionId === file.sourceRevisionId;
  // The same text as the head saves nothing, even when the head moved since the export: nothing is lost.
  if (
    sameSource &&
    JSON.stringify(canonicalContent(content)) === JSON.stringify(canonicalContent(contentOf(head)))
  ) {
    return { kind: "xliff_imported", translation, revision: null, outdated, units: reports };
  }
  const saved = await saveTranslation(
    db,
    {
      ...key,
      basedOnRevisionId: file.baseRevisionId,
      content,
      sourceRevisionId: file.sourceRevisionId,
      note: outdated
        ? `Imported from XLIFF made from source revision ${file.sourceRevisionId}; the original has changed since.`
        : `Imported from XLIFF (source revision ${file.sourceRevisionId}).`,
    },
    userId,
  );
  if (saved.kind !== "saved") return saved;
  return {
    kind: "xliff_imported",
    translation: saved.translation,
    revision: saved.revision,
    outdated,
    units: reports,
  };
}
