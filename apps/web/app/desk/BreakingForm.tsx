import { BREAKING_LIMITS } from "@sahifa/domain/live-limits";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { formatDateTime } from "@sahifa/i18n/format";
import { useTranslation } from "react-i18next";

export interface BreakingItemView {
  id: number;
  text: string;
  attribution: string | null;
  url: string | null;
  expiresAt: string;
}

/**
 * Post breaking news to one edition. The text is written in that edition's language and
 * direction whatever the desk's UI language is. Expiry is a datetime-local field read
 * as UTC by the action, which the label says.
 */
export function BreakingForm({
  editions,
  edition,
  problem,
}: {
  editions: readonly Locale[];
  edition: Locale;
  problem: string | null;
}) {
  const { t } = useTranslation("desk");
  const config = LOCALE_CONFIG[edition];
  return (
    <form method="post" className="desk-breaking-form" aria-labelledby="breaking-new">
      <h2 id="breaking-new">{t("breaking.new")}</h2>
      {problem ? (
        <p className="desk-error" role="alert">
          {problem}
        </p>
      ) : null}
      <input type="hidden" name="intent" value="post" />
      <label>
        {t("breaking.edition")}
        <select name="locale" defaultValue={edition}>
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
        />
      </label>
      <label>
        {t("breaking.attribution")}
        <input
          type="text"
          name="attribution"
          maxLength={BREAKING_LIMITS.attribution}
          dir="auto"
          aria-describedby="attribution-hint"
        />
        <small id="attribution-hint">{t("breaking.attributionHint")}</small>
      </label>
      <label>
        {t("breaking.link")}
        <input type="url" name="url" dir="ltr" placeholder="https://" />
      </label>
      <label>
        {t("breaking.expiresAt")} (UTC)
        <input type="datetime-local" name="expiresAt" required dir="ltr" />
      </label>
      <button type="submit" className="desk-button">
        {t("breaking.post")}
      </button>
    </form>
  );
}

/** The edition's items still on the ticker, newest first, each with a button that takes it off now. */
export function BreakingList({ ui, items }: { ui: Locale; items: readonly BreakingItemView[] }) {
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
            {t("breaking.expiresAt")}: {formatDateTime(item.expiresAt, ui)}
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
