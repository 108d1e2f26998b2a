import { describe, expect, it } from "vitest";
import { deskUrls, safeNext } from "./desk-urls.ts";

describe("safeNext", () => {
  it("follows paths inside the desk of the same UI language", () => {
    expect(safeNext("es", "/es/articles/4/es")).toBe("/es/articles/4/es");
    expect(safeNext("es", "/es?status=draft")).toBe("/es?status=draft");
    expect(safeNext("es", "/es")).toBe("/es");
  });

  it("refuses other sites, other UI languages and look-alike paths", () => {
    expect(safeNext("es", "https://evil.example/es")).toBe("/es");
    expect(safeNext("es", "//evil.example")).toBe("/es");
    expect(safeNext("es", "/es\\evil.example")).toBe("/es");
    expect(safeNext("es", "/en/articles/4/es")).toBe("/es");
    expect(safeNext("es", "/español")).toBe("/es");
    expect(safeNext("es", null)).toBe("/es");
  });

  it("encodes the return path of the sign-in page", () => {
    expect(deskUrls.signIn("ar", "/ar?status=draft&page=2")).toBe(
      "/ar/sign-in?next=%2Far%3Fstatus%3Ddraft%26page%3D2",
    );
  });
});
