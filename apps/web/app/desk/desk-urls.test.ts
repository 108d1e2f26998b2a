import { describe, expect, it } from "vitest";
import { deskUrls, isDeskPath, safeNext } from "./desk-urls.ts";

describe("safeNext", () => {
  it("follows paths inside the desk of the same UI language", () => {
    expect(safeNext("es", "/es/desk/articles/4/es")).toBe("/es/desk/articles/4/es");
  });

  it("refuses other sites and pages outside the desk", () => {
    expect(safeNext("es", "https://evil.example/es/desk")).toBe("/es/desk");
    expect(safeNext("es", "//evil.example")).toBe("/es/desk");
    expect(safeNext("es", "/es/politics")).toBe("/es/desk");
    expect(safeNext("es", null)).toBe("/es/desk");
  });

  it("encodes the return path of the sign-in page", () => {
    expect(deskUrls.signIn("ar", "/ar/desk?status=draft&page=2")).toBe(
      "/ar/desk/sign-in?next=%2Far%2Fdesk%3Fstatus%3Ddraft%26page%3D2",
    );
  });
});

describe("isDeskPath", () => {
  it("knows every desk page, in every UI language", () => {
    expect(isDeskPath(deskUrls.queue("ar"))).toBe(true);
    expect(isDeskPath(deskUrls.signIn("es", "/es/desk/live"))).toBe(true);
    expect(isDeskPath(deskUrls.editor("en", 1006, "ar"))).toBe(true);
  });

  it("leaves reader pages, even ones whose slug starts with desk, to the server", () => {
    expect(isDeskPath("/en")).toBe(false);
    expect(isDeskPath("/en/news/economy/1006/desk-jobs-return")).toBe(false);
    expect(isDeskPath("/ar/desktop")).toBe(false);
    expect(isDeskPath("/en/tag/desk")).toBe(false);
  });
});
