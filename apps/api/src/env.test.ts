import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_PREVIEW_SECRET, EnvError, readEnv } from "./env.ts";

describe("readEnv", () => {
  it("turns introspection (and GraphiQL with it) off by default in production", () => {
    expect(readEnv({}).GRAPHQL_INTROSPECTION).toBe(true);
    expect(readEnv({ NODE_ENV: "production", PREVIEW_SECRET: "p".repeat(32) }).GRAPHQL_INTROSPECTION).toBe(
      false,
    );
    expect(
      readEnv({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true", PREVIEW_SECRET: "p".repeat(32) })
        .GRAPHQL_INTROSPECTION,
    ).toBe(true);
    expect(readEnv({ GRAPHQL_INTROSPECTION: "0" }).GRAPHQL_INTROSPECTION).toBe(false);
  });

  it("accepts any query unless TRUSTED_DOCUMENTS_ONLY is 1 or true", () => {
    expect(readEnv({}).TRUSTED_DOCUMENTS_ONLY).toBe(false);
    expect(readEnv({ TRUSTED_DOCUMENTS_ONLY: "1" }).TRUSTED_DOCUMENTS_ONLY).toBe(true);
    expect(readEnv({ TRUSTED_DOCUMENTS_ONLY: "true" }).TRUSTED_DOCUMENTS_ONLY).toBe(true);
    expect(readEnv({ TRUSTED_DOCUMENTS_ONLY: "0" }).TRUSTED_DOCUMENTS_ONLY).toBe(false);
    expect(() => readEnv({ TRUSTED_DOCUMENTS_ONLY: "yes" })).toThrow(/TRUSTED_DOCUMENTS_ONLY: must be 1/);
  });

  it("names a bad value and what was expected", () => {
    expect(() => readEnv({ GRAPHQL_INTROSPECTION: "maybe" })).toThrow(EnvError);
    expect(() => readEnv({ TRUSTED_PROXY_HOPS: "many" })).toThrow(/TRUSTED_PROXY_HOPS: must be a number/);
    expect(() => readEnv({ SHUTDOWN_GRACE_MS: "-5" })).toThrow(/SHUTDOWN_GRACE_MS/);
    expect(() => readEnv({ SIGN_IN_ATTEMPTS_PER_CLIENT: "0" })).toThrow(/SIGN_IN_ATTEMPTS_PER_CLIENT/);
  });

  it("makes images in one worker process per core (at most four) unless IMAGE_WORKERS says how many", () => {
    expect(readEnv({}).IMAGE_WORKERS).toBe(Math.min(availableParallelism(), 4));
    expect(readEnv({ IMAGE_WORKERS: "2" }).IMAGE_WORKERS).toBe(2);
    expect(() => readEnv({ IMAGE_WORKERS: "0" })).toThrow(/IMAGE_WORKERS: must be 1 or more/);
    expect(() => readEnv({ IMAGE_WORKERS: "two" })).toThrow(/IMAGE_WORKERS: must be a number of processes/);
  });

  it("believes the X-Forwarded-For of relays on this host unless told which to believe", () => {
    expect(readEnv({}).TRUSTED_PROXIES).toEqual(["loopback"]);
    expect(readEnv({ TRUSTED_PROXIES: "none" }).TRUSTED_PROXIES).toEqual([]);
    expect(readEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.4" }).TRUSTED_PROXIES).toEqual([
      "10.0.0.0/8",
      "192.0.2.4",
    ]);
    expect(() => readEnv({ TRUSTED_PROXIES: "the desk" })).toThrow(/TRUSTED_PROXIES/);
  });

  it("gives each client address 20 sign-in attempts unless told otherwise", () => {
    expect(readEnv({}).SIGN_IN_ATTEMPTS_PER_CLIENT).toBe(20);
    expect(readEnv({ SIGN_IN_ATTEMPTS_PER_CLIENT: "200" }).SIGN_IN_ATTEMPTS_PER_CLIENT).toBe(200);
  });
});

describe("readEnv: PREVIEW_SECRET", () => {
  it("defaults to the fixed development secret outside production, so dev instances agree", () => {
    expect(readEnv({}).PREVIEW_SECRET).toBe(DEVELOPMENT_PREVIEW_SECRET);
    expect(readEnv({ NODE_ENV: "test" }).PREVIEW_SECRET).toBe(DEVELOPMENT_PREVIEW_SECRET);
  });

  it("is required in production and must be long enough", () => {
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(
      /PREVIEW_SECRET: is required when NODE_ENV=production/,
    );
    expect(() => readEnv({ PREVIEW_SECRET: "short" })).toThrow(EnvError);
    const secret = "f".repeat(64);
    expect(readEnv({ NODE_ENV: "production", PREVIEW_SECRET: secret }).PREVIEW_SECRET).toBe(secret);
  });
});

describe("readEnv: distribution settings", () => {
  it("defaults the public origin to the local reader app and purges nothing", () => {
    const env = readEnv({});
    expect(env.PUBLIC_ORIGIN).toBe("http://localhost:3000");
    expect(env.VARNISH_PURGE_URLS).toEqual([]);
  });

  it("reads a list of Varnish URLs and a public origin", () => {
    const env = readEnv({
      PUBLIC_ORIGIN: "https://news.example",
      VARNISH_PURGE_URLS: " http://10.0.0.5:8080, http://10.0.0.6:8080 ",
    });
    expect(env.PUBLIC_ORIGIN).toBe("https://news.example");
    expect(env.VARNISH_PURGE_URLS).toEqual(["http://10.0.0.5:8080", "http://10.0.0.6:8080"]);
  });

  it("names each bad value with what was expected", () => {
    expect(() => readEnv({ PUBLIC_ORIGIN: "news.example/path" })).toThrow(EnvError);
    expect(() => readEnv({ PUBLIC_ORIGIN: "https://news.example/en" })).toThrow(
      /PUBLIC_ORIGIN: must be an origin/,
    );
    expect(() => readEnv({ VARNISH_PURGE_URLS: "varnish:8080" })).toThrow(
      /VARNISH_PURGE_URLS: must be a comma-separated/,
    );
  });
});
