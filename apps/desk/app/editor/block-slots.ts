import type { BodyBlock, InlineRun } from "@sahifa/domain/blocks";

/**
 * The editable text of a block, as "slots". A translator replaces text and never changes
 * structure, so the editor offers one field per piece of text a block carries and nothing
 * else. A slot's `path` is written the way @sahifa/domain/block-validation names a block's
 * fields (`content[1].text`), so a validation error lands on the field it is about.
 */
export type SlotRole = "text" | "attribution" | "caption" | "title" | "item";

export interface TextSlot {
  path: string;
  role: SlotRole;
  value: string;
  multiline: boolean;
  /** For runs: the link a run carries (shown beside the field, kept as written). */
  href?: string;
  /** For runs: bold or italic, shown so the translator knows which words were marked. */
  marks?: readonly string[];
}

function runSlots(
  runs: readonly InlineRun[],
  prefix: string,
  role: SlotRole,
  multiline: boolean,
): TextSlot[] {
  return runs.map((run, index) => ({
    path: `${prefix}[${index}].text`,
    role,
    value: run.text,
    multiline,
    ...(run.href ? { href: run.href } : {}),
    ...(run.marks?.length ? { marks: run.marks } : {}),
  }));
}

/** Every piece of translatable text in `block`, in reading order. */
export function blockSlots(block: BodyBlock): TextSlot[] {
  switch (block.type) {
    case "paragraph":
      return runSlots(block.content, "content", "text", true);
    case "heading":
      return [{ path: "text", role: "text", value: block.text, multiline: false }];
    case "quote":
      return [
        { path: "text", role: "text", value: block.text, multiline: true },
        // An unattributed quote stays unattributed: adding a field would change its structure.
        ...(block.attribution !== undefined
          ? [
              {
                path: "attribution",
                role: "attribution" as const,
                value: block.attribution,
                multiline: false,
              },
            ]
          : []),
      ];
    case "list":
      return block.items.flatMap((item, index) => runSlots(item, `items[${index}]`, "item", false));
    case "image":
      return block.caption !== undefined
        ? [{ path: "caption", role: "caption", value: block.caption, multiline: false }]
        : [];
    case "gallery":
      return block.items.flatMap((item, index) =>
        item.caption !== undefined
          ? [
              {
                path: `items[${index}].caption`,
                role: "caption" as const,
                value: item.caption,
                multiline: false,
              },
            ]
          : [],
      );
    case "video":
      return [{ path: "title", role: "title", value: block.title, multiline: false }];
    case "related":
      return [];
  }
}

/** `content[1].text` → ["content", 1, "text"]. */
function parsePath(path: string): Array<string | number> {
  const keys: Array<string | number> = [];
  for (const match of path.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)) {
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
  }
  return keys;
}

/**
 * A copy of `block` with the text at `path` replaced. Paths that are not one of the
 * block's slots are ignored, so a forged form field cannot add or reshape anything.
 */
export function setSlot(block: BodyBlock, path: string, value: string): BodyBlock {
  if (!blockSlots(block).some((slot) => slot.path === path)) return block;
  const copy = structuredClone(block) as unknown as Record<string | number, unknown>;
  const keys = parsePath(path);
  let target: Record<string | number, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = keys.at(-1);
  if (last !== undefined) target[last] = value;
  return copy as unknown as BodyBlock;
}

/** Form field name of a block's slot; the save action reads them back with `readSlotField`. */
export function slotFieldName(blockIndex: number, path: string): string {
  return `block.${blockIndex}.${path}`;
}

export function readSlotField(name: string): { blockIndex: number; path: string } | null {
  const match = /^block\.(\d+)\.(.+)$/.exec(name);
  if (!match?.[1] || !match[2]) return null;
  return { blockIndex: Number(match[1]), path: match[2] };
}
