import { graphql, type ResultOf } from "@sahifa/api-client/graphql";
import type { ValidationError } from "@sahifa/domain/block-validation";
import type { GlossaryPair, GlossaryTerm, GlossaryTermKind } from "@sahifa/domain/glossary";
import type { Locale } from "@sahifa/domain/locales";
import { type DeskCaller, requestAs } from "./client.server.ts";
import { deskError } from "./desk-api.server.ts";

/*
 * The glossary calls of the desk: a pair's list, saving, deleting and importing terms, and
 * the terms an article's original holds for its editor.
 */

const TermFields = graphql(`
  fragment DeskGlossaryTerm on GlossaryTerm @_unmask {
    id
    kind
    source
    approved
    forbidden
    note
  }
`);

function termOf(term: ResultOf<typeof TermFields>): GlossaryTerm {
  return { ...term, id: Number(term.id), forbidden: [...term.forbidden], note: term.note ?? null };
}

const GlossaryQuery = graphql(
  `
  query DeskGlossary($from: Locale!, $to: Locale!, $search: String) {
    glossary(sourceLocale: $from, targetLocale: $to, search: $search) {
      ...DeskGlossaryTerm
    }
  }
`,
  [TermFields],
);

export async function loadGlossary(
  caller: DeskCaller,
  pair: GlossaryPair,
  search: string | null,
): Promise<GlossaryTerm[]> {
  const data = await requestAs(caller, GlossaryQuery, {
    from: pair.sourceLocale,
    to: pair.targetLocale,
    search,
  });
  return data.glossary.map(termOf);
}

const EditorGlossaryQuery = graphql(
  `
  query DeskEditorGlossary($articleId: ID!, $locale: Locale!) {
    deskTranslation(articleId: $articleId, locale: $locale) {
      glossaryTerms {
        ...DeskGlossaryTerm
      }
    }
  }
`,
  [TermFields],
);

/** The glossary terms the article's original holds, for the editor to mark and check. */
export async function loadEditorGlossary(
  caller: DeskCaller,
  articleId: number,
  locale: Locale,
): Promise<GlossaryTerm[]> {
  const data = await requestAs(caller, EditorGlossaryQuery, { articleId: String(articleId), locale });
  return data.deskTranslation?.glossaryTerms.map(termOf) ?? [];
}

export interface GlossaryTermValues {
  id: string;
  kind: string;
  source: string;
  approved: string;
  forbidden: string;
  note: string;
}

/** What the glossary page's action answers; a refusal carries the values typed, so none are lost. */
export type GlossaryOutcome =
  | { kind: "saved"; source: string }
  | { kind: "deleted" }
  | {
      kind: "imported";
      added: number;
      updated: number;
      rejected: Array<{ row: number; source: string; message: string }>;
    }
  | { kind: "invalid"; errors: ValidationError[]; values: GlossaryTermValues }
  | { kind: "fileRefused"; message: string }
  | { kind: "forbidden" }
  | { kind: "notFound" }
  | { kind: "sessionExpired" }
  | { kind: "failed"; message: string };

const SaveTermMutation = graphql(
  `
  mutation DeskSaveGlossaryTerm($from: Locale!, $to: Locale!, $term: GlossaryTermInput!) {
    saveGlossaryTerm(sourceLocale: $from, targetLocale: $to, term: $term) {
      __typename
      ... on GlossaryTermSaved {
        term {
          ...DeskGlossaryTerm
        }
      }
      ... on ValidationError {
        problems {
          field
          code
          message
        }
      }
      ... on DeskError {
        code
        message
      }
    }
  }
`,
  [TermFields],
);

export async function saveGlossaryTerm(
  caller: DeskCaller,
  pair: GlossaryPair,
  values: GlossaryTermValues,
): Promise<GlossaryOutcome> {
  const { saveGlossaryTerm: result } = await requestAs(caller, SaveTermMutation, {
    from: pair.sourceLocale,
    to: pair.targetLocale,
    term: {
      id: values.id || null,
      kind: (values.kind || "other") as GlossaryTermKind,
      source: values.source,
      approved: values.approved,
      forbidden: values.forbidden.split(/\r?\n/).filter((line) => line.trim() !== ""),
      note: values.note || null,
    },
  });
  if (result.__typename === "GlossaryTermSaved") return { kind: "saved", source: result.term.source };
  if (result.__typename === "ValidationError") {
    return {
      kind: "invalid",
      values,
      errors: result.problems.map(
        (problem) => ({ blockIndex: null, blockType: null, ...problem }) as ValidationError,
      ),
    };
  }
  return deskError(result, caller.ui);
}

const DeleteTermMutation = graphql(`
  mutation DeskDeleteGlossaryTerm($from: Locale!, $to: Locale!, $id: ID!) {
    deleteGlossaryTerm(sourceLocale: $from, targetLocale: $to, id: $id) {
      __typename
      ... on DeskError {
        code
        message
      }
    }
  }
`);

export async function deleteGlossaryTerm(
  caller: DeskCaller,
  pair: GlossaryPair,
  id: number,
): Promise<GlossaryOutcome> {
  const { deleteGlossaryTerm: result } = await requestAs(caller, DeleteTermMutation, {
    from: pair.sourceLocale,
    to: pair.targetLocale,
    id: String(id),
  });
  return result.__typename === "GlossaryTermDeleted" ? { kind: "deleted" } : deskError(result, caller.ui);
}

const ImportMutation = graphql(`
  mutation DeskImportGlossary($from: Locale!, $to: Locale!, $format: GlossaryFormat!, $content: String!) {
    importGlossary(sourceLocale: $from, targetLocale: $to, format: $format, content: $content) {
      __typename
      ... on GlossaryImported {
        added
        updated
        rejected {
          row
          source
          message
        }
      }
      ... on GlossaryFileRefused {
        code
        message
      }
      ... on DeskError {
        code
        message
      }
    }
  }
`);

export async function importGlossary(
  caller: DeskCaller,
  pair: GlossaryPair,
  format: "CSV" | "TBX",
  content: string,
): Promise<GlossaryOutcome> {
  const { importGlossary: result } = await requestAs(caller, ImportMutation, {
    from: pair.sourceLocale,
    to: pair.targetLocale,
    format,
    content,
  });
  switch (result.__typename) {
    case "GlossaryImported":
      return {
        kind: "imported",
        added: result.added,
        updated: result.updated,
        rejected: [...result.rejected],
      };
    case "GlossaryFileRefused":
      return { kind: "fileRefused", message: result.message };
    case "ValidationError":
      return { kind: "fileRefused", message: result.message };
    default:
      return deskError(result, caller.ui);
  }
}
