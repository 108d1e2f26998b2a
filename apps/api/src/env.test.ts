import { describe, expect, it } from "vitest";
import { EnvError, readEnv } from "./env.ts";

describe("readEnv", () => {
  it("turns introspection (and GraphiQL with it) off by default in production", () => {
    expect(readEnv({}).GRAPHQL_INTROSPECTION).toBe(true);
    expect(readEnv({ NODE_ENV: "production" }).GRAPHQL_INTROSPECTION).toBe(false);
    expect(readEnv({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).GRAPHQL_INTROSPECTION).toBe(
      true,
    );
    expect(readEnv({ GRAPHQL_INTROSPECTION: "0" }).GRAPHQL_INTROSPECTION).toBe(false);
  });

  it("names a bad value and what was expected", () => {
    expect(() => readEnv({ GRAPHQL_INTROSPECTION: "maybe" })).toThrow(EnvError);
    expect(() => readEnv({ TRUSTED_PROXY_HOPS: "many" })).toThrow(/TRUSTED_PROXY_HOPS: must be a number/);
    expect(() => readEnv({ SHUTDOWN_GRACE_MS: "-5" })).toThrow(/SHUTDOWN_GRACE_MS/);
  });
});
