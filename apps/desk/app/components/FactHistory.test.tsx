import { describe, expect, it } from "vitest";
import { renderDesk } from "../testing/render.tsx";
import { FactHistory } from "./FactHistory.tsx";

describe("FactHistory", () => {
  it("lists who changed which fact, before and after, in the desk's words", () => {
    const html = renderDesk(
      "es",
      <FactHistory
        ui="es"
        labelOf={(field, value) => (field === "regionSlug" && value === "europe" ? "Europa" : value)}
        history={[
          {
            id: "2",
            changedAt: "2026-12-07T05:30:00.000Z",
            changedBy: "Marta",
            changes: [{ field: "regionSlug", before: [], after: ["europe"] }],
          },
          {
            id: "1",
            changedAt: "2026-12-07T05:00:00.000Z",
            changedBy: null,
            changes: [{ field: "tagSlugs", before: [], after: ["elections", "harbour"] }],
          },
        ]}
      />,
      "/es",
    );
    expect(html).toContain("Región: de Ninguno a Europa");
    expect(html).toContain("Etiquetas: de Ninguno a elections, harbour");
    expect(html).toMatch(/Marta, el /);
    expect(html).toMatch(/Alguien, el /);
    expect(html.indexOf("Marta")).toBeLessThan(html.indexOf("Alguien"));
  });

  it("says when nothing was recorded", () => {
    expect(renderDesk("en", <FactHistory ui="en" history={[]} />, "/en")).toContain("No changes recorded.");
  });
});
