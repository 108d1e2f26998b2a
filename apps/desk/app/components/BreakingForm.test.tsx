import { BREAKING_LIMITS } from "@sahifa/domain/live-limits";
import type { Locale } from "@sahifa/domain/locales";
import { describe, expect, it } from "vitest";
import type { PostRefusal } from "../editor/post-refusal.ts";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { BreakingForm, BreakingList } from "./BreakingForm.tsx";

describe("BreakingForm", () => {
  it("posts to the editions the user may post to, with the text in the edition's language", () => {
    const html = renderDesk(
      "en",
      <BreakingForm
        editions={["ar", "es"]}
        edition="ar"
        problem={null}
        values={null}
        zone={{ id: "Asia/Qatar", name: "Qatar Time" }}
        defaultExpiry="2026-12-07T23:30"
      />,
    );
    expect(tagsWith(html, "<form")[0]).toContain('method="post"');
    expect(tagsWith(html, "<option").map((tag) => /value="(\w+)"/.exec(tag)?.[1])).toEqual(["ar", "es"]);
    expect(tagsWith(html, 'name="text"')[0]).toContain('lang="ar"');
    expect(tagsWith(html, 'name="text"')[0]).toContain(`maxLength="${BREAKING_LIMITS.text}"`);
    expect(tagsWith(html, 'name="expiresAt"')[0]).toContain('type="datetime-local"');
    // The expiry starts at the default it was given and names the newsroom's zone it is read in.
    expect(tagsWith(html, 'name="expiresAt"')[0]).toContain('value="2026-12-07T23:30"');
    expect(html).toContain("Expires at (Qatar Time)");
    expect(html).not.toContain('role="alert"');
  });

  const typed = {
    locale: "es",
    text: "Corte de luz en el centro de Valencia",
    attribution: "Iberdrola",
    url: "ftp://example.org/aviso",
    expiresAt: "2026-11-25T18:00",
  };
  const refused = (ui: Locale, field: string, values = typed) =>
    renderDesk(
      ui,
      <BreakingForm
        editions={["ar", "es"]}
        edition="ar"
        problem={{ kind: "invalid", field, message: "The API's English reason." }}
        values={values}
        zone={{ id: "UTC", name: "UTC" }}
        defaultExpiry="2026-11-25T12:00"
      />,
    );

  it("words a refused field in the desk's language, whatever the API said", () => {
    expect(refused("ar", "url")).toContain("يجب أن تبدأ الروابط بـ https:// أو http:// أو /.");
    expect(refused("es", "expiresAt")).toContain(
      "La caducidad debe ser futura y como máximo dentro de 7 días.",
    );
    expect(refused("en", "expiresAt", { ...typed, expiresAt: "" })).toContain("Expires at is required.");
    expect(refused("es", "text", { ...typed, text: "x".repeat(BREAKING_LIMITS.text + 1) })).toContain(
      `El campo «Texto» es demasiado largo: como máximo ${BREAKING_LIMITS.text} caracteres.`,
    );
    expect(refused("ar", "text", { ...typed, text: "  " })).toContain("حقل «النص» مطلوب.");
    expect(refused("en", "attribution", { ...typed, attribution: "a".repeat(121) })).toContain(
      `Attribution is too long: at most ${BREAKING_LIMITS.attribution} characters.`,
    );
    for (const ui of ["en", "ar", "es"] as const)
      expect(refused(ui, "url"), ui).not.toContain("The API's English reason.");
  });

  it("keeps what was typed, in the edition that was chosen, and marks the refused field", () => {
    const html = refused("ar", "url");
    expect(tagsWith(html, 'name="text"')[0]).toContain('lang="es"');
    expect(html).toContain(">Corte de luz en el centro de Valencia</textarea>");
    expect(tagsWith(html, 'name="attribution"')[0]).toContain('value="Iberdrola"');
    expect(tagsWith(html, 'name="url"')[0]).toContain('value="ftp://example.org/aviso"');
    expect(tagsWith(html, 'name="url"')[0]).toContain('aria-invalid="true"');
    expect(tagsWith(html, 'name="text"')[0]).not.toContain("aria-invalid");
    expect(tagsWith(html, 'name="expiresAt"')[0]).toContain('value="2026-11-25T18:00"');
    expect(tagsWith(html, 'value="es"')[0]).toContain("selected");
  });

  it("words the refusals that are not about a field", () => {
    const form = (ui: Locale, problem: PostRefusal) =>
      renderDesk(
        ui,
        <BreakingForm
          editions={["es"]}
          edition="es"
          problem={problem}
          values={null}
          zone={{ id: "UTC", name: "UTC" }}
          defaultExpiry="2026-11-25T12:00"
        />,
      );
    expect(form("es", { kind: "forbidden" })).toContain(
      "No puedes publicar noticias de última hora en esta edición.",
    );
    expect(form("ar", { kind: "notFound" })).toContain("لم يعد هذا الخبر في شريط الأخبار العاجلة.");
    expect(form("en", { kind: "sessionExpired" })).toContain("Your session has expired.");
  });
});

describe("BreakingList", () => {
  it("lists items with attribution, isolated from the page's direction", () => {
    const html = renderDesk(
      "ar",
      <BreakingList
        ui="ar"
        timeZone="Asia/Qatar"
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
    expect(html).toContain("توقيت قطر");
    expect(renderDesk("es", <BreakingList ui="es" timeZone="UTC" items={[]} />)).toContain(
      "No hay noticias de última hora",
    );
  });
});
