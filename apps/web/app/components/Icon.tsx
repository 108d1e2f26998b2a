/** Inline SVG icons: no icon font, no request. Pointing icons carry `icon-directional` and mirror in RTL. */
const PATHS = {
  search: "M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM21 21l-5-5",
  menu: "M4 6h16M4 12h16M4 18h16",
  close: "M6 6l12 12M18 6L6 18",
  arrow: "M5 12h14M13 6l6 6-6 6",
  chevron: "M9 6l6 6-6 6",
} as const;

const DIRECTIONAL = new Set<IconName>(["arrow", "chevron"]);

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  const className = DIRECTIONAL.has(name) ? "icon icon-directional" : "icon";
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
