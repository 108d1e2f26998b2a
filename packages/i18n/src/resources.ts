import type { Locale } from "@sahifa/domain/locales";
import type { NamespaceFor } from "./resource-types.ts";
import { article as arArticle } from "./resources/ar/article.ts";
import { common as arCommon } from "./resources/ar/common.ts";
import { desk as arDesk } from "./resources/ar/desk.ts";
import { errors as arErrors } from "./resources/ar/errors.ts";
import { footer as arFooter } from "./resources/ar/footer.ts";
import { live as arLive } from "./resources/ar/live.ts";
import { media as arMedia } from "./resources/ar/media.ts";
import { newsroom as arNewsroom } from "./resources/ar/newsroom.ts";
import { problems as arProblems } from "./resources/ar/problems.ts";
import { search as arSearch } from "./resources/ar/search.ts";
import { article as enArticle } from "./resources/en/article.ts";
import { common as enCommon } from "./resources/en/common.ts";
import { desk as enDesk } from "./resources/en/desk.ts";
import { errors as enErrors } from "./resources/en/errors.ts";
import { footer as enFooter } from "./resources/en/footer.ts";
import { live as enLive } from "./resources/en/live.ts";
import { media as enMedia } from "./resources/en/media.ts";
import { newsroom as enNewsroom } from "./resources/en/newsroom.ts";
import { problems as enProblems } from "./resources/en/problems.ts";
import { search as enSearch } from "./resources/en/search.ts";
import { article as esArticle } from "./resources/es/article.ts";
import { common as esCommon } from "./resources/es/common.ts";
import { desk as esDesk } from "./resources/es/desk.ts";
import { errors as esErrors } from "./resources/es/errors.ts";
import { footer as esFooter } from "./resources/es/footer.ts";
import { live as esLive } from "./resources/es/live.ts";
import { media as esMedia } from "./resources/es/media.ts";
import { newsroom as esNewsroom } from "./resources/es/newsroom.ts";
import { problems as esProblems } from "./resources/es/problems.ts";
import { search as esSearch } from "./resources/es/search.ts";

export const NAMESPACES = [
  "common",
  "article",
  "footer",
  "errors",
  "search",
  "live",
  "desk",
  "media",
  "problems",
  "newsroom",
] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE = "common" satisfies Namespace;

const englishResources = {
  common: enCommon,
  article: enArticle,
  footer: enFooter,
  errors: enErrors,
  search: enSearch,
  live: enLive,
  desk: enDesk,
  media: enMedia,
  problems: enProblems,
  newsroom: enNewsroom,
} satisfies Record<Namespace, object>;

/**
 * The shape of every namespace, from the English source of truth. For apps/web:
 * `declare module "i18next" { interface CustomTypeOptions { defaultNS: "common"; resources: I18nResources } }`
 */
export type I18nResources = typeof englishResources;

/** All namespaces of one locale, each typed against English with that locale's plural forms. */
export type LocaleResources<L extends Locale> = { [N in Namespace]: NamespaceFor<I18nResources[N], L> };

/** Every locale's resources, in the shape i18next's `resources` option takes. */
export const resources: { [L in Locale]: LocaleResources<L> } = {
  en: englishResources,
  ar: {
    common: arCommon,
    article: arArticle,
    footer: arFooter,
    errors: arErrors,
    search: arSearch,
    live: arLive,
    desk: arDesk,
    media: arMedia,
    problems: arProblems,
    newsroom: arNewsroom,
  },
  es: {
    common: esCommon,
    article: esArticle,
    footer: esFooter,
    errors: esErrors,
    search: esSearch,
    live: esLive,
    desk: esDesk,
    media: esMedia,
    problems: esProblems,
    newsroom: esNewsroom,
  },
};
