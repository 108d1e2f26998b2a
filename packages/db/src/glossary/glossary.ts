import type { ValidationError } from "@sahifa/domain/block-validation";
import type { GlossaryPair, GlossaryTerm, GlossaryTermKind } from "@sahifa/domain/glossary";
import {
  type GlossaryEntry,
  type GlossaryEntryInput,
  validateGlossaryEntry,
} from "@sahifa/domain/glossary-entry";
import type { Kysely, Selectable } from "kysely";
import type { Database, GlossaryTermsTable } from "../database.ts";
import type { Invalid, NotFound } from "../desk/desk-results.ts";

/**
 * The glossary of each language pair (docs/architecture/075-glossary.md): list, save,
 * delete and import terms. Every entry passes validateGlossaryEntry; one source term
 * (by its search form) has one entry per pair.
 */

export interface GlossaryTermRow extends GlossaryTerm, GlossaryPair {
  updatedAt: Date;
}

function toTerm(row: Selectable<GlossaryTermsTable>): GlossaryTermRow {
  return {
    id: row.id,
    sourceLocale: row.source_locale,
    targetLocale: row.target_locale,
    kind: row.kind,
    source: row.source_term,
    approved: row.approved,
    forbidden: typeof row.forbidden === "string" ? JSON.parse(row.forbidden) : row.forbidden,
    note: row.note,
    updatedAt: row.updated_at,
  };
}

/** The columns an entry writes, for an insert and an update alike. */
function columnsOf(entry: GlossaryEntry, userId: number | null, now: Date) {
  return {
    kind: entry.kind,
    source_term: entry.source,
    source_key: entry.sourceKey,
    approved: entry.approved,
    forbidden: JSON.stringify(entry.forbidden),
    note: entry.note,
    updated_by: userId,
    updated_at: now,
  };
}

/** Most terms a pair may hold: enough for a newsroom's names, small enough to check in the editor. */
export const MAX_GLOSSARY_TERMS = 5000;

/** The terms of a pair, alphabetically by source term; `search` narrows by source or approved text. */
export async function listGlossary(
  db: Kysely<Database>,
  pair: GlossaryPair,
  options: { search?: string | null; kind?: GlossaryTermKind | null; limit?: number } = {},
): Promise<GlossaryTermRow[]> {
  let query = db
    .selectFrom("glossary_terms")
    .selectAll()
    .where("source_locale", "=", pair.sourceLocale)
    .where("target_locale", "=", pair.targetLocale);
  const search = options.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query = query.where((eb) =>
      eb.or([eb("source_term", "ilike", pattern), eb("approved", "ilike", pattern)]),
    );
  }
  if (options.kind) query = query.where("kind", "=", options.kind);
  const rows = await query
    .orderBy("source_term")
    .orderBy("id")
    .limit(Math.min(Math.max(options.limit ?? MAX_GLOSSARY_TERMS, 1), MAX_GLOSSARY_TERMS))
    .execute();
  return rows.map(toTerm);
}

export type GlossarySaved = { kind: "glossary_saved"; term: GlossaryTermRow };

function termExists(field: string): Invalid {
  return {
    kind: "invalid",
    errors: [
      {
        blockIndex: null,
        blockType: null,
        field,
        code: "term_exists",
        message: "The glossary of this language pair already has this term.",
      },
    ],
  };
}

/** Adds a term, or changes term `id` when given; the pair of an existing term never changes. */
export async function saveGlossaryTerm(
  db: Kysely<Database>,
  pair: GlossaryPair,
  input: GlossaryEntryInput & { id?: number | null },
  userId: number | null,
): Promise<GlossarySaved | Invalid | NotFound> {
  const checked = validateGlossaryEntry(input, pair);
  if (!checked.ok) return { kind: "invalid", errors: checked.errors };
  const { entry } = checked;
  return db.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom("glossary_terms")
      .select("id")
      .where("source_locale", "=", pair.sourceLocale)
      .where("target_locale", "=", pair.targetLocale)
      .where("source_key", "=", entry.sourceKey)
      .executeTakeFirst();
    if (clash && clash.id !== input.id) return termExists("source");
    const values = columnsOf(entry, userId, new Date());
    if (input.id != null) {
      const row = await trx
        .updateTable("glossary_terms")
        .set(values)
        .where("id", "=", input.id)
        .where("source_locale", "=", pair.sourceLocale)
        .where("target_locale", "=", pair.targetLocale)
        .returningAll()
        .executeTakeFirst();
      if (!row) return { kind: "not_found", message: `No glossary term ${input.id} in this language pair.` };
      return { kind: "glossary_saved", term: toTerm(row) };
    }
    const count = await countTerms(trx, pair);
    if (count >= MAX_GLOSSARY_TERMS) return tooManyTerms();
    const row = await trx
      .insertInto("glossary_terms")
      .values({ ...values, source_locale: pair.sourceLocale, target_locale: pair.targetLocale })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { kind: "glossary_saved", term: toTerm(row) };
  });
}

async function countTerms(db: Kysely<Database>, pair: GlossaryPair): Promise<number> {
  const row = await db
    .selectFrom("glossary_terms")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("source_locale", "=", pair.sourceLocale)
    .where("target_locale", "=", pair.targetLocale)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

function tooManyTerms(): Invalid {
  return {
    kind: "invalid",
    errors: [
      {
        blockIndex: null,
        blockType: null,
        field: "glossary",
        code: "too_many",
        message: `A language pair holds at most ${MAX_GLOSSARY_TERMS} terms.`,
        params: { max: MAX_GLOSSARY_TERMS },
      },
    ],
  };
}

export async function deleteGlossaryTerm(
  db: Kysely<Database>,
  pair: GlossaryPair,
  id: number,
): Promise<{ kind: "glossary_deleted"; id: number } | NotFound> {
  const row = await db
    .deleteFrom("glossary_terms")
    .where("id", "=", id)
    .where("source_locale", "=", pair.sourceLocale)
    .where("target_locale", "=", pair.targetLocale)
    .returning("id")
    .executeTakeFirst();
  return row
    ? { kind: "glossary_deleted", id: row.id }
    : { kind: "not_found", message: `No glossary term ${id} in this language pair.` };
}

/** One row of an import file: its line (CSV) or entry (TBX) number, and what it holds. */
export interface GlossaryImportRow {
  row: number;
  input: GlossaryEntryInput;
}

export interface RejectedRow {
  row: number;
  /** What the row held as its source term, to find it in the file. */
  source: string;
  errors: ValidationError[];
}

export interface GlossaryImported {
  kind: "glossary_imported";
  added: number;
  updated: number;
  rejected: RejectedRow[];
}

/**
 * Imports rows into a pair's glossary in one transaction: good rows are added, or update
 * the entry with the same source term; bad rows (and a second row for a term already in
 * the file) are listed with their problems and change nothing.
 */
export async function importGlossaryTerms(
  db: Kysely<Database>,
  pair: GlossaryPair,
  rows: readonly GlossaryImportRow[],
  userId: number | null,
): Promise<GlossaryImported | Invalid> {
  const rejected: RejectedRow[] = [];
  const accepted = new Map<string, { row: number; entry: GlossaryEntry }>();
  for (const { row, input } of rows) {
    const checked = validateGlossaryEntry(input, pair);
    if (!checked.ok) {
      rejected.push({ row, source: input.source, errors: checked.errors });
      continue;
    }
    const { entry } = checked;
    if (accepted.has(entry.sourceKey)) {
      rejected.push({
        row,
        source: input.source,
        errors: [
          {
            blockIndex: null,
            blockType: null,
            field: "source",
            code: "duplicate",
            message: `The file already has this term (row ${accepted.get(entry.sourceKey)?.row}).`,
          },
        ],
      });
      continue;
    }
    accepted.set(entry.sourceKey, { row, entry });
  }
  return db.transaction().execute(async (trx) => {
    const keys = [...accepted.keys()];
    const existing = new Map<string, number>();
    for (let start = 0; start < keys.length; start += 500) {
      const found = await trx
        .selectFrom("glossary_terms")
        .select(["id", "source_key"])
        .where("source_locale", "=", pair.sourceLocale)
        .where("target_locale", "=", pair.targetLocale)
        .where("source_key", "in", keys.slice(start, start + 500))
        .execute();
      for (const row of found) existing.set(row.source_key, row.id);
    }
    const additions = keys.filter((key) => !existing.has(key)).length;
    if (additions > 0 && (await countTerms(trx, pair)) + additions > MAX_GLOSSARY_TERMS)
      return tooManyTerms();
    const now = new Date();
    let added = 0;
    let updated = 0;
    for (const { entry } of accepted.values()) {
      const values = columnsOf(entry, userId, now);
      const id = existing.get(entry.sourceKey);
      if (id === undefined) {
        await trx
          .insertInto("glossary_terms")
          .values({ ...values, source_locale: pair.sourceLocale, target_locale: pair.targetLocale })
          .execute();
        added += 1;
      } else {
        await trx.updateTable("glossary_terms").set(values).where("id", "=", id).execute();
        updated += 1;
      }
    }
    return { kind: "glossary_imported", added, updated, rejected } as const;
  });
}
