import { describe, expect, it } from "vitest";
import { sourceContent } from "../testing/fixtures.ts";
import { type DraftStorage, draftKey, loadDraft, settleDraft, storeDraft } from "./draft-store.ts";

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const draft = {
  articleId: 3,
  locale: "es",
  basedOnRevisionId: 10,
  content: { ...sourceContent, title: "Los pueblos del río" },
  editedAt: "2026-11-24T21:00:00.000Z",
};

describe("draft store", () => {
  it("keeps a draft per article and locale across a reload", () => {
    const storage = memoryStorage();
    storeDraft(storage, draft);
    expect(loadDraft(storage, 3, "es")).toEqual(draft);
    expect(loadDraft(storage, 3, "ar")).toBeNull();
  });

  it("ignores corrupt or foreign entries instead of crashing the editor", () => {
    const storage = memoryStorage();
    storage.setItem(draftKey(3, "es"), "{not json");
    expect(loadDraft(storage, 3, "es")).toBeNull();
    storage.setItem(draftKey(3, "es"), JSON.stringify({ articleId: 3 }));
    expect(loadDraft(storage, 3, "es")).toBeNull();
  });

  it("reports a full storage instead of throwing", () => {
    const storage: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {},
    };
    expect(storeDraft(storage, draft)).toBe(false);
  });

  it("forgets the draft once exactly its text is saved", () => {
    const storage = memoryStorage();
    storeDraft(storage, draft);
    settleDraft(storage, 3, "es", draft.content, 11);
    expect(loadDraft(storage, 3, "es")).toBeNull();
  });

  it("keeps edits typed during the save, rebased on the new revision", () => {
    const storage = memoryStorage();
    storeDraft(storage, { ...draft, content: { ...draft.content, summary: "typed later" } });
    settleDraft(storage, 3, "es", draft.content, 11);
    const kept = loadDraft(storage, 3, "es");
    expect(kept?.basedOnRevisionId).toBe(11);
    expect(kept?.content.summary).toBe("typed later");
  });
});
