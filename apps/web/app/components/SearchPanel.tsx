import type { Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";
import { urls } from "../urls.ts";
import { Icon } from "./Icon.tsx";

/** A plain GET form to the edition's search page, revealed by the #search fragment. */
export function SearchPanel({ locale }: { locale: Locale }) {
  const { t } = useTranslation(["common", "search"]);
  return (
    <div className="search-panel" id="search">
      <div className="wrap">
        <form className="search-form" role="search" method="get" action={urls.search(locale)}>
          <label className="visually-hidden" htmlFor="site-search-q">
            {t("search:label")}
          </label>
          <input id="site-search-q" type="search" name="q" dir="auto" placeholder={t("search:placeholder")} />
          <button className="button" type="submit">
            {t("search:submit")}
          </button>
          <a className="panel-close" href="#top">
            <Icon name="close" />
            <span>{t("common:search.close")}</span>
          </a>
        </form>
      </div>
    </div>
  );
}
