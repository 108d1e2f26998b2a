import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./connection-errors.ts";

describe("isDatabaseUnavailable", () => {
  it("recognises a dropped or refused connection, a shutdown and a pool timeout", () => {
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(
      isDatabaseUnavailable(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })])),
    ).toBe(true);
    expect(isDatabaseUnavailable({ originalError: new Error("Connection terminated") })).toBe(false);
    const wrapped = Object.assign(new Error("Unexpected error."), {
      originalError: new Error("Connection terminated due to connection timeout"),
    });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it("leaves query errors alone", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("syntax"), { code: "42601" }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("invalid byte sequence"))).toBe(false);
    expect(isDatabaseUnavailable("Connection terminated")).toBe(false);
  });
});
