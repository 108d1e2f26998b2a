import { describe, expect, it } from "vitest";
import { DeskHeader } from "./DeskHeader.tsx";
import { renderDesk } from "./testing.tsx";

const navLinks = (html: string) =>
  [...html.matchAll(/<a href="(\/es\/desk[^"]*)"/g)].map((match) => match[1]);

describe("DeskHeader", () => {
  it("offers a translator the queue only: breaking news and live updates are editors' work", () => {
    const html = renderDesk(
      "es",
      <DeskHeader
        ui="es"
        path="/desk"
        user={{ displayName: "Lucía", role: "translator", locales: ["es"] }}
      />,
    );
    expect(navLinks(html)).toEqual(["/es/desk"]);
  });

  it("offers an editor breaking news and live updates", () => {
    const html = renderDesk(
      "es",
      <DeskHeader ui="es" path="/desk" user={{ displayName: "Marta", role: "editor", locales: ["es"] }} />,
    );
    expect(navLinks(html)).toEqual(["/es/desk", "/es/desk/breaking", "/es/desk/live"]);
    expect(html).toContain("(Edición: Español)");
  });

  it("names an admin's role without an empty list of languages", () => {
    const html = renderDesk(
      "en",
      <DeskHeader ui="en" path="/desk" user={{ displayName: "Sam", role: "admin", locales: [] }} />,
    );
    expect(html).not.toMatch(/: ?\)/);
    expect(html).toMatch(/\(Administrator\)/);
  });
});
