import { BREAKING_LIMITS } from "@sahifa/domain/live-limits";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { formatNewsroomDateTime } from "@sahifa/i18n/newsroom-time";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { lengthMessage, type PostRefusal, refusalMessage } from "../editor/post-refusal.ts";
import type { NewsroomZone } from "./SchedulePanel.tsx";

export interface BreakingItemView {
  id: number;
  text: string;
  attribution: string | null;
  url: string | null;
  expiresAt: string;
}

/** What the editor typed, sent back with a refusal so nothing is lost (the form works without JavaScript). */
export interface BreakingValues {
  locale: string;
  text: string;
  attribution: string;
  url: string;
  /** As the datetime-local field sent it ("2026-11-25T18:00"), read in the newsroom's zone. */
  expiresAt: string;
}

/** A refusal in the desk's language, worded from the field and what was sent; an unknown reason keeps the API's words. */
export function breakingMessage(t: TFunction<"desk">, problem: PostRefusal, values: BreakingValues): string {
  return refusalMessage(t, problem, {
    forbidden: t("breaking.forbidden"),
    notFound: t("breaking.notFound"),
    invalid: (field, message) => {
      switch (field) {
        case "locale":
          return t("validation.required", { field: t("breaking.edition") });
        case "text":
        case "attribution": {
          const label = t(`breaking.${field}`);
          const limits = { label, value: values[field], max: BREAKING_LIMITS[field] };
          return lengthMessage(t, { ...limits, required: field === "text" }) ?? `${label}: ${message}`;
        }
        case "url":
          return t("validation.invalidLink");
        case "expiresAt":
          return values.expiresAt.trim() === ""
            ? t("validation.required", { field: t("breaking.expiresAt") })
            : t("breaking.expiryRange", { count: BREAKING_LIMITS.maxTtlDays });
        default:
          return message;
      }
    },
  });
}

/**
 * Post breaking news to one edition. The text is written in that edition's language and
 * direction whatever the desk's UI language is. Expiry is a datetime-local field read in
 * the newsroom's zone, which the label names; it starts six hours ahead. A refused post comes
 * back with what was typed.
 */
export function BreakingForm({
  editions,
  edition,
  problem,
  values,
  zone,
  defaultExpiry,
}: {
  editions: readonly Locale[];
  edition: Locale;
  problem: PostRefusal | null;
  values: BreakingValues | null;
  zone: NewsroomZone;
  /** The wall time in the newsroom's zone the expiry field starts at. */
  defaultExpiry: string;
}) {
  const { t } = useTranslation("desk");
  const chosen = editions.find((code) => code === values?.locale) ?? edition;
  const config = LOCALE_CONFIG[chosen];
  const invalid = problem?.kind === "invalid" ? problem.field : null;
  const flag = (field: string) => (invalid === field ? true : undefined);
  return (
    <form method="post" className="desk-breaking-form" aria-labelledby="breaking-new">
      <h2 id="breaking-new">{t("breaking.new")}</h2>
      {problem ? (
        <p className="desk-error" role="alert">
          {breakingMessage(t, problem, values ?? EMPTY_VALUES)}
        </p>
      ) : null}
      <input type="hidden" name="intent" value="post" />
      <label>
        {t("breaking.edition")}
        <select name="locale" defaultValue={chosen} aria-invalid={flag("locale")}>
          {editions.map((code) => (
            <option key={code} value={code}>
              {LOCALE_CONFIG[code].nativeName}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("breaking.text")}
        <textarea
          name="text"
          required
          maxLength={BREAKING_LIMITS.text}
          rows={2}
          dir="auto"
          lang={config.hreflang}
          defaultValue={values?.text ?? ""}
          aria-invalid={flag("text")}
        />
      </label>
      <label>
        {t("breaking.attribution")}
        <input
          type="text"
          name="attribution"
          maxLength={BREAKING_LIMITS.attribution}
          dir="auto"
          defaultValue={values?.attribution ?? ""}
          aria-describedby="attribution-hint"
          aria-invalid={flag("attribution")}
        />
        <small id="attribution-hint">{t("breaking.attributionHint")}</small>
      </label>
      <label>
        {t("breaking.link")}
        <input
          type="url"
          name="url"
          dir="ltr"
          placeholder="https://"
          defaultValue={values?.url ?? ""}
          aria-invalid={flag("url")}
        />
      </label>
      <label>
        {t("breaking.expiresAt")} ({zone.name})
        <input
          type="datetime-local"
          name="expiresAt"
          required
          dir="ltr"
          defaultValue={values?.expiresAt ?? defaultExpiry}
          aria-invalid={flag("expiresAt")}
        />
      </label>
      <button type="submit" className="desk-button">
        {t("breaking.post")}
      </button>
    </form>
  );
}

const EMPTY_VALUES: BreakingValues = { locale: "", text: "", attribution: "", url: "", expiresAt: "" };

/** The edition's items still on the ticker, newest first, each with a button that takes it off now. */
export function BreakingList({
  ui,
  items,
  timeZone,
}: {
  ui: Locale;
  items: readonly BreakingItemView[];
  timeZone: string;
}) {
  // Everyone who sees this page may post to (and so expire in) the edition it lists.
  const { t } = useTranslation("desk");
  if (items.length === 0) return <p className="desk-empty">{t("breaking.empty")}</p>;
  return (
    <ul className="desk-breaking-list" data-testid="breaking-items">
      {items.map((item) => (
        <li key={item.id}>
          <bdi>{item.text}</bdi>
          {item.attribution ? (
            <>
              {" — "}
              <bdi>{item.attribution}</bdi>
            </>
          ) : null}{" "}
          <small>
            {t("breaking.expiresAt")}: {formatNewsroomDateTime(item.expiresAt, ui, timeZone)}
          </small>
          <form method="post" className="desk-inline-form">
            <input type="hidden" name="intent" value="expire" />
            <input type="hidden" name="id" value={item.id} />
            <button type="submit" className="desk-button desk-button-quiet" data-expire={item.id}>
              {t("breaking.expire")}
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
