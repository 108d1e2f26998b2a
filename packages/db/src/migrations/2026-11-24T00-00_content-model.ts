import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app. Locales are plain text checked
// against the values the platform shipped with at this point.

export async function up(db: Kysely<any>): Promise<void> {
  const locale = (column: string) => sql.raw(`${column} in ('en', 'ar', 'es')`);

  await db.schema
    .createTable("sections")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("path", "text", (c) => c.notNull().unique())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("parent_id", "integer", (c) => c.references("sections.id"))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("section_labels")
    .addColumn("section_id", "integer", (c) => c.notNull().references("sections.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull().check(locale("locale")))
    .addColumn("label", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("section_labels_pk", ["section_id", "locale"])
    .execute();

  await db.schema
    .createTable("regions")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("region_labels")
    .addColumn("region_id", "integer", (c) => c.notNull().references("regions.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull().check(locale("locale")))
    .addColumn("label", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("region_labels_pk", ["region_id", "locale"])
    .execute();

  await db.schema
    .createTable("tags")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createTable("tag_labels")
    .addColumn("tag_id", "integer", (c) => c.notNull().references("tags.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull().check(locale("locale")))
    .addColumn("label", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("tag_labels_pk", ["tag_id", "locale"])
    .execute();

  await db.schema
    .createTable("dossiers")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable("dossier_labels")
    .addColumn("dossier_id", "integer", (c) => c.notNull().references("dossiers.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull().check(locale("locale")))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("dossier_labels_pk", ["dossier_id", "locale"])
    .execute();

  await db.schema
    .createTable("authors")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("is_desk", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createTable("author_labels")
    .addColumn("author_id", "integer", (c) => c.notNull().references("authors.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull().check(locale("locale")))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("bio", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("author_labels_pk", ["author_id", "locale"])
    .execute();

  await db.schema
    .createTable("media")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('image', 'video')`))
    .addColumn("path", "text", (c) => c.notNull().unique())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("width", "integer", (c) => c.notNull())
    .addColumn("height", "integer", (c) => c.notNull())
    .addColumn("credit", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable("media_texts")
    .addColumn("media_id", "integer", (c) => c.notNull().references("media.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull().check(locale("locale")))
    .addColumn("alt", "text", (c) => c.notNull())
    .addColumn("caption", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("media_texts_pk", ["media_id", "locale"])
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('admin', 'editor', 'translator')`))
    .addColumn("locales", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("failed_sign_ins", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_until", "timestamptz")
    .addColumn("disabled", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable("sessions")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_seen_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("articles")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("section_id", "integer", (c) => c.notNull().references("sections.id"))
    .addColumn("region_id", "integer", (c) => c.references("regions.id"))
    .addColumn("dossier_id", "integer", (c) => c.references("dossiers.id"))
    .addColumn("original_locale", "text", (c) => c.notNull().check(locale("original_locale")))
    .addColumn("source_name", "text")
    .addColumn("lead_media_id", "integer", (c) => c.references("media.id"))
    .addColumn("share_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("articles_section_idx").on("articles").column("section_id").execute();
  await db.schema.createIndex("articles_region_idx").on("articles").column("region_id").execute();
  await db.schema.createIndex("articles_dossier_idx").on("articles").column("dossier_id").execute();

  await db.schema
    .createTable("article_authors")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("author_id", "integer", (c) => c.notNull().references("authors.id"))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("article_authors_pk", ["article_id", "author_id"])
    .execute();
  await db.schema
    .createIndex("article_authors_author_idx")
    .on("article_authors")
    .column("author_id")
    .execute();
  await db.schema
    .createTable("article_tags")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("tag_id", "integer", (c) => c.notNull().references("tags.id"))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("article_tags_pk", ["article_id", "tag_id"])
    .execute();
  await db.schema.createIndex("article_tags_tag_idx").on("article_tags").column("tag_id").execute();

  // Append-only: every save of a translation is a row here; nothing updates or deletes them.
  await db.schema
    .createTable("revisions")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id"))
    .addColumn("locale", "text", (c) => c.notNull().check(locale("locale")))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("body", "jsonb", (c) => c.notNull())
    .addColumn("seo_title", "text")
    .addColumn("seo_description", "text")
    .addColumn("based_on_revision_id", "integer", (c) => c.references("revisions.id"))
    .addColumn("source_revision_id", "integer", (c) => c.references("revisions.id"))
    .addColumn("author_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("note", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("revisions_translation_idx")
    .on("revisions")
    .columns(["article_id", "locale", "id"])
    .execute();

  await db.schema
    .createTable("translations")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull().check(locale("locale")))
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('draft', 'in_review', 'published', 'archived')`),
    )
    .addColumn("head_revision_id", "integer", (c) => c.notNull().references("revisions.id"))
    .addColumn("published_revision_id", "integer", (c) => c.references("revisions.id"))
    // Source revision the published text was translated from; "outdated" compares it with the source's published revision.
    .addColumn("source_revision_id", "integer", (c) => c.references("revisions.id"))
    // Denormalised from the published revision so reader lists and slug lookups need no join.
    .addColumn("published_slug", "text")
    .addColumn("published_title", "text")
    .addColumn("published_summary", "text")
    .addColumn("first_published_at", "timestamptz")
    .addColumn("published_at", "timestamptz")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("translations_pk", ["article_id", "locale"])
    .execute();
  await sql`create unique index translations_published_slug_idx on translations (locale, published_slug) where published_slug is not null`.execute(
    db,
  );
  await sql`create index translations_edition_recent_idx on translations (locale, published_at desc, article_id desc) where status = 'published'`.execute(
    db,
  );
  await db.schema
    .createIndex("translations_status_idx")
    .on("translations")
    .columns(["locale", "status"])
    .execute();

  await db.schema
    .createTable("breaking_items")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("locale", "text", (c) => c.notNull().check(locale("locale")))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("attribution", "text")
    .addColumn("url", "text")
    .addColumn("article_id", "integer", (c) => c.references("articles.id"))
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
  await sql`create index breaking_items_edition_idx on breaking_items (locale, created_at desc)`.execute(db);

  await db.schema
    .createTable("article_views_daily")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull().check(locale("locale")))
    .addColumn("day", "date", (c) => c.notNull())
    .addColumn("views", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("article_views_daily_pk", ["locale", "day", "article_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "article_views_daily",
    "breaking_items",
    "translations",
    "revisions",
    "article_tags",
    "article_authors",
    "articles",
    "sessions",
    "users",
    "media_texts",
    "media",
    "author_labels",
    "authors",
    "dossier_labels",
    "dossiers",
    "tag_labels",
    "tags",
    "region_labels",
    "regions",
    "section_labels",
    "sections",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
