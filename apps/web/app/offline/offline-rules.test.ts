import { describe, expect, it } from "vitest";
import {
  editionOfPath,
  isBuildAsset,
  isKeptArticle,
  isMediaImage,
  offlinePagePath,
} from "./offline-rules.ts";

const ORIGIN = "https://sahifa.example";
const url = (path: string) => new URL(path, ORIGIN);

describe("offline rules", () => {
  it("keep article pages of every edition, section depth one or two, Arabic slugs too", () => {
    expect(isKeptArticle(url("/en/news/12/port-opens"), ORIGIN)).toBe(true);
    expect(isKeptArticle(url("/es/news/economy/12/puerto"), ORIGIN)).toBe(true);
    expect(isKeptArticle(url(`/ar/news/12/${encodeURIComponent("ميناء")}`), ORIGIN)).toBe(true);
  });

  it("never keep the desk, previews, the API, search, live feeds, lite pages or other pages", () => {
    for (const path of [
      "/en",
      "/en/news",
      "/en/search?q=port",
      "/en/search",
      "/en/tag/ports",
      "/preview/abc.def",
      "/graphql",
      "/live-events/updates/en/12",
      "/views",
      "/en/lite/news/12/port-opens",
      "/en/news/12/port-opens?token=x",
      "/fr/news/12/port",
    ]) {
      expect(isKeptArticle(url(path), ORIGIN), path).toBe(false);
    }
    // The desk is another origin (its own port): never the reader worker's.
    expect(isKeptArticle(new URL("/en/news/12/port-opens", "https://sahifa.example:3001"), ORIGIN)).toBe(
      false,
    );
  });

  it("keep build assets and images, and find the offline page of a path's edition", () => {
    expect(isBuildAsset(url("/assets/islands-abc.js"), ORIGIN)).toBe(true);
    expect(isBuildAsset(url("/en/assets"), ORIGIN)).toBe(false);
    expect(isMediaImage(url("/media/i/1/full-640.avif"), ORIGIN, "image")).toBe(true);
    expect(isMediaImage(url("/media/v/1.mp4"), ORIGIN, "video")).toBe(false);
    expect(offlinePagePath(editionOfPath("/ar/news/12/x"))).toBe("/ar/offline");
    expect(offlinePagePath(editionOfPath("/preview/x"))).toBe("/en/offline");
  });
});
