import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.ts";

const request = (forwarded?: string) =>
  new Request("http://test/graphql", forwarded ? { headers: { "x-forwarded-for": forwarded } } : {});

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless proxies are trusted", () => {
    expect(clientAddress(request("203.0.113.9"), undefined, 0)).toBe("local");
  });

  it("takes the entry the trusted proxy wrote, not what the client prepended", () => {
    expect(clientAddress(request("6.6.6.6, 203.0.113.9"), undefined, 1)).toBe("203.0.113.9");
    expect(clientAddress(request("6.6.6.6, 203.0.113.9, 10.0.0.2"), undefined, 2)).toBe("203.0.113.9");
    expect(clientAddress(request(), undefined, 1)).toBe("local");
  });
});
