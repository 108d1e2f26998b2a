/** The LIVE page and live parts of other pages. */
export const live = {
  title: "Live updates",
  badge: "LIVE",
  updatedJustNow: "Updated just now",
  updatedMinutesAgo_one: "Updated {{count, number}} minute ago",
  updatedMinutesAgo_other: "Updated {{count, number}} minutes ago",
  newUpdates_one: "{{count, number}} new update",
  newUpdates_other: "{{count, number}} new updates",
  showNewUpdates: "Show new updates",
  noUpdates: "No updates yet. This page refreshes by itself.",
  reconnecting: "Connection lost. Reconnecting…",
  reconnected: "Connected again",
  offline: "Live updates are paused. Reload the page to see the latest.",
  ended: "This live coverage has ended.",
};
