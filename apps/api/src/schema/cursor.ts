import type { ListPosition } from "@sahifa/db/reader/articles";
import { GraphQLError } from "graphql";

/** Largest page a connection serves; asking for more is an error, not a silent cut. */
export const MAX_PAGE_SIZE = 100;
/** The page a connection serves when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

/** Cursors are opaque to clients: base64url of the list position (publication instant + id). */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.publishedAt, position.id])).toString("base64url");
}

/** Postgres timestamptz text, as the list query selected it (e.g. 2026-11-24 09:30:00.123456+00). */
const TIMESTAMP =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;

export function decodeCursor(cursor: string): ListPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badInput(`Malformed cursor "${cursor.slice(0, 40)}": use a cursor from a previous page.`);
  }
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === "string" &&
    TIMESTAMP.test(value[0]) &&
    Number.isInteger(value[1])
  ) {
    return { publishedAt: value[0], id: value[1] };
  }
  throw badInput(`Malformed cursor "${cursor.slice(0, 40)}": use a cursor from a previous page.`);
}

/** Checks `first`/`last` before any query runs, with a message that names the limit. */
export function pageSizeArgs(args: { first?: number | null; last?: number | null }): void {
  for (const name of ["first", "last"] as const) {
    const size = args[name];
    if (size != null && (size < 0 || size > MAX_PAGE_SIZE)) {
      throw badInput(`Argument "${name}" must be between 0 and ${MAX_PAGE_SIZE} (got ${size}).`);
    }
  }
}
