import { normalizeForSearch } from "@sahifa/domain/arabic";
import { describe, expect, it } from "vitest";
import { memoryBands } from "./memory-bands.ts";

function shared(a: string, b: string, locale: "en" | "ar" | "es" = "en"): number {
  const first = new Set(memoryBands(normalizeForSearch(a, locale)));
  return memoryBands(normalizeForSearch(b, locale)).filter((band) => first.has(band)).length;
}

describe("memoryBands", () => {
  it("gives the same text the same bands, and an edited sentence at least one of them", () => {
    const text = "The harbour authority opened the new quay for the fishing fleet on Monday morning.";
    expect(memoryBands(normalizeForSearch(text, "en"))).toHaveLength(14);
    expect(shared(text, text)).toBe(14);
    expect(
      shared(text, "The harbour authority opened the new quay for the fishing fleet on Tuesday morning."),
    ).toBeGreaterThan(0);
    expect(
      shared(
        "La autoridad portuaria abrió el nuevo muelle para la flota pesquera el lunes.",
        "La autoridad portuaria abrió el nuevo muelle para la flota pesquera el martes.",
        "es",
      ),
    ).toBeGreaterThan(0);
    expect(
      shared(
        "افتتحت سلطة الميناء الرصيف الجديد لأسطول الصيد يوم الاثنين",
        "افتتحت سلطة الميناء الرصيف الجديد لاسطول الصيد يوم الثلاثاء",
        "ar",
      ),
    ).toBeGreaterThan(0);
  });

  it("keeps unrelated sentences apart, whatever short words they share", () => {
    expect(
      shared(
        "The harbour authority opened the new quay for the fishing fleet on Monday morning.",
        "Voters in the capital chose a new mayor after a long campaign about housing and rents.",
      ),
    ).toBe(0);
    expect(memoryBands("")).toEqual([]);
  });
});
