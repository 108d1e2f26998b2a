import { graphql } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import { type DeskCaller, requestAs } from "./client.server.ts";
import { type DeskRefusal, deskError } from "./desk-api.server.ts";

/*
 * Preview: the API signs a short-lived token for one revision of a translation; the reader
 * editions show that revision at `path` (/preview/{token}) to whoever holds it.
 */

const CreatePreviewMutation = graphql(`
  mutation DeskCreatePreview($articleId: ID!, $locale: Locale!, $revisionId: ID) {
    createArticlePreview(articleId: $articleId, locale: $locale, revisionId: $revisionId) {
      __typename
      ... on ArticlePreview {
        path
        expiresAt
      }
      ... on DeskError {
        code
        message
      }
    }
  }
`);

export type PreviewResult = { kind: "created"; path: string; expiresAt: string } | DeskRefusal;

/** A preview of the head (or of `revisionId`) of one translation, as the signed-in user. */
export async function createPreview(
  caller: DeskCaller,
  input: { articleId: number; locale: Locale; revisionId: number | null },
): Promise<PreviewResult> {
  const data = await requestAs(caller, CreatePreviewMutation, {
    articleId: String(input.articleId),
    locale: input.locale,
    revisionId: input.revisionId === null ? null : String(input.revisionId),
  });
  const result = data.createArticlePreview;
  if (result.__typename === "ArticlePreview") {
    return { kind: "created", path: result.path, expiresAt: result.expiresAt };
  }
  return deskError(result, caller.ui);
}
