import type { Database } from "@sahifa/db/database";
import { saveTranslation } from "@sahifa/db/desk/revisions";
import { transitionTranslation } from "@sahifa/db/desk/translation-workflow";
import type { Locale } from "@sahifa/domain/locales";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Kysely } from "kysely";
import { FIXTURE_NOW, idOf, titleOf, UNPUBLISHED } from "../testing/newsroom-fixture.ts";

/** A title that must come out escaped in every XML document. */
export const ESCAPED_TITLE = 'Ports & <harbours> "quoted"';
/** The head of a published translation that was saved but not republished: readers must never see it. */
export const DRAFT_TITLE = "Unpublished draft headline";

/**
 * Beyond the newsroom fixture's never-published translations: article 2 (en)
 * republished with a title full of XML specials, article 3 (en) with a newer
 * unpublished draft, article 4 (en) archived after publication.
 */
export async function prepareDistributionFixture(
  db: Kysely<Database>,
): Promise<Array<{ articleId: number; locale: Locale }>> {
  await editAndMaybePublish(db, 2, ESCAPED_TITLE, true);
  await editAndMaybePublish(db, 3, DRAFT_TITLE, false);
  const archived = await transitionTranslation(db, { articleId: idOf(4), locale: "en" }, "archive", {
    now: FIXTURE_NOW,
  });
  if (archived.kind !== "transitioned") throw new Error(`archive failed: ${archived.kind}`);
  return [
    ...UNPUBLISHED.map((u) => ({ articleId: idOf(u.n), locale: u.locale })),
    { articleId: idOf(4), locale: "en" },
  ];
}

async function editAndMaybePublish(
  db: Kysely<Database>,
  n: number,
  title: string,
  publish: boolean,
): Promise<void> {
  const key = { articleId: idOf(n), locale: "en" as const };
  const head = await db
    .selectFrom("translations")
    .select("head_revision_id")
    .where("article_id", "=", key.articleId)
    .where("locale", "=", "en")
    .executeTakeFirstOrThrow();
  const saved = await saveTranslation(
    db,
    {
      ...key,
      basedOnRevisionId: head.head_revision_id,
      content: {
        title,
        slug: `edited-story-${n}`,
        summary: `${title}: summary`,
        body: [{ type: "paragraph", content: [{ text: `${titleOf("en", n)} ${title}` }] }],
      },
    },
    null,
  );
  if (saved.kind !== "saved") throw new Error(`save failed: ${saved.kind}`);
  if (publish) {
    const published = await transitionTranslation(db, key, "publish", { now: FIXTURE_NOW });
    if (published.kind !== "transitioned") throw new Error(`publish failed: ${published.kind}`);
  }
}

const REPEATED = new Set([
  "item",
  "entry",
  "url",
  "sitemap",
  "xhtml:link",
  "category",
  "dc:creator",
  "author",
]);

/** A parsed document: tests read deep into what they assert on. */
// biome-ignore lint/suspicious/noExplicitAny: the shape is the XML format's, checked by the assertions themselves.
export type ParsedXml = any;

/** Parses with a real XML parser after checking the text is well-formed XML. */
export function parseXml(text: string): ParsedXml {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`Not well-formed XML: ${JSON.stringify(valid.err)}`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => REPEATED.has(name),
  }).parse(text);
}

export const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
export const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
