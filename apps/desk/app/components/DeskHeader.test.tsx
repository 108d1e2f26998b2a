import { describe, expect, it } from "vitest";
import { renderDesk } from "../testing/render.tsx";
import { DeskHeader } from "./DeskHeader.tsx";

const navLinks = (html: string) =>
  [...html.matchAll(/<a href="(\/es(?:[/?][^"]*)?)"/g)].map((match) => match[1]);

describe("DeskHeader", () => {
  it("offers a translator the queue and the media library: breaking news and live updates are editors' work", () => {
    const html = renderDesk(
      "es",
      <DeskHeader ui="es" path="" user={{ displayName: "Lucía", role: "translator", locales: ["es"] }} />,
    );
    expect(navLinks(html)).toEqual(["/es", "/es/media"]);
  });

  it("offers an editor a new article, breaking news and live updates", () => {
    const html = renderDesk(
      "es",
      <DeskHeader ui="es" path="" user={{ displayName: "Marta", role: "editor", locales: ["es"] }} />,
    );
    expect(navLinks(html)).toEqual([
      "/es",
      "/es/articles/new",
      "/es/breaking",
      "/es/live",
      "/es/media",
      "/es/taxonomy",
      "/es/authors",
    ]);
    expect(html).toContain("(Edición: Español)");
  });

  it("names an admin's role without an empty list of languages", () => {
    const html = renderDesk(
      "en",
      <DeskHeader ui="en" path="" user={{ displayName: "Sam", role: "admin", locales: [] }} />,
    );
    expect(html).not.toMatch(/: ?\)/);
    expect(html).toMatch(/\(Administrator\)/);
  });
});
