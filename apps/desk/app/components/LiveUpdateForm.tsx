import { LIVE_UPDATE_LIMITS } from "@sahifa/domain/live-limits";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { deskUrls } from "../desk-urls.ts";
import { lengthMessage, type PostRefusal, refusalMessage } from "../editor/post-refusal.ts";

/** What the editor typed, sent back with a refusal so nothing is lost (the form works without JavaScript). */
export interface LiveUpdateValues {
  title: string;
  body: string;
}

/** A refusal in the desk's language. A field's reason is worded from what was sent; an unknown one keeps the API's words. */
export function livePostMessage(
  t: TFunction<"desk">,
  problem: PostRefusal,
  values: LiveUpdateValues,
): string {
  return refusalMessage(t, problem, {
    forbidden: t("liveStories.forbidden"),
    notFound: t("liveStories.notFound"),
    invalid: (name, message) => {
      const field = name === "title" ? "title" : "body";
      const label = t(`liveStories.fields.${field}`);
      const value = values[field];
      const max = LIVE_UPDATE_LIMITS[field];
      return lengthMessage(t, { label, value, max, required: field === "body" }) ?? `${label}: ${message}`;
    },
  });
}

/**
 * Post an update to one live story in one edition: a plain form post, so it works without
 * JavaScript. The text is written in the story's language and direction whatever the
 * desk's UI language is.
 */
export function LiveUpdateForm({
  ui,
  story,
  problem,
  values,
}: {
  ui: Locale;
  story: { articleId: number; locale: Locale };
  problem: PostRefusal | null;
  values: LiveUpdateValues | null;
}) {
  const { t } = useTranslation("desk");
  const config = LOCALE_CONFIG[story.locale];
  const invalid = problem?.kind === "invalid" ? (problem.field === "title" ? "title" : "body") : null;
  return (
    <form method="post" className="desk-live-form" aria-labelledby="live-new" data-testid="live-update-form">
      <h2 id="live-new">{t("liveStories.new")}</h2>
      {problem ? (
        <p className="desk-error" role="alert">
          {livePostMessage(t, problem, values ?? { title: "", body: "" })}
          {problem.kind === "sessionExpired" ? (
            <>
              {" "}
              <a href={deskUrls.signIn(ui, deskUrls.live(ui, story))}>{t("liveStories.signInAgain")}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <input type="hidden" name="articleId" value={story.articleId} />
      <input type="hidden" name="locale" value={story.locale} />
      <label>
        {t("liveStories.fields.title")} {t("liveStories.optional")}
        <input
          type="text"
          name="title"
          maxLength={LIVE_UPDATE_LIMITS.title}
          defaultValue={values?.title ?? ""}
          lang={config.hreflang}
          dir={config.dir}
          aria-invalid={invalid === "title" ? true : undefined}
        />
      </label>
      <label>
        {t("liveStories.fields.body")}
        <textarea
          name="body"
          required
          rows={6}
          maxLength={LIVE_UPDATE_LIMITS.body}
          defaultValue={values?.body ?? ""}
          lang={config.hreflang}
          dir={config.dir}
          aria-describedby="live-body-hint"
          aria-invalid={invalid === "body" ? true : undefined}
        />
        <small id="live-body-hint">{t("liveStories.bodyHint")}</small>
      </label>
      <button type="submit" className="desk-button">
        {t("liveStories.post")}
      </button>
    </form>
  );
}
