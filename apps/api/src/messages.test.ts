import { describe, expect, it } from "vitest";
import { apiMessage } from "./messages.ts";

describe("apiMessage", () => {
  it("answers in the request's edition, with the locale's plural form", () => {
    expect(apiMessage("en", "nulCharacter")).toMatch(/U\+0000/);
    expect(apiMessage("es", "signInLocked", { count: 15 })).toMatch(/unos 15 minutos/);
    expect(apiMessage("ar", "signInLocked", { count: 2 })).toMatch(/دقيقتين/);
    expect(apiMessage("ar", "signInLocked", { count: 15 })).toMatch(/١٥|15/);
  });
});
