import { describe, expect, it } from "vitest";
import { createI18n } from "./create-i18n.ts";
import type { I18nResources } from "./resources.ts";

// What apps/web declares once; here it proves the exported type gives a typed t().
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: I18nResources;
  }
}

describe("typed t()", () => {
  it("accepts known keys, counted keys by their base and slugs from the API", () => {
    const { t } = createI18n("en");
    const slug: string = "politics";
    const readTime: string = t("article:readTime", { count: 4 });
    expect(readTime).toBe("4 min read");
    expect(t("pagination.next")).toBe("Next");
    expect(t(`nav.sections.${slug}`)).toBe("Politics");
    expect(t("desk:statuses.in_review")).toBe("In review");
  });

  it("rejects keys that do not exist (checked by `pnpm typecheck`)", () => {
    const { t } = createI18n("en");
    // @ts-expect-error: no such key in the common namespace
    expect(t("pagination.nextt")).toBe("pagination.nextt");
    // @ts-expect-error: no such namespace
    expect(t("sports:score")).toBe("score");
  });
});
