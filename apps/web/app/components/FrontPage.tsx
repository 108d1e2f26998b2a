import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import type { FrontPageView } from "../model/front.ts";
import { CompactTeaserList } from "./CompactTeaserList.tsx";
import { TeaserCard } from "./TeaserCard.tsx";
import { TeaserGrid } from "./TeaserGrid.tsx";

function Block({ id, heading, children }: { id: string; heading: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 className="section-heading" id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** Lead story, the latest, one block per top-level section, and Most Read beside them. */
export function FrontPage({ front, heading }: { front: FrontPageView; heading: string }) {
  const { t } = useTranslation(["common", "article"]);
  return (
    <>
      <h1 className="visually-hidden">{heading}</h1>
      <div className="with-sidebar">
        <div>
          {front.lead ? <TeaserCard teaser={front.lead} lead /> : null}
          {front.latest.length > 0 ? (
            <Block id="front-latest" heading={t("common:pages.latest")}>
              <TeaserGrid teasers={front.latest} />
            </Block>
          ) : null}
          {front.sections.map((block, index) => (
            <Block
              key={block.section.url}
              id={`front-section-${index}`}
              heading={<a href={block.section.url}>{block.section.label}</a>}
            >
              <TeaserGrid teasers={block.items} />
            </Block>
          ))}
        </div>
        <aside aria-labelledby="front-most-read">
          <h2 className="section-heading" id="front-most-read">
            {t("article:mostRead")}
          </h2>
          <CompactTeaserList teasers={front.mostRead} />
        </aside>
      </div>
    </>
  );
}
