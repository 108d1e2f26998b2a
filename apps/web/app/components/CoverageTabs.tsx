import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CoverageView } from "../model/coverage.ts";
import { CompactTeaserList } from "./CompactTeaserList.tsx";

/**
 * Coverage: "All" plus one tab per active dossier. Without JavaScript each dossier tab is a
 * plain link to its dossier page and "All" is shown; once hydrated the tabs switch in place.
 */
export function CoverageTabs({ coverage }: { coverage: CoverageView }) {
  const { t } = useTranslation("article");
  const id = useId();
  const [selected, setSelected] = useState<string>("all");
  if (coverage.all.length === 0) return null;
  const tabs = [{ slug: "all", title: t("all"), url: null as string | null }].concat(
    coverage.dossiers.map((dossier) => ({ slug: dossier.slug, title: dossier.title, url: dossier.url })),
  );
  const items =
    selected === "all"
      ? coverage.all
      : (coverage.dossiers.find((dossier) => dossier.slug === selected)?.items ?? coverage.all);
  return (
    <section className="aside-block" aria-labelledby={`${id}-heading`}>
      <h2 className="section-heading" id={`${id}-heading`}>
        {t("coverage")}
      </h2>
      <div className="tabs" role="tablist">
        {tabs.map((tab) => (
          <a
            key={tab.slug}
            role="tab"
            className="tab"
            id={`${id}-tab-${tab.slug}`}
            aria-selected={selected === tab.slug}
            aria-controls={`${id}-panel`}
            href={tab.url ?? `#${id}-panel`}
            onClick={(event) => {
              event.preventDefault();
              setSelected(tab.slug);
            }}
          >
            <bdi>{tab.title}</bdi>
          </a>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`}>
        <CompactTeaserList teasers={items.slice(0, 4)} />
      </div>
    </section>
  );
}
