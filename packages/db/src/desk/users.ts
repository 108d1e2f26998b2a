import { LOCALES, type Locale } from "@sahifa/domain/locales";
import { ALL_LANGUAGE_PAIRS, isLanguagePair, type LanguagePair } from "@sahifa/domain/permissions";
import { ROLES, type Role } from "@sahifa/domain/workflow";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { type Invalid, invalid } from "./desk-results.ts";

/** A desk user without the password hash. */
export interface DeskUser {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  locales: Locale[];
  /** A translator's pairs (source → target); empty for editors and admins. */
  languagePairs: LanguagePair[];
  disabled: boolean;
  createdAt: Date;
}

export interface NewUserInput {
  email: string;
  displayName: string;
  role: Role;
  locales: readonly Locale[];
  /** Translators: the pairs they translate; their locales become the pairs' targets. */
  languagePairs?: readonly LanguagePair[] | undefined;
  /** Hashed by the caller (apps/api/src/auth): the database never sees a password. */
  passwordHash: string;
}

/** Emails compare case-insensitively: stored trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const USER_COLUMNS = [
  "id",
  "email",
  "display_name as displayName",
  "role",
  "locales",
  "language_pairs as languagePairs",
  "disabled",
  "created_at as createdAt",
] as const;

export async function createUser(
  db: Kysely<Database>,
  input: NewUserInput,
): Promise<{ kind: "created"; user: DeskUser } | Invalid> {
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254)
    return invalid("email", "Give a valid email address.");
  const displayName = input.displayName.trim();
  if (displayName === "" || displayName.length > 120) {
    return invalid("displayName", "Give a display name of 1 to 120 characters.");
  }
  if (!ROLES.includes(input.role)) return invalid("role", `The role must be one of ${ROLES.join(", ")}.`);
  // A translator created with editions only (older scripts) translates into them from every other edition.
  const pairs: Array<{ source: string; target: string }> =
    input.role !== "translator"
      ? []
      : uniquePairs(
          input.languagePairs?.length
            ? input.languagePairs
            : ALL_LANGUAGE_PAIRS.filter((pair) => input.locales.includes(pair.target)),
        );
  const badPair = pairs.find((pair) => !isLanguagePair(pair));
  if (badPair) {
    return invalid(
      "languagePairs",
      `"${badPair.source}→${badPair.target}" is not a language pair; pair two different editions of ${LOCALES.join(", ")}.`,
    );
  }
  // A translator's editions are the targets of their pairs.
  const locales = [...new Set(pairs.length > 0 ? pairs.map((pair) => pair.target as Locale) : input.locales)];
  const unknown = locales.find((locale) => !LOCALES.includes(locale));
  if (unknown) return invalid("locales", `Unknown locale "${unknown}"; use ${LOCALES.join(", ")}.`);
  if (input.role !== "admin" && locales.length === 0) {
    return invalid("locales", "Editors and translators need at least one locale to work in.");
  }
  const user = await db
    .insertInto("users")
    .values({
      email,
      display_name: displayName,
      password_hash: input.passwordHash,
      role: input.role,
      locales,
      language_pairs: JSON.stringify(pairs),
    })
    .onConflict((oc) => oc.column("email").doNothing())
    .returning(USER_COLUMNS)
    .executeTakeFirst();
  if (!user) return invalid("email", `A user with the email ${email} already exists.`);
  return { kind: "created", user };
}

function uniquePairs(pairs: readonly { source: string; target: string }[]): LanguagePair[] {
  const seen = new Map(pairs.map((pair) => [`${pair.source}>${pair.target}`, pair]));
  return [...seen.values()].map(({ source, target }) => ({ source, target }) as LanguagePair);
}

export async function findUserById(db: Kysely<Database>, id: number): Promise<DeskUser | undefined> {
  return db.selectFrom("users").select(USER_COLUMNS).where("id", "=", id).executeTakeFirst();
}

/** The user and the password hash sign-in verifies against. */
export async function findUserForSignIn(db: Kysely<Database>, email: string) {
  return db
    .selectFrom("users")
    .select([...USER_COLUMNS, "password_hash as passwordHash"])
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<DeskUser | undefined> {
  return db
    .selectFrom("users")
    .select(USER_COLUMNS)
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
}

export async function setPasswordHash(
  db: Kysely<Database>,
  userId: number,
  passwordHash: string,
): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
}
