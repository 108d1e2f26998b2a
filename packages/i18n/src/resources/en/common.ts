import { regionLabels, sectionLabels } from "../taxonomy-labels.ts";

/** Chrome shared by every page: header, navigation, ticker, pagination. */
export const common = {
  brand: "Sahifa",
  tagline: "The world's news, in three languages",
  previewBanner:
    "Preview: this version is not published. Readers do not see it until an editor publishes it.",
  skipLink: "Skip to main content",
  editionSwitcher: {
    label: "Edition",
    current: "Current edition",
    switchTo: "Read this page in {{language}}",
  },
  search: {
    open: "Search",
    close: "Close search",
  },
  menu: {
    open: "Menu",
    close: "Close menu",
  },
  close: "Close",
  nav: {
    mainLabel: "Main navigation",
    regionsLabel: "Regions",
    home: "Home",
    sections: sectionLabels("en"),
    regions: regionLabels("en"),
  },
  live: "LIVE",
  liveNow: "Live now",
  breaking: "Breaking",
  breakingTickerLabel: "Breaking news",
  pagination: {
    label: "Pagination",
    next: "Next",
    previous: "Previous",
    page: "Page {{page, number}}",
  },
  pages: {
    latest: "Latest",
    section: "Section",
    region: "Region",
    tag: "Tag",
    author: "Author",
    authors: "Authors",
    dossier: "Coverage",
    moreIn: "More in {{name}}",
    empty: "Nothing has been published here yet.",
  },
  loading: "Loading…",
};
