import { parseArgs } from "node:util";
import { createUser } from "@sahifa/db/desk/users";
import { migrateToLatest } from "@sahifa/db/migrate";
import { isLocale, type Locale } from "@sahifa/domain/locales";
import { ROLES, type Role } from "@sahifa/domain/workflow";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/password.ts";
import { connectFromEnv } from "../database-setup.ts";
import { EnvError, readEnv } from "../env.ts";

const USAGE = `Usage: pnpm --filter @sahifa/api run user:create -- --email <email> --name <display name> --role <${ROLES.join("|")}> [--locales en,ar] [--password <password>]
Without --password, the password is read from the SAHIFA_PASSWORD environment variable (keeps it out of shell history).`;

/** `user:create`: adds a desk account to the database DATABASE_URL (or the embedded one) points at. */
async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      locales: { type: "string", default: "" },
      password: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const password = values.password ?? process.env.SAHIFA_PASSWORD ?? "";
  const locales = values.locales
    .split(",")
    .map((l) => l.trim())
    .filter(Boolean);
  const problems: string[] = [];
  if (!values.email) problems.push("--email is required");
  if (!values.name) problems.push("--name is required");
  if (!ROLES.includes(values.role as Role)) problems.push(`--role must be one of ${ROLES.join(", ")}`);
  const badLocale = locales.find((l) => !isLocale(l));
  if (badLocale) problems.push(`unknown locale "${badLocale}"`);
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    problems.push(`the password must have ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`);
  }
  if (problems.length) {
    console.error(`${problems.join("\n")}\n\n${USAGE}`);
    process.exit(2);
  }
  const connection = await connectFromEnv(readEnv());
  try {
    await migrateToLatest(connection.db);
    const result = await createUser(connection.db, {
      email: values.email as string,
      displayName: values.name as string,
      role: values.role as Role,
      locales: locales as Locale[],
      passwordHash: await hashPassword(password),
    });
    if (result.kind !== "created") {
      console.error(result.errors.map((e) => `${e.field}: ${e.message}`).join("\n"));
      process.exitCode = 1;
      return;
    }
    console.log(
      `created ${result.user.role} ${result.user.email} (id ${result.user.id}, locales: ${result.user.locales.join(", ") || "all"})`,
    );
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
