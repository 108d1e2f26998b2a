import type { NotFound } from "@sahifa/db/desk/desk-results";
import type { Locale } from "@sahifa/domain/locales";
import { can, type DeskAction, formatLanguagePair } from "@sahifa/domain/permissions";
import { GraphQLError } from "graphql";
import type { Context } from "../../context.ts";
import type { Forbidden } from "./desk-errors.schema.ts";

export type SignedInUser = NonNullable<Context["viewer"]["user"]>;

/** The signed-in user, or why there is none (stale session vs no session). */
export function signedIn(context: Context): SignedInUser | Forbidden {
  if (context.viewer.user) return context.viewer.user;
  if (context.viewer.session?.state === "stale") {
    return {
      kind: "forbidden",
      code: "SESSION_EXPIRED",
      message:
        "Your session has expired or was signed out. Sign in again; unsaved text is still in your editor.",
    };
  }
  return { kind: "forbidden", code: "UNAUTHENTICATED", message: "Sign in to the desk to do this." };
}

/**
 * The user when the domain's `can()` allows `action` in `locale`; otherwise a Forbidden that says why.
 */
export function authorize(
  context: Context,
  action: DeskAction,
  locale?: Locale,
  sourceLocale?: Locale,
): SignedInUser | Forbidden {
  const user = signedIn(context);
  if ("kind" in user) return user;
  if (can(user, action, locale, sourceLocale)) return user;
  const where = locale ? ` in the ${locale} edition` : "";
  const from = sourceLocale && sourceLocale !== locale ? ` for an article written in ${sourceLocale}` : "";
  const yours =
    user.role === "translator"
      ? ` Your language pairs: ${user.languagePairs.map(formatLanguagePair).join(", ") || "none"}.`
      : user.locales.length
        ? ` Your locales: ${user.locales.join(", ")}.`
        : "";
  return {
    kind: "forbidden",
    code: "FORBIDDEN",
    message: `As ${user.role === "admin" ? "an admin" : `a ${user.role}`} you may not ${describe(action)}${where}${from}.${yours}`,
  };
}

/**
 * `authorize` for an action on one article's translation: the article's
 * original locale is the source of the language pair a translator needs.
 */
export async function authorizeOnArticle(
  context: Context,
  action: DeskAction,
  key: { articleId: number; locale: Locale },
): Promise<SignedInUser | Forbidden | NotFound> {
  const user = signedIn(context);
  if ("kind" in user) return user;
  const article = await context.db
    .selectFrom("articles")
    .select("original_locale")
    .where("id", "=", key.articleId)
    .executeTakeFirst();
  if (!article) return { kind: "not_found", message: `No article ${key.articleId}.` };
  return authorize(context, action, key.locale, article.original_locale);
}

function describe(action: DeskAction): string {
  switch (action) {
    case "editDraft":
      return "edit this translation";
    case "createTranslation":
      return "start a translation";
    case "createArticle":
      return "create articles";
    case "postBreaking":
      return "post or edit breaking news";
    case "postLiveUpdate":
      return "post live updates";
    case "editTaxonomy":
      return "edit taxonomy labels";
    case "editGlossary":
      return "edit the glossary";
    case "manageUsers":
      return "manage users";
    case "uploadMedia":
      return "upload media";
    case "editMediaText":
      return "edit media texts";
    default:
      return `${action} translations`;
  }
}

export function isForbidden(value: unknown): value is Forbidden {
  return (value as { kind?: string }).kind === "forbidden";
}

/**
 * For desk queries (which answer data or null, not unions): the signed-in
 * user, or a GraphQL error whose code says whether to sign in or sign in again.
 */
export function requireDeskUser(context: Context): SignedInUser {
  const user = signedIn(context);
  if (!("kind" in user)) return user;
  throw new GraphQLError(user.message, { extensions: { code: user.code } });
}
