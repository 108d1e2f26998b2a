import type sharp from "sharp";

let loaded: Promise<typeof sharp> | undefined;

/**
 * sharp and libvips, loaded on the first image the API makes or checks: they take tens of
 * megabytes that an instance serving only articles and lists never needs.
 */
export function loadSharp(): Promise<typeof sharp> {
  loaded ??= import("sharp").then((module) => module.default);
  return loaded;
}
