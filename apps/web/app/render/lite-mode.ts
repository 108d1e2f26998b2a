import { isLocale, LOCALES, type Locale } from "@sahifa/domain/locales";
import { createContext } from "react";

/*
 * Lite pages (docs/architecture/052-lite-pages.md): every reader page also answers under
 * `/{locale}/lite/…`, rendered with no web fonts, no script and small images.
 */

/** Whether the page being rendered is the lite one (images and islands read it). */
export const LiteMode = createContext(false);

const LITE_SEGMENT = "lite";

/** The lite URL of a full page's path: `/ar/news` → `/ar/lite/news`, `/ar` → `/ar/lite`. */
export function litePath(path: string): string {
  const [, locale, ...rest] = path.split("/");
  if (!isLocale(locale)) return path;
  return ["", locale, LITE_SEGMENT, ...rest].join("/").replace(/\/$/, "");
}

/** The full page's path of a lite path, or null when the path is not a lite one. */
export function fullPathOfLite(path: string): { locale: Locale; path: string } | null {
  const [, locale, segment, ...rest] = path.split("/");
  if (!isLocale(locale) || segment !== LITE_SEGMENT) return null;
  return { locale, path: ["", locale, ...rest].join("/") };
}

const EDITION_LINK = new RegExp(`(<a href="|<form [^>]*action=")/(${LOCALES.join("|")})(?=["/?#])`, "g");

/**
 * Points a lite page's links into the lite pages, so a reader on a slow connection stays on
 * them: every `<a>` whose href is its first attribute and every form action that starts with an
 * edition. React writes attributes in the order given, so a link written with another attribute
 * first (the "full version" link) is left as it is. Canonical and hreflang links are absolute
 * and stay on the full pages.
 */
export function linksIntoLite(html: string): string {
  return html.replace(
    EDITION_LINK,
    (_match, opening: string, locale: string) => `${opening}/${locale}/${LITE_SEGMENT}`,
  );
}
