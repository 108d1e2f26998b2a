import type { GlossaryImportRow } from "@sahifa/db/glossary";
import { CsvError, parse } from "csv-parse/sync";
import {
  type GlossaryFileRefused,
  MAX_GLOSSARY_FILE_ROWS,
  refused,
  refuseOversized,
} from "./glossary-file-problem.ts";

/**
 * A glossary as CSV (what a spreadsheet saves): a header row naming the columns
 * `source` and `approved`, optionally `kind`, `forbidden` (variants separated by `|`)
 * and `note`, in any order, separated by commas, semicolons (European spreadsheets) or
 * tabs, whichever the header uses. Each row is named by its line in the file.
 */

const COLUMNS = ["source", "approved", "kind", "forbidden", "note"] as const;

export function readGlossaryCsv(text: string): GlossaryImportRow[] | GlossaryFileRefused {
  const oversized = refuseOversized(text);
  if (oversized) return oversized;
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      delimiter: delimiterOf(text),
    }) as unknown as typeof records;
  } catch (error) {
    // csv-parse names the line it stopped at; its English message stays out of the wording.
    const line = error instanceof CsvError && typeof error.lines === "number" ? error.lines : null;
    return line ? refused("csvMalformedAt", { line }) : refused("csvMalformed");
  }
  const [header, ...rows] = records;
  if (!header) return refused("empty");
  const index = new Map(header.record.map((name, position) => [name.trim().toLowerCase(), position]));
  if (!index.has("source") || !index.has("approved")) return refused("csvColumns");
  if (rows.length === 0) return refused("empty");
  if (rows.length > MAX_GLOSSARY_FILE_ROWS) return refused("tooManyRows", { max: MAX_GLOSSARY_FILE_ROWS });
  const cell = (row: string[], column: (typeof COLUMNS)[number]) => {
    const position = index.get(column);
    return position === undefined ? "" : (row[position] ?? "");
  };
  return rows.map(({ record: row, info }) => ({
    row: info.lines,
    input: {
      source: cell(row, "source"),
      approved: cell(row, "approved"),
      kind: cell(row, "kind") || null,
      forbidden: cell(row, "forbidden")
        .split("|")
        .map((variant) => variant.trim())
        .filter(Boolean),
      note: cell(row, "note") || null,
    },
  }));
}

/** The separator the header row uses. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return [",", ";", "\t"].find((candidate) => header.includes(candidate)) ?? ",";
}
