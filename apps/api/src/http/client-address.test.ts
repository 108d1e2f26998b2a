import { describe, expect, it } from "vitest";
import { clientAddress, proxyTrust, TRUST_NO_PROXY } from "./client-address.ts";

const request = (forwarded?: string) =>
  new Request("http://test/graphql", forwarded ? { headers: { "x-forwarded-for": forwarded } } : {});
const from = (remoteAddress: string) => ({ socket: { remoteAddress } }) as never;

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless proxies are trusted", () => {
    expect(clientAddress(request("203.0.113.9"), undefined, TRUST_NO_PROXY)).toBe("local");
    expect(clientAddress(request("203.0.113.9"), from("198.51.100.7"), TRUST_NO_PROXY)).toBe("198.51.100.7");
  });

  it("takes the entry the trusted proxy wrote, not what the client prepended", () => {
    expect(clientAddress(request("6.6.6.6, 203.0.113.9"), undefined, proxyTrust({ hops: 1 }))).toBe(
      "203.0.113.9",
    );
    expect(clientAddress(request("6.6.6.6, 203.0.113.9, 10.0.0.2"), undefined, proxyTrust({ hops: 2 }))).toBe(
      "203.0.113.9",
    );
    expect(clientAddress(request(), undefined, proxyTrust({ hops: 1 }))).toBe("local");
  });

  it("believes a relay at a trusted address (the reader app, the desk) and no one else", () => {
    const loopback = proxyTrust({ proxies: ["loopback"] });
    expect(clientAddress(request("203.0.113.9"), from("127.0.0.1"), loopback)).toBe("203.0.113.9");
    expect(clientAddress(request("203.0.113.9"), from("::1"), loopback)).toBe("203.0.113.9");
    // A relay behind a second trusted hop (Varnish on loopback in front of the reader app).
    expect(clientAddress(request("203.0.113.9, 127.0.0.1"), from("127.0.0.1"), loopback)).toBe("203.0.113.9");
    // A client that reaches the API directly cannot name another address.
    expect(clientAddress(request("203.0.113.9"), from("198.51.100.7"), loopback)).toBe("198.51.100.7");
    // Nor can it hide behind an address it writes for a trusted relay.
    expect(clientAddress(request("6.6.6.6, 203.0.113.9"), from("127.0.0.1"), loopback)).toBe("203.0.113.9");
  });
});
