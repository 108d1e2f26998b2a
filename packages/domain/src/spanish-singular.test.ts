import { describe, expect, it } from "vitest";
import { spanishSingular } from "./spanish-singular.ts";

describe("spanishSingular", () => {
  it.each([
    ["ciudades", "ciudad"],
    ["mujeres", "mujer"],
    ["naciones", "nacion"],
    ["leyes", "ley"],
    ["jovenes", "joven"],
    ["luces", "luc"],
    ["luz", "luc"],
    ["veces", "vec"],
    ["paises", "pais"],
    ["meses", "mes"],
  ])("%s → %s", (plural, singular) => {
    expect(spanishSingular(plural)).toBe(singular);
  });

  it("leaves vowel plurals, short words and stop words to Snowball", () => {
    for (const word of ["casas", "ninos", "mes", "tres", "antes", "tienes", "quienes", "de", "la"]) {
      expect(spanishSingular(word)).toBe(word);
    }
  });
});
