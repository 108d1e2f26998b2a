import { describe, expect, it } from "vitest";
import { BreakingForm, BreakingList } from "./BreakingForm.tsx";
import { renderDesk, tagsWith } from "./testing.tsx";

describe("BreakingForm", () => {
  it("posts to the editions the user may post to, with the text in the edition's language", () => {
    const html = renderDesk("en", <BreakingForm editions={["ar", "es"]} edition="ar" problem={null} />);
    expect(tagsWith(html, "<form")[0]).toContain('method="post"');
    expect(tagsWith(html, "<option").map((tag) => /value="(\w+)"/.exec(tag)?.[1])).toEqual(["ar", "es"]);
    expect(tagsWith(html, 'name="text"')[0]).toContain('lang="ar"');
    expect(tagsWith(html, 'name="expiresAt"')[0]).toContain('type="datetime-local"');
  });

  it("shows the API's refusal", () => {
    expect(
      renderDesk("en", <BreakingForm editions={["en"]} edition="en" problem="Links must be http(s)." />),
    ).toContain("Links must be http(s).");
  });
});

describe("BreakingList", () => {
  it("lists items with attribution, isolated from the page's direction", () => {
    const html = renderDesk(
      "ar",
      <BreakingList
        ui="ar"
        items={[
          {
            id: 1,
            text: "Flood warning lifted",
            attribution: "Met office",
            url: null,
            expiresAt: "2026-11-25T06:00:00Z",
          },
        ]}
      />,
    );
    expect(html).toContain("<bdi>Flood warning lifted</bdi>");
    expect(html).toContain("<bdi>Met office</bdi>");
    expect(renderDesk("es", <BreakingList ui="es" items={[]} />)).toContain("No hay noticias de última hora");
  });
});
