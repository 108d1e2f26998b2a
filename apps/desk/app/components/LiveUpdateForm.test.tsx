import { describe, expect, it } from "vitest";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { LiveUpdateForm } from "./LiveUpdateForm.tsx";

const story = { articleId: 1066, locale: "ar" as const };

describe("LiveUpdateForm", () => {
  it("is a plain post form for one story, written in the story's language and direction", () => {
    const html = renderDesk("en", <LiveUpdateForm ui="en" story={story} problem={null} values={null} />);
    expect(tagsWith(html, "<form")[0]).toContain('method="post"');
    expect(tagsWith(html, 'name="articleId"')[0]).toContain('value="1066"');
    expect(tagsWith(html, 'name="locale"')[0]).toContain('value="ar"');
    const body = tagsWith(html, 'name="body"')[0];
    expect(body).toContain('lang="ar"');
    expect(body).toContain('dir="rtl"');
    expect(body).toContain("required");
    expect(body).toContain('maxLength="5000"');
    expect(tagsWith(html, 'name="title"')[0]).not.toContain("required");
    expect(html).not.toContain('role="alert"');
  });

  it("words the typed refusals in the desk's language and keeps the text that was sent", () => {
    const values = { title: "الميناء", body: " " };
    const empty = renderDesk(
      "ar",
      <LiveUpdateForm
        ui="ar"
        story={story}
        problem={{ kind: "invalid", field: "body", message: "The update has no text." }}
        values={values}
      />,
    );
    expect(empty).toContain("حقل «النص» مطلوب.");
    expect(empty).toContain('value="الميناء"');
    expect(tagsWith(empty, 'name="body"')[0]).toContain('aria-invalid="true"');

    const long = renderDesk(
      "es",
      <LiveUpdateForm
        ui="es"
        story={story}
        problem={{ kind: "invalid", field: "title", message: "Keep a title under 200 characters." }}
        values={{ title: "ع".repeat(201), body: "نص" }}
      />,
    );
    expect(long).toContain("El campo «Título» es demasiado largo: como máximo 200 caracteres.");

    const forbidden = renderDesk(
      "es",
      <LiveUpdateForm ui="es" story={story} problem={{ kind: "forbidden" }} values={values} />,
    );
    expect(forbidden).toContain("No puedes publicar actualizaciones en esta edición.");
    const gone = renderDesk(
      "en",
      <LiveUpdateForm ui="en" story={story} problem={{ kind: "notFound" }} values={values} />,
    );
    expect(gone).toContain("no longer live in this edition");
  });

  it("sends an ended session to sign in and back to this story", () => {
    const html = renderDesk(
      "en",
      <LiveUpdateForm
        ui="en"
        story={story}
        problem={{ kind: "sessionExpired" }}
        values={{ title: "", body: "x" }}
      />,
    );
    expect(html).toContain("Your session has expired.");
    expect(html).toContain(
      `href="/en/sign-in?next=${encodeURIComponent("/en/live?article=1066&edition=ar")}"`.replace(
        /&/g,
        "&amp;",
      ),
    );
  });
});
