import { describe, expect, it } from "vitest";
import { loader } from "./home.tsx";

function run(acceptLanguage?: string) {
  const headers: Record<string, string> = acceptLanguage ? { "accept-language": acceptLanguage } : {};
  const request = new Request("https://sahifa.example/", { headers });
  return loader({ request, params: {}, context: {} } as unknown as Parameters<typeof loader>[0]);
}

describe("/", () => {
  it("redirects to the best edition for Accept-Language with 302 and Vary", () => {
    const response = run("fr-FR,ar;q=0.8,en;q=0.5");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/ar");
    expect(response.headers.get("vary")).toBe("Accept-Language");
  });

  it("falls back to English", () => {
    expect(run().headers.get("location")).toBe("/en");
    expect(run("de").headers.get("location")).toBe("/en");
  });
});
