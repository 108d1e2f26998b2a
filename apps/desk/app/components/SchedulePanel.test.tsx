import { describe, expect, it } from "vitest";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { SchedulePanel } from "./SchedulePanel.tsx";

const QATAR = { id: "Asia/Qatar", name: "توقيت قطر" };

describe("SchedulePanel", () => {
  it("names the newsroom's zone on the field and shows the scheduled time in it", () => {
    const html = renderDesk(
      "ar",
      <SchedulePanel
        ui="ar"
        zone={QATAR}
        scheduledAt="2026-12-07T15:30:00.000Z"
        canPublishNow
        headRevisionId={41}
        minimum="2026-12-07T13:00"
        problem={null}
        typed={null}
      />,
    );
    expect(html).toContain("انشر في (توقيت قطر)");
    expect(tagsWith(html, 'name="publishAt"')[0]).toContain('min="2026-12-07T13:00"');
    expect(html).toContain("مجدولة للنشر في");
    expect(tagsWith(html, 'data-testid="unschedule"')).toHaveLength(1);
    // Publish now names the revision on screen, so one saved meanwhile is not published unseen.
    expect(tagsWith(html, 'name="headRevisionId"')[0]).toContain('value="41"');
    expect(tagsWith(html, 'data-testid="schedule"').length).toBe(1);
    expect(html).toContain("انقل إلى هذا الوقت");
  });

  it("words a past time in the desk's language with the time as typed, and keeps it in the field", () => {
    const html = renderDesk(
      "es",
      <SchedulePanel
        ui="es"
        zone={{ id: "Europe/Madrid", name: "CET" }}
        scheduledAt={null}
        canPublishNow={false}
        headRevisionId={41}
        minimum="2026-12-07T13:00"
        problem={{ kind: "invalid", field: "publishAt", message: "" }}
        typed="2026-12-07T09:00"
      />,
    );
    expect(html).toContain("ya pasó. Elija una hora posterior o publique ahora.");
    expect(html).toContain("9:00");
    expect(tagsWith(html, 'name="publishAt"')[0]).toContain('value="2026-12-07T09:00"');
    expect(tagsWith(html, 'name="publishAt"')[0]).toContain('aria-invalid="true"');
    expect(tagsWith(html, 'data-testid="publish-now"')).toHaveLength(0);
    expect(tagsWith(html, 'data-testid="unschedule"')).toHaveLength(0);
  });
});
