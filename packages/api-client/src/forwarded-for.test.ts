import { describe, expect, it } from "vitest";
import { forwardedFor } from "./forwarded-for.ts";

describe("forwardedFor", () => {
  it("appends the connected address to what the request carried", () => {
    expect(forwardedFor(null, "203.0.113.9")).toEqual({ "x-forwarded-for": "203.0.113.9" });
    expect(forwardedFor("198.51.100.4", "127.0.0.1")).toEqual({
      "x-forwarded-for": "198.51.100.4, 127.0.0.1",
    });
  });

  it("sends nothing when there is nothing to tell", () => {
    expect(forwardedFor(undefined, undefined)).toEqual({});
    expect(forwardedFor("  ", undefined)).toEqual({});
  });
});
