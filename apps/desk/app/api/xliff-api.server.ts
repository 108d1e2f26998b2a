import { graphql } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import { type DeskCaller, requestAs } from "./client.server.ts";
import { deskError } from "./desk-api.server.ts";

/* XLIFF for CAT tools (docs/architecture/073-xliff.md): export a selection, import one translation's file. */

const ExportQuery = graphql(`
  query DeskXliffExport($items: [TranslationKeyInput!]!, $version: XliffVersion) {
    translationsXliff(items: $items, version: $version) {
      fileName
      content
    }
  }
`);

export type XliffVersionChoice = "V2_1" | "V1_2";

/** The XLIFF document of translations of one language pair, or null when any is not yours to read. */
export async function exportXliff(
  caller: DeskCaller,
  items: ReadonlyArray<{ articleId: number; locale: Locale }>,
  version: XliffVersionChoice,
): Promise<{ fileName: string; content: string } | null> {
  const data = await requestAs(caller, ExportQuery, {
    items: items.map((item) => ({ articleId: String(item.articleId), locale: item.locale })),
    version,
  });
  return data.translationsXliff ?? null;
}

const ImportMutation = graphql(`
  mutation DeskXliffImport($articleId: ID!, $locale: Locale!, $content: String!) {
    importXliff(articleId: $articleId, locale: $locale, content: $content) {
      __typename
      ... on XliffImported {
        outdated
        revision {
          id
        }
        units {
          unitId
          outcome
        }
      }
      ... on ValidationError {
        problems {
          message
        }
      }
      ... on DeskError {
        code
        message
      }
    }
  }
`);

export type XliffImportOutcome =
  | {
      kind: "imported";
      /** Null when the file changed nothing. */
      revisionId: number | null;
      outdated: boolean;
      units: Array<{ unitId: string; outcome: "taken" | "partial" | "empty" }>;
    }
  | { kind: "refused"; message: string }
  | { kind: "conflict"; message: string }
  | { kind: "forbidden" }
  | { kind: "notFound" }
  | { kind: "sessionExpired" }
  | { kind: "failed"; message: string };

export async function importXliff(
  caller: DeskCaller,
  input: { articleId: number; locale: Locale; content: string },
): Promise<XliffImportOutcome> {
  const { importXliff: result } = await requestAs(caller, ImportMutation, {
    articleId: String(input.articleId),
    locale: input.locale,
    content: input.content,
  });
  switch (result.__typename) {
    case "XliffImported":
      return {
        kind: "imported",
        revisionId: result.revision ? Number(result.revision.id) : null,
        outdated: result.outdated,
        units: result.units.map((unit) => ({ unitId: unit.unitId, outcome: unit.outcome })),
      };
    case "ValidationError":
      return { kind: "refused", message: result.problems[0]?.message ?? result.message };
    case "Conflict":
      return { kind: "conflict", message: result.message };
    default:
      return deskError(result, caller.ui);
  }
}

/** An XLIFF document as a download that no cache keeps. */
export function xliffFileResponse(file: { fileName: string; content: string }): Response {
  return new Response(file.content, {
    headers: {
      "Content-Type": "application/xliff+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
