import type { Locale } from "@sahifa/domain/locales";
import { REGIONS } from "@sahifa/domain/taxonomy";
import { useLocation } from "react-router";
import { useTranslation } from "../i18n/reader-translation.tsx";
import { urls } from "../urls.ts";
import { CurrentPageLink } from "./CurrentPageLink.tsx";

export function RegionNav({ locale }: { locale: Locale }) {
  const { t } = useTranslation("common");
  const { pathname } = useLocation();
  return (
    <nav className="region-nav" aria-label={t("nav.regionsLabel")}>
      <div className="wrap">
        <ul className="region-list">
          {REGIONS.map((region) => (
            <li key={region.slug}>
              <CurrentPageLink pathname={pathname} href={urls.region(locale, region.slug)}>
                {t(`nav.regions.${region.slug}`)}
              </CurrentPageLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
