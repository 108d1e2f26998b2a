import { describe, expect, it } from "vitest";
import { englishSingular } from "./english-singular.ts";

describe("englishSingular", () => {
  it.each([
    ["women", "woman"],
    ["children", "child"],
    ["crises", "crisis"],
    ["wolves", "wolf"],
    ["buses", "bus"],
    ["viruses", "virus"],
  ])("%s → %s", (plural, singular) => {
    expect(englishSingular(plural)).toBe(singular);
  });

  it("leaves regular plurals to Snowball", () => {
    for (const word of ["cities", "ministers", "uses", "the", "of"]) expect(englishSingular(word)).toBe(word);
  });
});
