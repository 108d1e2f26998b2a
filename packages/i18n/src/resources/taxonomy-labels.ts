import type { Locale } from "@sahifa/domain/locales";
import { flattenSections, REGIONS } from "@sahifa/domain/taxonomy";

/*
 * Navigation labels come from the taxonomy in @sahifa/domain, which already holds
 * every section and region label in every edition's language: one place to edit,
 * and a new section needs no change here. Keyed by slug (unique across the tree),
 * so the web app can ask for `t("nav.sections." + slug)` with a slug from the API.
 */

export function sectionLabels(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    flattenSections().map(({ definition }) => [definition.slug, definition.label[locale]]),
  );
}

export function regionLabels(locale: Locale): Record<string, string> {
  return Object.fromEntries(REGIONS.map((region) => [region.slug, region.label[locale]]));
}
