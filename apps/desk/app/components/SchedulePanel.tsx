import type { Locale } from "@sahifa/domain/locales";
import { formatNewsroomDateTime } from "@sahifa/i18n/newsroom-time";
import { instantFromWallTime } from "@sahifa/i18n/newsroom-wall-time";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { type PostRefusal, refusalMessage } from "../editor/post-refusal.ts";

/** The newsroom's zone as the page names it: its IANA name and its name in the desk's language. */
export interface NewsroomZone {
  id: string;
  name: string;
}

/** A schedule refusal in the desk's language; `typed` is the wall time that was sent. */
export function scheduleMessage(
  t: TFunction<"newsroom">,
  tDesk: TFunction<"desk">,
  problem: PostRefusal,
  context: { ui: Locale; zone: NewsroomZone; typed: string },
): string {
  return refusalMessage(tDesk, problem, {
    forbidden: t("publishing.forbidden"),
    notFound: t("publishing.notFound"),
    invalid: (field, message) => {
      if (field === "publishAt") {
        const instant = instantFromWallTime(context.typed, context.zone.id);
        return instant
          ? t("publishing.pastTime", { time: formatNewsroomDateTime(instant, context.ui, context.zone.id) })
          : t("publishing.unreadableTime");
      }
      if (field === "status") return t("publishing.notAllowed", { status: message });
      return message;
    },
  });
}

/**
 * Publish now, or at a time typed in the newsroom's zone (named beside the field, since a
 * datetime-local field has no zone), move that time, or cancel it. Plain form posts: they
 * work without JavaScript, and a refused time comes back as it was typed.
 */
export function SchedulePanel({
  ui,
  zone,
  scheduledAt,
  canPublishNow,
  headRevisionId,
  minimum,
  problem,
  typed,
}: {
  ui: Locale;
  zone: NewsroomZone;
  scheduledAt: string | null;
  canPublishNow: boolean;
  /** The head revision the page shows: "publish now" publishes that one or nothing. */
  headRevisionId: number;
  /** The wall time now in the newsroom's zone: the earliest the field offers. */
  minimum: string;
  problem: PostRefusal | null;
  typed: string | null;
}) {
  const { t } = useTranslation("newsroom");
  const { t: tDesk } = useTranslation("desk");
  return (
    <section className="desk-schedule" aria-labelledby="schedule-title" data-testid="schedule-panel">
      <h2 id="schedule-title">{t("publishing.title")}</h2>
      <p data-testid="scheduled-at" data-scheduled={scheduledAt ?? ""}>
        {scheduledAt
          ? t("publishing.scheduledFor", { time: formatNewsroomDateTime(scheduledAt, ui, zone.id) })
          : t("publishing.notScheduled")}
      </p>
      {canPublishNow ? (
        <form method="post" className="desk-inline-form">
          <input type="hidden" name="intent" value="publish" />
          <input type="hidden" name="headRevisionId" value={headRevisionId} />
          <button type="submit" className="desk-button" data-testid="publish-now">
            {t("publishing.publishNow")}
          </button>
        </form>
      ) : null}
      <form method="post" className="desk-schedule-form" noValidate>
        <input type="hidden" name="intent" value="schedule" />
        {problem ? (
          <p className="desk-error" role="alert" id="publish-at-error" data-testid="schedule-error">
            {scheduleMessage(t, tDesk, problem, { ui, zone, typed: typed ?? "" })}
          </p>
        ) : null}
        <label>
          {t("publishing.publishAt", { zone: zone.name })}
          <input
            type="datetime-local"
            name="publishAt"
            required
            dir="ltr"
            min={minimum}
            defaultValue={typed ?? ""}
            aria-invalid={problem?.kind === "invalid" ? true : undefined}
            aria-describedby={problem ? "publish-at-error publish-at-hint" : "publish-at-hint"}
          />
          <small id="publish-at-hint">
            {t("publishing.publishAtHint", { zone: `${zone.name} (${zone.id})` })}
          </small>
        </label>
        <button type="submit" className="desk-button" data-testid="schedule">
          {scheduledAt ? t("publishing.reschedule") : t("publishing.schedule")}
        </button>
      </form>
      {scheduledAt ? (
        <form method="post" className="desk-inline-form">
          <input type="hidden" name="intent" value="unschedule" />
          <button type="submit" className="desk-button desk-button-quiet" data-testid="unschedule">
            {t("publishing.unschedule")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
