import { LOCALE_CONFIG, LOCALES, type Locale } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import type { Role } from "@sahifa/domain/workflow";
import { useTranslation } from "react-i18next";
import { deskUrls } from "../desk-urls.ts";

export interface DeskUserView {
  displayName: string;
  role: Role;
  locales: readonly Locale[];
}

/**
 * The desk's own chrome: no reader navigation or ticker, the signed-in user, sign-out
 * (a form post, so it works without JavaScript) and the desk in the other UI languages.
 * `path` is the current desk path without its language prefix, so switching keeps the page.
 */
export function DeskHeader({ ui, user, path }: { ui: Locale; user: DeskUserView | null; path: string }) {
  const { t } = useTranslation("desk");
  const { t: tCommon } = useTranslation("common");
  const { t: tNewsroom } = useTranslation("newsroom");
  return (
    <header className="desk-header">
      <a className="desk-brand" href={deskUrls.queue(ui)}>
        {tCommon("brand")} · {t("title")}
      </a>
      {user ? (
        <nav className="desk-nav" aria-label={t("title")}>
          <a href={deskUrls.queue(ui)}>{t("queue.title")}</a>
          {/* Originals are written by the editors of a language (admins: any). */}
          {LOCALES.some((locale) => can(user, "createArticle", locale)) ? (
            <a href={deskUrls.newArticle(ui)} data-testid="header-new-article">
              {t("editor.newArticle")}
            </a>
          ) : null}
          {/* Translators may neither post breaking news nor live updates: they are not offered the pages. */}
          {LOCALES.some((locale) => can(user, "postBreaking", locale)) ? (
            <a href={deskUrls.breaking(ui)}>{t("breaking.title")}</a>
          ) : null}
          {LOCALES.some((locale) => can(user, "postLiveUpdate", locale)) ? (
            <a href={deskUrls.live(ui)}>{t("liveStories.title")}</a>
          ) : null}
          {/* Translators word alt text and captions in the library too. */}
          <a href={deskUrls.media(ui)}>{tNewsroom("nav.media")}</a>
          {/* Sections, tags and bylines are the editors' to word, each in their own editions. */}
          {LOCALES.some((locale) => can(user, "editTaxonomy", locale)) ? (
            <>
              <a href={deskUrls.taxonomy(ui)}>{tNewsroom("nav.taxonomy")}</a>
              <a href={deskUrls.authors(ui)}>{tNewsroom("nav.authors")}</a>
            </>
          ) : null}
        </nav>
      ) : null}
      <nav className="desk-languages" aria-label={tCommon("editionSwitcher.label")}>
        {LOCALES.filter((other) => other !== ui).map((other) => (
          <a
            key={other}
            href={`/${other}${path}`}
            lang={LOCALE_CONFIG[other].hreflang}
            dir={LOCALE_CONFIG[other].dir}
            data-ui={other}
          >
            {LOCALE_CONFIG[other].nativeName}
          </a>
        ))}
      </nav>
      {user ? (
        <form method="post" action={deskUrls.signOut(ui)} className="desk-user">
          <span data-testid="desk-user">
            {t("signedInAs", { name: user.displayName })} ({t(`roles.${user.role}`)}
            {/* An admin may have no locales of their own (they act in every one): no empty list. */}
            {user.locales.length > 0
              ? `: ${user.locales.map((locale) => LOCALE_CONFIG[locale].nativeName).join(", ")}`
              : null}
            )
          </span>
          <button type="submit" className="desk-button desk-button-quiet">
            {t("signOut")}
          </button>
        </form>
      ) : null}
    </header>
  );
}
