import type { Locale } from "@sahifa/domain/locales";
import { useMatches } from "react-router";
import { unwrapLoaderData } from "./server-only.ts";

/** Loaders of pages that exist in other editions return `alternates`; the header's switcher reads them. */
export interface HasAlternates {
  alternates: Partial<Record<Locale, string>>;
}

function hasAlternates(value: unknown): value is HasAlternates {
  return typeof value === "object" && value !== null && "alternates" in value;
}

/** The deepest matched route's alternates: the same page in each other edition, where it exists. */
export function useSwitcherTargets(): Partial<Record<Locale, string>> {
  const matches = useMatches();
  for (let index = matches.length - 1; index >= 0; index--) {
    const data = unwrapLoaderData(matches[index]?.loaderData);
    if (hasAlternates(data)) return data.alternates;
  }
  return {};
}
