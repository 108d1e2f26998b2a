import { useState } from "react";
import type { CoverageView } from "../model/coverage.ts";
import { CompactTeaserList } from "./CompactTeaserList.tsx";

/**
 * Coverage: "All" plus one tab per active dossier. Without JavaScript each dossier tab is a
 * plain link to its dossier page and "All" is shown; in the browser (an island) the tabs switch in place.
 */
export interface CoverageTabsProps {
  coverage: CoverageView;
  labels: { heading: string; all: string };
  /** Prefix of the element ids; given, not `useId`, because the island hydrates apart from the page. */
  id: string;
}

export function CoverageTabs({ coverage, labels, id }: CoverageTabsProps) {
  const [selected, setSelected] = useState<string>("all");
  if (coverage.all.length === 0) return null;
  const tabs = [{ slug: "all", title: labels.all, url: null as string | null }].concat(
    coverage.dossiers.map((dossier) => ({ slug: dossier.slug, title: dossier.title, url: dossier.url })),
  );
  const items =
    selected === "all"
      ? coverage.all
      : (coverage.dossiers.find((dossier) => dossier.slug === selected)?.items ?? coverage.all);
  return (
    <section className="aside-block" aria-labelledby={`${id}-heading`}>
      <h2 className="section-heading" id={`${id}-heading`}>
        {labels.heading}
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
