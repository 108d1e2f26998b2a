import type { Locale } from "@sahifa/domain/locales";
import type { Role } from "@sahifa/domain/workflow";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { createUser, findUserByEmail } from "./users.ts";

/**
 * Demo desk accounts: an admin, an editor per edition and a
 * translator per language pair. A translator's `locales` are the editions
 * they write in (the target); the source language is theirs to read, and the
 * queue filters by it. The passwords are public (README): demo only.
 */
export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  locales: Locale[];
  password: string;
  /** For translators: the language they translate from. */
  from?: Locale;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: "admin@sahifa.example",
    displayName: "Amal Haddad (admin)",
    role: "admin",
    locales: [],
    password: "demo-admin-2026",
  },
  {
    email: "editor.en@sahifa.example",
    displayName: "Ellen Marsh",
    role: "editor",
    locales: ["en"],
    password: "demo-editor-en",
  },
  {
    email: "editor.ar@sahifa.example",
    displayName: "سلمى النجار",
    role: "editor",
    locales: ["ar"],
    password: "demo-editor-ar",
  },
  {
    email: "editor.es@sahifa.example",
    displayName: "Elena Ruiz",
    role: "editor",
    locales: ["es"],
    password: "demo-editor-es",
  },
  {
    email: "translator.en-es@sahifa.example",
    displayName: "Tomás Vidal",
    role: "translator",
    locales: ["es"],
    from: "en",
    password: "demo-translate-en-es",
  },
  {
    email: "translator.en-ar@sahifa.example",
    displayName: "كريم منصور",
    role: "translator",
    locales: ["ar"],
    from: "en",
    password: "demo-translate-en-ar",
  },
  {
    email: "translator.ar-es@sahifa.example",
    displayName: "Inés Robles",
    role: "translator",
    locales: ["es"],
    from: "ar",
    password: "demo-translate-ar-es",
  },
  {
    email: "translator.ar-en@sahifa.example",
    displayName: "Nadia Karim",
    role: "translator",
    locales: ["en"],
    from: "ar",
    password: "demo-translate-ar-en",
  },
  {
    email: "translator.es-en@sahifa.example",
    displayName: "Lucas Moreno",
    role: "translator",
    locales: ["en"],
    from: "es",
    password: "demo-translate-es-en",
  },
];

/**
 * Creates the demo accounts that do not exist yet (idempotent; an existing
 * account keeps its password). The caller hashes: the KDF lives in the API.
 */
export async function seedDemoUsers(
  db: Kysely<Database>,
  hashPassword: (password: string) => Promise<string>,
): Promise<{ created: string[] }> {
  const created: string[] = [];
  for (const user of DEMO_USERS) {
    if (await findUserByEmail(db, user.email)) continue;
    const result = await createUser(db, {
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      locales: user.locales,
      languagePairs: user.from ? user.locales.map((target) => ({ source: user.from as Locale, target })) : [],
      passwordHash: await hashPassword(user.password),
    });
    if (result.kind === "created") created.push(user.email);
  }
  return { created };
}
