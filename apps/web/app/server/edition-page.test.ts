import { describe, expect, it } from "vitest";
import { utf8 } from "./edition-page.ts";

describe("utf8", () => {
  it("encodes a page's text to the same bytes as Node's encoder, whatever its characters", () => {
    for (const text of [
      "",
      "<!DOCTYPE html><p>plain ASCII</p>",
      '<a hreflang="ar">العربية</a> · <a hreflang="es">Español</a>',
      "东京 — 3 bytes a unit, 🗞️ 4 bytes a pair",
      "a lone surrogate \ud800 becomes U+FFFD",
    ]) {
      const bytes = utf8(text);
      expect(Buffer.from(bytes)).toEqual(Buffer.from(text, "utf8"));
      expect(bytes.byteLength).toBe(Buffer.byteLength(text));
    }
  });
});
