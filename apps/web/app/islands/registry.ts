import { CoverageTabs } from "../components/CoverageTabs.tsx";
import { LiveBreakingList } from "../live/LiveBreakingList.tsx";
import { LiveStoryUpdates } from "../live/LiveStoryUpdates.tsx";
import { LiveTicker } from "../live/LiveTicker.tsx";
import { KeptArticles } from "../offline/KeptArticles.tsx";

/**
 * The parts of a reader page that do something in the browser. Everything else on a reader
 * page is server-rendered HTML and stays that way: no router, no i18n runtime and no loader
 * data are shipped for it (docs/architecture/002-reader-islands.md). An island takes plain props (its
 * strings already translated) and imports nothing from react-router or react-i18next.
 */
export const ISLANDS = {
  ticker: LiveTicker,
  liveList: LiveBreakingList,
  liveStory: LiveStoryUpdates,
  coverage: CoverageTabs,
  keptArticles: KeptArticles,
};

export type IslandName = keyof typeof ISLANDS;

export function isIslandName(value: string | undefined): value is IslandName {
  return value !== undefined && Object.hasOwn(ISLANDS, value);
}
