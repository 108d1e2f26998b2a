import { describe, expect, it } from "vitest";
import { renderDesk } from "../testing/render.tsx";
import { AltTextWarning } from "./publishing.tsx";

describe("the publishing page's alt-text warning", () => {
  it("says in the desk's language that the lead image lacks alt text in the edition, and links to it", () => {
    const publishing = { leadWithoutAlt: 9, otherImagesWithoutAlt: [4, 5] };
    const arabic = renderDesk("ar", <AltTextWarning ui="ar" edition="es" publishing={publishing} />);
    expect(arabic).toContain("لا نص بديلاً للصورة الرئيسية في Español");
    expect(arabic).toContain('href="/ar/media/9"');
    expect(arabic).toContain("صورتان أخريان");
    const spanish = renderDesk("es", <AltTextWarning ui="es" edition="ar" publishing={publishing} />);
    expect(spanish).toContain("La imagen principal no tiene texto alternativo en العربية");
    expect(spanish).toContain("2 imágenes más");
    // A warning, not a refusal.
    expect(spanish).toContain('role="status"');
  });

  it("says nothing when every image has its alt text", () => {
    const html = renderDesk(
      "en",
      <AltTextWarning
        ui="en"
        edition="en"
        publishing={{ leadWithoutAlt: null, otherImagesWithoutAlt: [] }}
      />,
    );
    expect(html).not.toContain("alt-warning");
  });
});
