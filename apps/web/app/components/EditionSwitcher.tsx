import { LOCALE_CONFIG, LOCALES, type Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";

/**
 * The other editions, each named in its own language. `targets` maps a locale to the
 * same page in that edition (an article's translation); editions without it get their front page.
 */
export function EditionSwitcher({
  locale,
  targets,
}: {
  locale: Locale;
  targets: Partial<Record<Locale, string>>;
}) {
  const { t } = useTranslation("common");
  const others = LOCALES.filter((other) => other !== locale);
  return (
    <nav className="edition-switcher" aria-label={t("editionSwitcher.label")}>
      <ul>
        {others.map((other) => {
          const config = LOCALE_CONFIG[other];
          return (
            <li key={other}>
              <a
                href={targets[other] ?? `/${other}`}
                lang={config.hreflang}
                dir={config.dir}
                hrefLang={config.hreflang}
                data-edition={other}
              >
                {config.nativeName}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
