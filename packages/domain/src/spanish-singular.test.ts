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
    ["francesa", "franc"],
    ["francesas", "franc"],
    ["frances", "franc"],
    ["alcaldesa", "alcald"],
    ["arboles", "arbol"],
  ])("%s → %s", (plural, singular) => {
    expect(spanishSingular(plural)).toBe(singular);
  });

  it("leaves vowel plurals, short words and stop words to Snowball", () => {
    const kept = ["casas", "ninos", "mes", "mesa", "tres", "antes", "tienes", "quienes", "de", "la"];
    // Singulars in -e that Snowball stems by a suffix only with the e: estudiante, responsable.
    for (const word of [...kept, "estudiantes", "responsables"]) {
      expect(spanishSingular(word)).toBe(word);
    }
  });
});
