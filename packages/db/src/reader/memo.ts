import type { Locale } from "@sahifa/domain/locales";
import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Database } from "../database.ts";

/**
 * Remembers a query's static part per database handle and edition. Kysely
 * builders are immutable, so a cached base is safe to extend; building one
 * from scratch (a dozen joins/selects, each copying the tree) cost more CPU
 * than running the statement, and these run several times per request.
 */
export function perEdition<T>(build: (db: Kysely<Database>, locale: Locale) => T) {
  const cache = new WeakMap<Kysely<Database>, Map<Locale, T>>();
  return (db: Kysely<Database>, locale: Locale): T => {
    let byLocale = cache.get(db);
    if (!byLocale) {
      byLocale = new Map();
      cache.set(db, byLocale);
    }
    let base = byLocale.get(locale);
    if (base === undefined) {
      base = build(db, locale);
      byLocale.set(locale, base);
    }
    return base;
  };
}

/** Stands for the i-th run-time value while a statement is compiled once (see `compiledOnce`). */
class Slot {
  constructor(readonly index: number) {}
}

/**
 * A reader statement compiled once per database handle and shape, then run with
 * each call's values: the same SQL text and parameters as building it per call,
 * without rebuilding and recompiling the Kysely tree (immutable copies, then a
 * visitor walk) several times per request, which the profile showed costing
 * more CPU than parsing the rows. The shape is the static arguments (edition,
 * limit …) plus the number of values; `build` receives placeholders for the
 * values and must only bind them as parameters, never branch on them. A
 * handle with Kysely plugins compiles per call, since plugins rewrite the tree
 * as it compiles.
 */
export function compiledOnce<S extends readonly unknown[], V, Row>(
  build: (db: Kysely<Database>, values: readonly V[], ...statics: S) => Compilable<Row>,
) {
  const cache = new WeakMap<Kysely<Database>, Map<string, CompiledQuery<Row>>>();
  return async (db: Kysely<Database>, values: readonly V[], ...statics: S): Promise<Row[]> => {
    // Plugins transform the tree at compile time (tests count statements that way): compile per call for them.
    if (db.getExecutor().plugins.length > 0)
      return (await db.executeQuery(build(db, values, ...statics).compile())).rows;
    let byShape = cache.get(db);
    if (!byShape) {
      byShape = new Map();
      cache.set(db, byShape);
    }
    const shape = `${statics.join("\u0000")}\u0000${values.length}`;
    let compiled = byShape.get(shape);
    if (!compiled) {
      const slots = values.map((_, i) => new Slot(i) as unknown as V);
      compiled = build(db, slots, ...statics).compile();
      byShape.set(shape, compiled);
    }
    const parameters = compiled.parameters.map((p) => (p instanceof Slot ? values[p.index] : p));
    return (await db.executeQuery<Row>({ ...compiled, parameters })).rows;
  };
}
