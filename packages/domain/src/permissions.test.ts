import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales.ts";
import {
  ALL_LANGUAGE_PAIRS,
  availableActions,
  can,
  canReadTranslation,
  DESK_ACTIONS,
  type DeskUser,
  formatLanguagePair,
  parseLanguagePair,
} from "./permissions.ts";

const admin: DeskUser = { role: "admin", locales: [] };
const arabicEditor: DeskUser = { role: "editor", locales: ["ar"] };
const spanishTranslator: DeskUser = { role: "translator", locales: ["es"] };

describe("can", () => {
  it("lets an admin do everything everywhere", () => {
    for (const action of DESK_ACTIONS) {
      for (const locale of LOCALES) expect(can(admin, action, locale), `${action} ${locale}`).toBe(true);
    }
    expect(can(admin, "manageUsers")).toBe(true);
  });

  it("lets an editor write, review and publish in their locales only", () => {
    for (const action of [
      "editDraft",
      "submit",
      "reject",
      "publish",
      "unpublish",
      "archive",
      "createArticle",
      "postBreaking",
      "postLiveUpdate",
      "editTaxonomy",
      "editGlossary",
    ] as const) {
      expect(can(arabicEditor, action, "ar"), action).toBe(true);
      expect(can(arabicEditor, action, "es"), action).toBe(false);
    }
    expect(can(arabicEditor, "manageUsers")).toBe(false);
    expect(can(arabicEditor, "publish")).toBe(false);
  });

  it("lets editors upload media for the whole newsroom, and editors and translators word it in their locales", () => {
    expect(can(arabicEditor, "uploadMedia")).toBe(true);
    expect(can(spanishTranslator, "uploadMedia")).toBe(false);
    expect(can(arabicEditor, "editMediaText", "ar")).toBe(true);
    expect(can(arabicEditor, "editMediaText", "en")).toBe(false);
    expect(can(spanishTranslator, "editMediaText", "es")).toBe(true);
    expect(can(spanishTranslator, "editMediaText", "ar")).toBe(false);
  });

  it("lets a translator edit drafts and submit in their locales, nothing more", () => {
    expect(can(spanishTranslator, "editDraft", "es")).toBe(true);
    expect(can(spanishTranslator, "createTranslation", "es")).toBe(true);
    expect(can(spanishTranslator, "submit", "es")).toBe(true);
    expect(can(spanishTranslator, "editDraft", "en")).toBe(false);
    for (const action of [
      "publish",
      "unpublish",
      "archive",
      "reject",
      "createArticle",
      "postBreaking",
      "postLiveUpdate",
      "editTaxonomy",
      "editGlossary",
      "manageUsers",
    ] as const) {
      expect(can(spanishTranslator, action, "es"), action).toBe(false);
    }
  });
});

describe("availableActions", () => {
  it("combines the role with what the status allows", () => {
    expect(availableActions(spanishTranslator, "es", "draft")).toEqual(["editDraft", "submit"]);
    expect(availableActions(spanishTranslator, "es", "in_review")).toEqual(["editDraft"]);
    expect(availableActions(spanishTranslator, "es", "archived")).toEqual([]);
    expect(availableActions(spanishTranslator, "ar", "draft")).toEqual([]);
    expect(availableActions(arabicEditor, "ar", "in_review")).toEqual([
      "editDraft",
      "reject",
      "publish",
      "archive",
    ]);
    expect(availableActions(arabicEditor, "ar", "archived")).toEqual(["unarchive"]);
  });
});

describe("language pairs", () => {
  const enToAr: DeskUser = {
    role: "translator",
    locales: ["ar"],
    languagePairs: [{ source: "en", target: "ar" }],
  };

  it("lets a translator work only on translations of their pairs", () => {
    expect(can(enToAr, "editDraft", "ar", "en")).toBe(true);
    expect(can(enToAr, "submit", "ar", "en")).toBe(true);
    expect(can(enToAr, "createTranslation", "ar", "en")).toBe(true);
    // A Spanish original into Arabic is another pair.
    expect(can(enToAr, "editDraft", "ar", "es")).toBe(false);
    expect(can(enToAr, "createTranslation", "ar", "es")).toBe(false);
    // An Arabic original is not a translation at all.
    expect(can(enToAr, "editDraft", "ar", "ar")).toBe(false);
    expect(can(enToAr, "editDraft", "en", "ar")).toBe(false);
    expect(can(enToAr, "publish", "ar", "en")).toBe(false);
    expect(availableActions(enToAr, "ar", "draft", "es")).toEqual([]);
    expect(availableActions(enToAr, "ar", "draft", "en")).toEqual(["editDraft", "submit"]);
  });

  it("lets a translator read their pairs' translations and the originals they translate from", () => {
    expect(canReadTranslation(enToAr, { locale: "ar", originalLocale: "en" })).toBe(true);
    expect(canReadTranslation(enToAr, { locale: "en", originalLocale: "en" })).toBe(true);
    expect(canReadTranslation(enToAr, { locale: "ar", originalLocale: "es" })).toBe(false);
    expect(canReadTranslation(enToAr, { locale: "es", originalLocale: "en" })).toBe(false);
    expect(canReadTranslation(enToAr, { locale: "es", originalLocale: "es" })).toBe(false);
    expect(canReadTranslation(arabicEditor, { locale: "es", originalLocale: "en" })).toBe(true);
  });

  it("parses and formats pairs, refusing a locale paired with itself", () => {
    expect(parseLanguagePair("en>ar")).toEqual({ source: "en", target: "ar" });
    expect(formatLanguagePair({ source: "es", target: "en" })).toBe("es>en");
    for (const bad of ["en>en", "en>fr", "en", "en>ar>es", ""])
      expect(parseLanguagePair(bad), bad).toBeNull();
    expect(ALL_LANGUAGE_PAIRS).toHaveLength(6);
  });
});
