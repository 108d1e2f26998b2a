import { TZDate } from "@date-fns/tz";

/**
 * A time as the desk's `<input type="datetime-local">` shows and sends it ("2026-12-07T18:30"),
 * read in the newsroom's zone (NEWSROOM_TIME_ZONE). The input carries no zone of its own, so
 * the page names the zone beside it and these two functions are the only place the wall time
 * meets an instant; the zone rules (summer time) are @date-fns/tz's.
 */

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** The instant a wall time in `timeZone` names; null when the text is not a real date and time. */
export function instantFromWallTime(value: string, timeZone: string): Date | null {
  const match = WALL_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || hours > 23 || minutes > 59 || seconds > 59) return null;
  const instant = new TZDate(year, month - 1, day, hours, minutes, seconds, timeZone);
  // 31 February rolls over into March in Date arithmetic: refuse it rather than guess.
  if (instant.getDate() !== day || instant.getMonth() !== month - 1) return null;
  return new Date(instant.getTime());
}

/** An instant as the wall time in `timeZone`, to the minute: the value a datetime-local field takes. */
export function wallTimeOf(instant: Date | string | number, timeZone: string): string {
  const there = new TZDate(new Date(instant).getTime(), timeZone);
  return `${pad(there.getFullYear(), 4)}-${pad(there.getMonth() + 1)}-${pad(there.getDate())}T${pad(
    there.getHours(),
  )}:${pad(there.getMinutes())}`;
}
