import { describe, expect, it } from "vitest";
import { fromServer, serverOnly, serverOnlyUnless, unwrapLoaderData } from "./server-only.ts";

describe("server-only loader data", () => {
  const page = {
    title: "ميناء الدار البيضاء يفتتح محطة ثالثة",
    alternates: { en: "/en/news/economy/1006/x" },
  };

  it("gives the server's render the very data the loader returned", () => {
    expect(fromServer(serverOnly(page))).toBe(page);
    expect(unwrapLoaderData(serverOnly(page))).toBe(page);
  });

  it("shows no field to a serialiser that walks an object's keys, as React Router's does", () => {
    const wrapped = serverOnly(page);
    expect(Object.keys(wrapped)).toEqual([]);
    expect(JSON.stringify(wrapped)).toBe("{}");
  });

  it("reads what arrives without the data (an error page, or the browser) as absent", () => {
    expect(fromServer(undefined)).toBeUndefined();
    expect(fromServer(JSON.parse(JSON.stringify(serverOnly(page))))).toBeUndefined();
    expect(unwrapLoaderData({ locale: "ar" })).toEqual({ locale: "ar" });
    expect(unwrapLoaderData(null)).toBeNull();
  });

  it("sends the data as it is where the page is hydrated (the desk)", () => {
    expect(serverOnlyUnless(true, page)).toBe(page);
    expect(Object.keys(serverOnlyUnless(false, page))).toEqual([]);
    expect(unwrapLoaderData(serverOnlyUnless(false, page))).toBe(page);
  });
});
