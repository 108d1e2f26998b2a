import { describe, expect, it } from "vitest";
import { instantFromWallTime, wallTimeOf } from "./newsroom-wall-time.ts";

describe("wall times in the newsroom's zone", () => {
  it("reads a datetime-local value in the zone, not in UTC or the server's zone", () => {
    expect(instantFromWallTime("2026-12-07T18:30", "Asia/Qatar")?.toISOString()).toBe(
      "2026-12-07T15:30:00.000Z",
    );
    expect(instantFromWallTime("2026-12-07T18:30", "UTC")?.toISOString()).toBe("2026-12-07T18:30:00.000Z");
  });

  it("follows summer time in zones that have it", () => {
    expect(instantFromWallTime("2026-07-01T12:00", "Europe/Madrid")?.toISOString()).toBe(
      "2026-07-01T10:00:00.000Z",
    );
    expect(instantFromWallTime("2026-01-15T12:00", "Europe/Madrid")?.toISOString()).toBe(
      "2026-01-15T11:00:00.000Z",
    );
  });

  it("refuses text that is no date and time", () => {
    for (const value of ["", "tomorrow", "2026-02-31T10:00", "2026-13-01T10:00", "2026-12-07T24:00"]) {
      expect(instantFromWallTime(value, "UTC")).toBeNull();
    }
  });

  it("gives back the wall time the field shows, round trip included", () => {
    const instant = new Date("2026-12-07T15:30:00.000Z");
    expect(wallTimeOf(instant, "Asia/Qatar")).toBe("2026-12-07T18:30");
    expect(wallTimeOf(instant, "America/Mexico_City")).toBe("2026-12-07T09:30");
    expect(instantFromWallTime(wallTimeOf(instant, "Europe/Madrid"), "Europe/Madrid")).toEqual(instant);
  });
});
