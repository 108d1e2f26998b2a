import { hashString, pick, seededRandom } from "./random.ts";

/**
 * Generated lead artwork for the demo newsroom: abstract compositions
 * (a gradient ground, soft discs, a band of arcs and a fine line grid)
 * derived from the media key, so each story gets its own stable image
 * without shipping photographs we do not own. The pages give each image its
 * localized alt text; the file's own title only says what it is when opened alone.
 */

interface Palette {
  ground: [string, string];
  shapes: [string, string, string];
}

// Muted, print-like palettes: the artwork sits under headlines and must not shout.
const PALETTES: readonly Palette[] = [
  { ground: ["#0f2a3d", "#1f5f7a"], shapes: ["#e9c46a", "#f4a261", "#e76f51"] },
  { ground: ["#2b2d42", "#4a4e69"], shapes: ["#c9ada7", "#f2e9e4", "#9a8c98"] },
  { ground: ["#143d2f", "#2d6a4f"], shapes: ["#b7e4c7", "#f1faee", "#d4a373"] },
  { ground: ["#3d1f1f", "#7f3b2c"], shapes: ["#f6bd60", "#f7ede2", "#84a59d"] },
  { ground: ["#1d1e3b", "#3c3f84"], shapes: ["#ffb4a2", "#e5989b", "#b5838d"] },
  { ground: ["#2f3e46", "#52796f"], shapes: ["#cad2c5", "#84a98c", "#f4d35e"] },
  { ground: ["#3a2e39", "#6d597a"], shapes: ["#eaac8b", "#e56b6f", "#b56576"] },
  { ground: ["#102a43", "#334e68"], shapes: ["#9fb3c8", "#f0b429", "#de911d"] },
  { ground: ["#4a3b2a", "#8c6a43"], shapes: ["#f2e8cf", "#a7c957", "#6a994e"] },
  { ground: ["#22223b", "#5c4d7d"], shapes: ["#f9dcc4", "#fec89a", "#ffd7ba"] },
];

const round = (value: number) => Math.round(value * 10) / 10;

/** The SVG document for one media key at the given size. Pure and deterministic. */
export function renderArtwork(key: string, width: number, height: number): string {
  const random = seededRandom(key);
  const palette = pick(random, PALETTES);
  const [groundA, groundB] = palette.ground;
  const angle = Math.floor(random() * 360);
  const shortSide = Math.min(width, height);
  // Ids unique per artwork, so several SVGs inlined in one page never share a gradient.
  const id = `a${hashString(key).toString(36)}`;
  const parts: string[] = [];

  parts.push(
    `<defs><linearGradient id="${id}g" gradientTransform="rotate(${angle} 0.5 0.5)">` +
      `<stop offset="0" stop-color="${groundA}"/><stop offset="1" stop-color="${groundB}"/></linearGradient>` +
      `<radialGradient id="${id}r"><stop offset="0" stop-color="#ffffff" stop-opacity="0.22"/>` +
      `<stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient></defs>`,
  );
  parts.push(`<rect width="${width}" height="${height}" fill="url(#${id}g)"/>`);
  parts.push(
    `<circle cx="${round(width * (0.2 + random() * 0.6))}" cy="${round(height * (0.2 + random() * 0.6))}" ` +
      `r="${round(shortSide * 0.7)}" fill="url(#${id}r)"/>`,
  );

  // A fine grid gives the flat colour a paper-like texture.
  const step = Math.round(shortSide / (10 + Math.floor(random() * 8)));
  const grid: string[] = [];
  for (let x = step; x < width; x += step) grid.push(`M${x} 0V${height}`);
  for (let y = step; y < height; y += step) grid.push(`M0 ${y}H${width}`);
  parts.push(`<path d="${grid.join("")}" stroke="#ffffff" stroke-opacity="0.05" stroke-width="1"/>`);

  const discs = 3 + Math.floor(random() * 4);
  for (let i = 0; i < discs; i++) {
    const colour = pick(random, palette.shapes);
    const r = shortSide * (0.08 + random() * 0.3);
    parts.push(
      `<circle cx="${round(random() * width)}" cy="${round(random() * height)}" r="${round(r)}" ` +
        `fill="${colour}" fill-opacity="${round(0.35 + random() * 0.5)}"/>`,
    );
  }

  // Concentric arcs anchored off one edge: the recurring signature of the artwork.
  const arcX = random() < 0.5 ? width * (0.05 + random() * 0.2) : width * (0.75 + random() * 0.2);
  const arcY = height * (0.6 + random() * 0.5);
  const arcColour = pick(random, palette.shapes);
  const rings = 4 + Math.floor(random() * 5);
  for (let i = 1; i <= rings; i++) {
    parts.push(
      `<circle cx="${round(arcX)}" cy="${round(arcY)}" r="${round((shortSide * 0.09 * i) / 1.4)}" fill="none" ` +
        `stroke="${arcColour}" stroke-opacity="${round(0.7 - i * 0.06)}" stroke-width="${round(2 + random() * 4)}"/>`,
    );
  }

  const band = round(height * (0.15 + random() * 0.7));
  const tilt = round((random() - 0.5) * 24);
  parts.push(
    `<rect x="${-width}" y="${band}" width="${width * 3}" height="${round(shortSide * (0.03 + random() * 0.05))}" ` +
      `fill="${pick(random, palette.shapes)}" fill-opacity="0.55" transform="rotate(${tilt} ${width / 2} ${band})"/>`,
  );

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}"><title>Abstract artwork (Sahifa art desk)</title>${parts.join("")}</svg>\n`
  );
}
