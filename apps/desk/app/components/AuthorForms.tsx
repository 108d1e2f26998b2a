import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { AuthorProfileView, AuthorSummary } from "../api/authors-api.server.ts";
import type { MediaItemView } from "../api/media-api.server.ts";
import { deskUrls } from "../desk-urls.ts";
import { type PostRefusal, refusalMessage } from "../editor/post-refusal.ts";

/** The API's longest name, role and biography (packages/db author-profiles). */
export const AUTHOR_LIMITS = { name: 120, role: 120, bio: 2_000 } as const;

export interface AuthorValues {
  slug: string;
  name: string;
  bio: string;
  role: string;
}

/** A profile refusal in the desk's language, worded from the field the API named. */
export function authorMessage(
  t: TFunction<"newsroom">,
  tDesk: TFunction<"desk">,
  problem: PostRefusal,
): string {
  return refusalMessage(tDesk, problem, {
    forbidden: t("authors.forbidden"),
    notFound: t("authors.notFound"),
    invalid: (field, message) => {
      if (field === "name") return t("authors.nameLength", { max: AUTHOR_LIMITS.name });
      if (field === "bio") return t("authors.bioLength", { max: AUTHOR_LIMITS.bio });
      if (field === "role") return t("authors.roleLength", { max: AUTHOR_LIMITS.role });
      if (field === "slug")
        return message.includes("already exists") ? t("authors.exists") : t("taxonomy.tagInvalidSlug");
      return message;
    },
  });
}

/** Name, role and biography in one edition's language; a refused save comes back as typed. */
export function AuthorProfileForm({
  edition,
  profile,
  editable,
  refusal,
  values,
}: {
  edition: Locale;
  profile: AuthorProfileView;
  editable: boolean;
  refusal: { field: string; message: string } | null;
  values: AuthorValues | null;
}) {
  const { t } = useTranslation("newsroom");
  const config = LOCALE_CONFIG[edition];
  const shown = values ?? profile;
  const errorId = `author-error-${edition}`;
  const flag = (field: string) => (refusal?.field === field ? true : undefined);
  const describe = (field: string) => (refusal?.field === field ? errorId : undefined);
  const missing = profile.missing.map((field) => t(`taxonomy.missing.${field as "name" | "bio" | "role"}`));
  return (
    <form method="post" className="desk-author-form" data-testid={`profile-${edition}`}>
      <h2 lang={config.hreflang}>{t("authors.profileIn", { edition: config.nativeName })}</h2>
      {missing.length > 0 ? (
        <p className="desk-warning">
          {t("authors.missingIn", { edition: config.nativeName, fields: missing.join(" · ") })}
        </p>
      ) : null}
      {refusal ? (
        <p className="desk-error" role="alert" id={errorId}>
          {refusal.message}
        </p>
      ) : null}
      <input type="hidden" name="intent" value="profile" />
      <input type="hidden" name="locale" value={edition} />
      <fieldset disabled={!editable}>
        <label>
          {t("authors.name")}
          <input
            type="text"
            name="name"
            required
            maxLength={AUTHOR_LIMITS.name}
            lang={config.hreflang}
            dir={config.dir}
            defaultValue={shown.name}
            aria-invalid={flag("name")}
            aria-describedby={describe("name")}
          />
        </label>
        <label>
          {t("authors.role")}
          <input
            type="text"
            name="role"
            maxLength={AUTHOR_LIMITS.role}
            lang={config.hreflang}
            dir={config.dir}
            defaultValue={shown.role}
            aria-invalid={flag("role")}
            aria-describedby={describe("role")}
          />
        </label>
        <label>
          {t("authors.bio")}
          <textarea
            name="bio"
            rows={4}
            maxLength={AUTHOR_LIMITS.bio}
            lang={config.hreflang}
            dir={config.dir}
            defaultValue={shown.bio}
            aria-invalid={flag("bio")}
            aria-describedby={describe("bio")}
          />
        </label>
        {editable ? (
          <button type="submit" className="desk-button">
            {t("authors.save")}
          </button>
        ) : null}
      </fieldset>
    </form>
  );
}

/** The photo, and pictures of the library to choose from (each a one-button form). */
export function AuthorPhotoPicker({
  photo,
  choices,
  editable,
}: {
  photo: { url: string; srcset: string; alt: string } | null;
  choices: readonly MediaItemView[];
  editable: boolean;
}) {
  const { t } = useTranslation("newsroom");
  return (
    <section aria-labelledby="photo-title" className="desk-author-photo-section">
      <h2 id="photo-title">{t("authors.photo")}</h2>
      {photo ? (
        <img
          className="desk-author-photo"
          src={photo.url}
          srcSet={photo.srcset}
          sizes="8rem"
          alt={photo.alt}
          width={128}
          height={128}
          data-testid="author-photo"
        />
      ) : (
        <p className="desk-empty">{t("authors.noPhoto")}</p>
      )}
      {editable && photo ? (
        <form method="post" className="desk-inline-form">
          <input type="hidden" name="intent" value="photo" />
          <input type="hidden" name="mediaId" value="" />
          <button type="submit" className="desk-button desk-button-quiet">
            {t("authors.removePhoto")}
          </button>
        </form>
      ) : null}
      {editable ? (
        <>
          <h3>{t("authors.pickFromLibrary")}</h3>
          <form method="get" className="desk-filters" role="search">
            <label>
              {t("media.search")}
              <input type="search" name="q" dir="auto" placeholder={t("media.searchHint")} />
            </label>
            <button type="submit" className="desk-button desk-button-quiet">
              {t("media.search")}
            </button>
          </form>
          <ul className="desk-media-grid" data-testid="photo-choices">
            {choices.map((item) =>
              item.thumbnail ? (
                <li key={item.id}>
                  <form method="post">
                    <input type="hidden" name="intent" value="photo" />
                    <input type="hidden" name="mediaId" value={item.id} />
                    <img
                      src={item.thumbnail.url}
                      srcSet={item.thumbnail.srcset}
                      sizes="10rem"
                      width={160}
                      height={160}
                      alt={item.texts[0]?.alt ?? ""}
                      loading="lazy"
                    />
                    <button type="submit" className="desk-button desk-button-quiet" data-media={item.id}>
                      {t("authors.choosePhoto")}
                    </button>
                  </form>
                </li>
              ) : null,
            )}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Every byline, with what each lacks in the edition shown. */
export function AuthorList({
  ui,
  authors,
}: {
  ui: Locale;
  authors: ReadonlyArray<AuthorSummary & { missing: string[] }>;
}) {
  const { t } = useTranslation("newsroom");
  return (
    <ul className="desk-author-list" data-testid="author-list">
      {authors.map((author) => (
        <li key={author.slug} data-slug={author.slug}>
          <a href={deskUrls.author(ui, author.slug)}>
            <bdi>{author.name}</bdi>
          </a>
          {author.role ? (
            <>
              {" — "}
              <bdi>{author.role}</bdi>
            </>
          ) : null}
          {author.missing.length > 0 ? (
            <small className="desk-warning">
              {" "}
              {author.missing
                .map((field) => t(`taxonomy.missing.${field as "name" | "bio" | "role"}`))
                .join(" · ")}
            </small>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
