import { createHash, randomBytes } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import { type Connection, connect } from "./connect.ts";
import type { Database } from "./database.ts";
import { migrateToLatest } from "./migrate.ts";

/**
 * A migrated database for one test file, isolated from every other file so
 * files run in parallel.
 *
 * - Without DATABASE_URL (PGlite): the schema is migrated once into a template
 *   data directory under the OS temp dir (keyed by a hash of the migrations and
 *   the PGlite version, built under a lock so parallel workers build it once);
 *   each call copies that directory, which costs milliseconds where a fresh
 *   start + migrate costs seconds.
 * - With DATABASE_URL: a fresh schema with a unique name, migrated, dropped on close.
 */
export interface TestDatabase {
  db: Kysely<Database>;
  kind: "pglite" | "pg";
  /** PostgreSQL only: the pool, whose search_path is this file's schema. */
  pgPool?: Connection["pgPool"];
  /** Closes the connection and removes the copy / drops the schema. */
  close(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const databaseUrl = process.env.DATABASE_URL;
  return databaseUrl ? createPgSchema(databaseUrl) : createPgliteCopy();
}

const srcDir = path.dirname(fileURLToPath(import.meta.url));
const READY_MARKER = "sahifa-template-ready";
/** A lock older than this is from a crashed worker and may be taken over. */
const STALE_LOCK_MS = 120_000;

async function createPgliteCopy(): Promise<TestDatabase> {
  const template = await ensureTemplate();
  const dataDir = path.join(tmpdir(), `sahifa-test-${process.pid}-${randomBytes(6).toString("hex")}`);
  cpSync(template, dataDir, { recursive: true });
  // The copy must not carry the marker: it is a database, not a template.
  rmSync(path.join(dataDir, READY_MARKER), { force: true });
  const connection = await connect({ databaseUrl: "", dataDir });
  return {
    db: connection.db,
    kind: "pglite",
    close: async () => {
      await connection.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Builds the PGlite template before any test file starts (use as a vitest
 * `globalSetup`), so no file waits for it inside a hook. Without it the first
 * file to need the template builds it. Nothing to do on PostgreSQL.
 */
export async function prepareTestDatabases(): Promise<void> {
  if (!process.env.DATABASE_URL) await ensureTemplate();
}

/** The template for the current migrations; built once per machine per migration set. */
async function ensureTemplate(): Promise<string> {
  const template = path.join(tmpdir(), `sahifa-pglite-template-${templateKey()}`);
  const lock = `${template}.lock`;
  for (;;) {
    if (existsSync(path.join(template, READY_MARKER))) return template;
    if (tryLock(lock)) {
      try {
        if (!existsSync(path.join(template, READY_MARKER))) await buildTemplate(template);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      return template;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    try {
      if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    } catch {
      // Another worker removed it first; try again on the next round.
    }
    return false;
  }
}

async function buildTemplate(template: string): Promise<void> {
  // Build beside the target, then rename: readers never see a half-built directory.
  const building = `${template}.build-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const connection = await connect({ databaseUrl: "", dataDir: building });
  try {
    await migrateToLatest(connection.db);
  } finally {
    await connection.close();
  }
  writeFileSync(path.join(building, READY_MARKER), new Date().toISOString());
  rmSync(template, { recursive: true, force: true });
  renameSync(building, template);
  pruneLeftovers(template);
}

/** A template is rebuilt whenever a migration changes; old ones (40 MB each) and copies of crashed runs go. */
const PRUNE_AFTER_MS = 30 * 60_000;
function pruneLeftovers(current: string): void {
  const dir = tmpdir();
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const copyOf = /^sahifa-test-(\d+)-/.exec(name);
    const oldTemplate =
      name.startsWith("sahifa-pglite-template-") && full !== current && !name.endsWith(".lock");
    if (!copyOf && !oldTemplate) continue;
    try {
      if (copyOf && processAlive(Number(copyOf[1]))) continue;
      if (Date.now() - statSync(full).mtimeMs < PRUNE_AFTER_MS) continue;
      rmSync(full, { recursive: true, force: true });
    } catch {
      // Removed by another worker meanwhile.
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Changes whenever a migration file or the PGlite version changes, so a stale template is never reused. */
function templateKey(): string {
  const hash = createHash("sha256");
  const migrationsDir = path.join(srcDir, "migrations");
  for (const file of readdirSync(migrationsDir).sort()) {
    hash.update(file);
    hash.update(readFileSync(path.join(migrationsDir, file)));
  }
  hash.update(readFileSync(path.join(srcDir, "migrations.ts")));
  hash.update(pgliteVersion());
  return hash.digest("hex").slice(0, 16);
}

function pgliteVersion(): string {
  // The resolved path holds the version in pnpm's store layout (…/@electric-sql+pglite@0.5.16/…).
  // createRequire rather than import.meta.resolve: vitest's module runner (globalSetup) lacks the latter.
  return createRequire(import.meta.url).resolve("@electric-sql/pglite");
}

async function createPgSchema(databaseUrl: string): Promise<TestDatabase> {
  const schema = `test_${process.pid}_${randomBytes(6).toString("hex")}`;
  const connection = await connect({ databaseUrl, schema, poolSize: 25 });
  try {
    await connection.db.schema.createSchema(schema).execute();
    await migrateToLatest(connection.db);
  } catch (error) {
    await connection.close();
    throw error;
  }
  return {
    db: connection.db,
    kind: "pg",
    pgPool: connection.pgPool,
    close: async () => {
      try {
        await connection.db.schema.dropSchema(schema).cascade().execute();
      } finally {
        await connection.close();
      }
    },
  };
}
