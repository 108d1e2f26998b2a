import { describe, expect, it } from "vitest";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { SignInForm } from "./SignInForm.tsx";

describe("SignInForm", () => {
  it("is a plain POST form with email and password, so it works without JavaScript", () => {
    const html = renderDesk("es", <SignInForm next="/es/articles/3/es" />, "/es/sign-in");
    expect(tagsWith(html, "<form")[0]).toContain('method="post"');
    expect(tagsWith(html, 'name="email"')[0]).toContain('type="email"');
    expect(tagsWith(html, 'name="password"')[0]).toContain('type="password"');
    expect(tagsWith(html, 'name="next"')[0]).toContain('value="/es/articles/3/es"');
    expect(html).toContain("Iniciar sesión");
  });

  it("says what went wrong, in the desk's language", () => {
    expect(renderDesk("en", <SignInForm problem={{ kind: "wrongCredentials" }} />)).toContain(
      "Wrong email or password.",
    );
    expect(renderDesk("ar", <SignInForm problem={{ kind: "tooManyAttempts", minutes: 5 }} />, "/ar")).toMatch(
      /5/,
    );
  });
});
