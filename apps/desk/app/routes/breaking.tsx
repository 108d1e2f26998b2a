import { isLocale, type Locale } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { instantFromWallTime, wallTimeOf } from "@sahifa/i18n/newsroom-wall-time";
import { useTranslation } from "react-i18next";
import { data } from "react-router";
import { expireBreaking, listBreaking, postBreaking } from "../api/desk-api.server.ts";
import { BreakingForm, BreakingList, type BreakingValues } from "../components/BreakingForm.tsx";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { newsroomZone } from "../newsroom-zone.server.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/breaking";

/** A breaking item stays on the ticker six hours unless the editor says otherwise. */
const BREAKING_DEFAULT_TTL_MS = 6 * 60 * 60 * 1000;

/** Editions this user may post breaking news to: their own, all for admins. */
function postableEditions(user: {
  role: "admin" | "editor" | "translator";
  locales: readonly Locale[];
}): Locale[] {
  return (["en", "ar", "es"] as const).filter((locale) => can(user, "postBreaking", locale));
}

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const editions = postableEditions(session.user);
  const asked = url.searchParams.get("edition");
  const edition =
    isLocale(asked) && editions.includes(asked)
      ? asked
      : editions.includes(session.ui)
        ? session.ui
        : editions[0];
  const items = edition ? await listBreaking(session, edition) : [];
  const title = deskI18nFor(session.ui).t("desk:breaking.title");
  const zone = newsroomZone(session.ui);
  const defaultExpiry = wallTimeOf(Date.now() + BREAKING_DEFAULT_TTL_MS, zone.id);
  return data({ ui: session.ui, editions, edition: edition ?? null, items, title, zone, defaultExpiry });
}

export async function action({ params, request, url }: Route.ActionArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const form = await request.formData();
  if (form.get("intent") === "expire") {
    const id = Number(form.get("id"));
    if (!Number.isSafeInteger(id) || id <= 0)
      return { ok: false as const, problem: { kind: "notFound" as const } };
    return expireBreaking(session, id);
  }
  const values: BreakingValues = {
    locale: String(form.get("locale") ?? ""),
    text: String(form.get("text") ?? ""),
    attribution: String(form.get("attribution") ?? ""),
    url: String(form.get("url") ?? ""),
    expiresAt: String(form.get("expiresAt") ?? ""),
  };
  const refused = (field: string, message: string) =>
    ({ ok: false, problem: { kind: "invalid", field, message }, values }) as const;
  if (!isLocale(values.locale)) return refused("locale", "Choose an edition.");
  const expires = instantFromWallTime(values.expiresAt, newsroomZone(session.ui).id);
  if (!expires) return refused("expiresAt", "Choose when it expires.");
  const optional = (value: string) => (value.trim() === "" ? null : value.trim());
  const outcome = await postBreaking(session, {
    locale: values.locale,
    text: values.text.trim(),
    attribution: optional(values.attribution),
    url: optional(values.url),
    expiresAt: expires.toISOString(),
  });
  return outcome.ok ? outcome : { ...outcome, values };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

export default function Breaking({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("desk");
  const { ui, editions, edition, items, zone, defaultExpiry } = loaderData;
  if (!edition) return <p className="desk-empty">{t("forbidden")}</p>;
  return (
    <section aria-labelledby="breaking-title">
      <h1 id="breaking-title">{t("breaking.title")}</h1>
      {actionData?.ok ? (
        <p className="desk-notice" role="status">
          {actionData.done === "posted" ? t("breaking.posted") : t("breaking.expired")}
        </p>
      ) : null}
      <BreakingForm
        editions={editions}
        edition={edition}
        problem={actionData?.ok === false ? actionData.problem : null}
        values={actionData?.ok === false && "values" in actionData ? actionData.values : null}
        zone={zone}
        defaultExpiry={defaultExpiry}
      />
      <BreakingList ui={ui} items={items} timeZone={zone.id} />
    </section>
  );
}
