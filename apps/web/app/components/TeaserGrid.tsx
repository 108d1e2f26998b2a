import type { TeaserView } from "../model/teaser.ts";
import { TeaserCard } from "./TeaserCard.tsx";

export function TeaserGrid({
  teasers,
  showSummary = false,
}: {
  teasers: TeaserView[];
  showSummary?: boolean;
}) {
  return (
    <ul className="teaser-grid">
      {teasers.map((teaser) => (
        <li key={teaser.id}>
          <TeaserCard teaser={teaser} showSummary={showSummary} />
        </li>
      ))}
    </ul>
  );
}
