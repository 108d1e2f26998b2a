import type { TranslationContent } from "@sahifa/domain/article";
import type { BodyBlock } from "@sahifa/domain/blocks";
import { describe, expect, it } from "vitest";
import {
  type ConflictSide,
  conflictFormData,
  conflictParts,
  mergeConflict,
  readConflictForm,
} from "./conflict-choices.ts";

const p = (text: string): BodyBlock => ({ type: "paragraph", content: [{ text }] });

const theirs: TranslationContent = {
  title: "Las ciudades del río se preparan",
  summary: "Resumen de la editora.",
  slug: "las-ciudades-del-rio",
  body: [
    p("El río subió medio metro durante la noche."),
    p("Voluntarios llenan sacos."),
    p("Fin de la nota."),
  ],
  seoTitle: "Título de la editora",
  seoDescription: null,
};
const mine: TranslationContent = {
  ...theirs,
  title: "Los pueblos del río se preparan",
  summary: "Resumen del traductor.",
  body: [
    p("El río subió medio metro esta noche."),
    p("Voluntarios llenan sacos."),
    p("Un párrafo nuevo mío."),
  ],
  seoTitle: null,
};

const choices = (entries: Array<[string, ConflictSide]>) => new Map(entries);

describe("conflictParts", () => {
  it("lists the fields and blocks that differ, and nothing the two versions share", () => {
    const parts = conflictParts(theirs, mine);
    expect(parts.filter((part) => part.kind === "field").map((part) => part.key)).toEqual([
      "title",
      "summary",
      "seoTitle",
    ]);
    const blocks = parts.flatMap((part) => (part.kind === "block" ? [part.entry.kind] : []));
    expect(blocks).toEqual(["changed", "changed"]);
  });
});

describe("mergeConflict", () => {
  it("keeps everything mine when nothing was chosen, so no typed word is dropped unasked", () => {
    expect(mergeConflict(theirs, mine, new Map())).toEqual(mine);
  });

  it("takes each field and each block from the side chosen for it", () => {
    const parts = conflictParts(theirs, mine);
    const firstBlock = parts.find((part) => part.kind === "block")?.key ?? "";
    const merged = mergeConflict(
      theirs,
      mine,
      choices([
        ["summary", "theirs"],
        ["seoTitle", "theirs"],
        [firstBlock, "theirs"],
      ]),
    );
    expect(merged.title).toBe(mine.title);
    expect(merged.summary).toBe("Resumen de la editora.");
    expect(merged.seoTitle).toBe("Título de la editora");
    expect(merged.body).toEqual([theirs.body[0], mine.body[1], mine.body[2]]);
  });

  it("keeps or leaves out a block only one side has", () => {
    const shorter = { ...theirs, body: [theirs.body[0] as BodyBlock] };
    const longer = {
      ...theirs,
      body: [theirs.body[0] as BodyBlock, p("Una frase que solo está en la mía.")],
    };
    const [added] = conflictParts(shorter, longer);
    expect(added?.kind === "block" && added.entry.kind).toBe("added");
    const key = added?.key ?? "";
    expect(mergeConflict(shorter, longer, choices([[key, "mine"]])).body).toHaveLength(2);
    expect(mergeConflict(shorter, longer, choices([[key, "theirs"]])).body).toHaveLength(1);
    // Their extra block is theirs to keep when chosen, and gone when mine is.
    const [removed] = conflictParts(longer, shorter);
    expect(mergeConflict(longer, shorter, choices([[removed?.key ?? "", "theirs"]])).body).toHaveLength(2);
    expect(mergeConflict(longer, shorter, new Map()).body).toHaveLength(1);
  });
});

describe("readConflictForm", () => {
  function posted(extra: Array<[string, string]>): FormData {
    const form = new FormData();
    for (const [name, value] of [...conflictFormData({ revisionId: 42, content: theirs }, mine), ...extra]) {
      form.set(name, value);
    }
    return form;
  }

  it("reads a post without JavaScript into the same merge, saved on top of the newer head", () => {
    const submission = readConflictForm(posted([["choice:title", "theirs"]]));
    expect(submission?.basedOnRevisionId).toBe(42);
    expect(submission?.content).toEqual({ ...mine, title: theirs.title });
  });

  it("refuses a forged or truncated post", () => {
    const form = posted([]);
    form.set("mine", "{not json");
    expect(readConflictForm(form)).toBeNull();
    const noHead = posted([]);
    noHead.set("basedOnRevisionId", "0");
    expect(readConflictForm(noHead)).toBeNull();
    const noBody = posted([]);
    noBody.set("theirs", JSON.stringify({ title: "", summary: "", slug: "" }));
    expect(readConflictForm(noBody)).toBeNull();
  });

  it("treats a choice that is neither side as mine", () => {
    expect(readConflictForm(posted([["choice:summary", "both"]]))?.content.summary).toBe(mine.summary);
  });
});
