import type { Locale } from "@sahifa/domain/locales";
import { formatTimeZoneName } from "@sahifa/i18n/format";
import type { NewsroomZone } from "./components/SchedulePanel.tsx";
import { env } from "./env.server.ts";

/** The newsroom's zone (NEWSROOM_TIME_ZONE, read once at start-up) named in the desk's language. */
export function newsroomZone(ui: Locale, now = new Date()): NewsroomZone {
  return { id: env.NEWSROOM_TIME_ZONE, name: formatTimeZoneName(now, ui, env.NEWSROOM_TIME_ZONE) };
}
