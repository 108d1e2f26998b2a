import { LOCALES, type Locale } from "@sahifa/domain/locales";
import { ARTICLE_KINDS, flattenSections, REGIONS } from "@sahifa/domain/taxonomy";
import { ROLES, TRANSLATION_STATUSES, WORKFLOW_ACTIONS } from "@sahifa/domain/workflow";
import { describe, expect, it } from "vitest";
import { LOCALE_PLURAL_CATEGORIES, PLURAL_CATEGORIES } from "./resource-types.ts";
import { NAMESPACES, resources } from "./resources.ts";

const PLURAL_KEY = new RegExp(`^(.+)_(${PLURAL_CATEGORIES.join("|")})$`);

/** Every leaf of a namespace as [dotted key, value]. */
function leaves(tree: unknown, prefix = ""): Array<[string, unknown]> {
  if (typeof tree !== "object" || tree === null) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

interface KeySet {
  /** Uncounted keys. */
  plain: Set<string>;
  /** Counted keys: base key → the plural categories present. */
  plurals: Map<string, Set<string>>;
}

function keySet(tree: unknown): KeySet {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const [key] of leaves(tree)) {
    const match = PLURAL_KEY.exec(key);
    if (match) {
      const [, base = "", category = ""] = match;
      plurals.set(base, (plurals.get(base) ?? new Set()).add(category));
    } else {
      plain.add(key);
    }
  }
  return { plain, plurals };
}

const sorted = (values: Iterable<string>) => [...values].sort();
const variables = (text: string) =>
  sorted(new Set([...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1] ?? "")));
const otherLocales = LOCALES.filter((locale) => locale !== "en");
const namespaceOf = (locale: Locale, namespace: (typeof NAMESPACES)[number]): unknown =>
  resources[locale][namespace];

describe("resources", () => {
  it("declares for each locale exactly the plural categories CLDR (through Intl) requires", () => {
    for (const locale of LOCALES) {
      const required = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      expect(sorted(LOCALE_PLURAL_CATEGORIES[locale]), locale).toEqual(sorted(required));
    }
    expect(LOCALE_PLURAL_CATEGORIES.ar).toHaveLength(6);
  });

  it("has every namespace in every locale", () => {
    for (const locale of LOCALES)
      expect(sorted(Object.keys(resources[locale])), locale).toEqual(sorted(NAMESPACES));
  });

  describe.each(otherLocales)("%s against English", (locale) => {
    it.each(NAMESPACES)("%s has the same keys, none missing, none extra", (namespace) => {
      const english = keySet(namespaceOf("en", namespace));
      const translated = keySet(namespaceOf(locale, namespace));
      expect(sorted(translated.plain)).toEqual(sorted(english.plain));
      expect(sorted(translated.plurals.keys())).toEqual(sorted(english.plurals.keys()));
    });
  });

  describe.each(LOCALES)("%s", (locale) => {
    const required = sorted(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);

    it.each(NAMESPACES)("%s: each counted string has exactly the plural forms CLDR requires", (namespace) => {
      const { plurals } = keySet(namespaceOf(locale, namespace));
      for (const [base, categories] of plurals)
        expect(sorted(categories), `${namespace}:${base}`).toEqual(required);
    });

    it.each(NAMESPACES)("%s: every string is non-empty and uses the English placeholders", (namespace) => {
      const english = new Map(leaves(namespaceOf("en", namespace)));
      for (const [key, value] of leaves(namespaceOf(locale, namespace))) {
        expect(typeof value === "string" && value.trim().length > 0, `${namespace}:${key}`).toBe(true);
        const match = PLURAL_KEY.exec(key);
        // Counted forms compare with English `other`; Arabic "دقيقة واحدة" may drop {{count}}.
        const englishText = String(english.get(match ? `${match[1]}_other` : key));
        const allowed = variables(englishText);
        const used = variables(String(value));
        if (match && match[2] !== "other")
          expect(allowed, `${namespace}:${key}`).toEqual(expect.arrayContaining(used));
        else expect(used, `${namespace}:${key}`).toEqual(allowed);
      }
    });

    it("labels every section, region, article kind, status, role and workflow action of the domain", () => {
      const { common, article, desk } = resources[locale];
      const sectionSlugs = flattenSections().map(({ definition }) => definition.slug);
      expect(sorted(Object.keys(common.nav.sections))).toEqual(sorted(sectionSlugs));
      expect(sorted(Object.keys(common.nav.regions))).toEqual(sorted(REGIONS.map((region) => region.slug)));
      expect(sorted(Object.keys(article.kinds))).toEqual(sorted(ARTICLE_KINDS));
      expect(sorted(Object.keys(desk.statuses))).toEqual(
        sorted([...TRANSLATION_STATUSES, "outdated", "missing"]),
      );
      expect(sorted(Object.keys(desk.roles))).toEqual(sorted(ROLES));
      expect(Object.keys(desk.actions)).toEqual(expect.arrayContaining([...WORKFLOW_ACTIONS]));
    });
  });

  it("writes Arabic in Arabic script and Spanish in Spanish, not English copies", () => {
    const english = new Map(leaves(resources.en));
    const arabicLetters = /[\u0600-\u06FF]/;
    for (const [key, value] of leaves(resources.ar)) {
      // Brand names of app stores stay in Latin script; everything else carries Arabic.
      if (key.startsWith("footer.apps.") || key.endsWith("caption.credit") || key.endsWith("inBlock"))
        continue;
      expect(String(value), key).toMatch(arabicLetters);
    }
    // Navigation labels come from the domain's taxonomy ("Asia", "TV" are Spanish too).
    const sameAsEnglish = leaves(resources.es).filter(
      ([key, value]) => english.get(key) === value && !/^common\.nav\.(sections|regions)\./.test(key),
    );
    // What Spanish shares with English: the brand, "Blog", and the bare "({{credit}})".
    expect(sameAsEnglish.map(([key]) => key).sort()).toEqual(
      ["article.caption.credit", "article.kinds.blog", "common.brand"].sort(),
    );
  });
});
