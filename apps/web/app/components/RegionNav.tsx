import type { Locale } from "@sahifa/domain/locales";
import { REGIONS } from "@sahifa/domain/taxonomy";
import { useTranslation } from "react-i18next";
import { urls } from "../urls.ts";
import { CurrentPageLink } from "./CurrentPageLink.tsx";

export function RegionNav({ locale, pathname }: { locale: Locale; pathname: string }) {
  const { t } = useTranslation("common");
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
