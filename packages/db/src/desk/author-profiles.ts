import type { Locale } from "@sahifa/domain/locales";
import { isValidSlug } from "@sahifa/domain/slug";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { type Invalid, invalid, type NotFound, notFound } from "./desk-results.ts";

/** An author's profile in one edition: name, bio and role, written by that edition's editors. */
export interface AuthorProfileInput {
  slug: string;
  locale: Locale;
  name: string;
  bio?: string | null | undefined;
  role?: string | null | undefined;
}

const MAX_NAME = 120;
const MAX_ROLE = 120;
const MAX_BIO = 2_000;

function checkProfile(
  input: AuthorProfileInput,
): Invalid | { name: string; bio: string | null; role: string | null } {
  const name = input.name.trim();
  if (name === "" || name.length > MAX_NAME)
    return invalid("name", `Give a name of 1 to ${MAX_NAME} characters.`);
  const bio = input.bio?.trim() ?? null;
  if (bio && bio.length > MAX_BIO) return invalid("bio", `Keep the bio under ${MAX_BIO} characters.`);
  const role = input.role?.trim() ?? null;
  if (role && role.length > MAX_ROLE) return invalid("role", `Keep the role under ${MAX_ROLE} characters.`);
  return { name, bio, role };
}

/** A new byline with its profile in the creating editor's locale (other editions add theirs later). */
export async function createAuthor(
  db: Kysely<Database>,
  input: AuthorProfileInput & { isDesk?: boolean | null | undefined },
): Promise<{ kind: "profile_set"; slug: string } | Invalid> {
  const slug = input.slug.trim();
  if (!isValidSlug(slug, "en"))
    return invalid("slug", 'Use lower-case Latin words joined by hyphens, e.g. "sara-haddad".');
  const profile = checkProfile(input);
  if ("kind" in profile) return profile;
  return db.transaction().execute(async (trx) => {
    const author = await trx
      .insertInto("authors")
      .values({ slug, is_desk: input.isDesk ?? false })
      .onConflict((oc) => oc.column("slug").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!author) return invalid("slug", `The author "${slug}" already exists; edit their profile instead.`);
    await trx
      .insertInto("author_labels")
      .values({
        author_id: author.id,
        locale: input.locale,
        name: profile.name,
        bio: profile.bio ?? "",
        role: profile.role ?? "",
      })
      .execute();
    return { kind: "profile_set", slug } as const;
  });
}

/** Sets an author's name, and bio and role when given, in one edition. */
export async function setAuthorProfile(
  db: Kysely<Database>,
  input: AuthorProfileInput,
): Promise<{ kind: "profile_set"; slug: string } | Invalid | NotFound> {
  const profile = checkProfile(input);
  if ("kind" in profile) return profile;
  const author = await db
    .selectFrom("authors")
    .select("id")
    .where("slug", "=", input.slug)
    .executeTakeFirst();
  if (!author) return notFound(`No author "${input.slug}".`);
  const existing = await db
    .selectFrom("author_labels")
    .select(["bio", "role"])
    .where("author_id", "=", author.id)
    .where("locale", "=", input.locale)
    .executeTakeFirst();
  const values = {
    name: profile.name,
    bio: profile.bio ?? existing?.bio ?? "",
    role: profile.role ?? existing?.role ?? "",
  };
  await db
    .insertInto("author_labels")
    .values({ author_id: author.id, locale: input.locale, ...values })
    .onConflict((oc) => oc.columns(["author_id", "locale"]).doUpdateSet(values))
    .execute();
  return { kind: "profile_set", slug: input.slug } as const;
}

/** An author's photo: an image of the media library, or none. */
export async function setAuthorPhoto(
  db: Kysely<Database>,
  slug: string,
  mediaId: number | null,
): Promise<{ kind: "profile_set"; slug: string } | Invalid | NotFound> {
  if (mediaId !== null) {
    const image = await db
      .selectFrom("media")
      .select("id")
      .where("id", "=", mediaId)
      .where("kind", "=", "image")
      .executeTakeFirst();
    if (!image) return invalid("mediaId", `No image ${mediaId} in the media library; upload it first.`);
  }
  const result = await db
    .updateTable("authors")
    .set({ photo_media_id: mediaId })
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return notFound(`No author "${slug}".`);
  return { kind: "profile_set", slug } as const;
}
