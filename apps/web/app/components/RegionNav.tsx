import type { Locale } from "@sahifa/domain/locales";
import { REGIONS } from "@sahifa/domain/taxonomy";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { urls } from "../urls.ts";

export function RegionNav({ locale }: { locale: Locale }) {
  const { t } = useTranslation("common");
  return (
    <nav className="region-nav" aria-label={t("nav.regionsLabel")}>
      <div className="wrap">
        <ul className="region-list">
          {REGIONS.map((region) => (
            <li key={region.slug}>
              <NavLink to={urls.region(locale, region.slug)}>{t(`nav.regions.${region.slug}`)}</NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
