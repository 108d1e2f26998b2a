import { parseNewsroomTimeZone } from "@sahifa/i18n/newsroom-time";
import { z } from "zod";

/**
 * The reader server's environment, read and checked once at start-up (as the API's is): each
 * bad value is named with what was expected, so a misconfigured deploy fails before it serves.
 */

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const httpUrl = (example: string) =>
  z
    .string()
    .refine((value) => {
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be an absolute http(s) URL like ${example}`)
    .transform((value) => new URL(value));

const EnvSchema = z
  .object({
    PORT: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ message: "must be a port number" })
        .int("must be a whole number")
        .min(0, "must be 0–65535")
        .max(65535, "must be 0–65535")
        .default(3000),
    ),
    HOST: z.preprocess(blankToUndefined, z.string().optional()),
    API_URL: z.preprocess(
      blankToUndefined,
      httpUrl("http://localhost:4000/graphql").default(new URL("http://localhost:4000/graphql")),
    ),
    PUBLIC_ORIGIN: z.preprocess(blankToUndefined, httpUrl("https://sahifa.example").optional()),
    READER_CACHE_SECONDS: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ message: "must be a number of seconds from 0 to 3600" })
        .min(0, "must be a number of seconds from 0 to 3600")
        .max(3600, "must be a number of seconds from 0 to 3600")
        .default(5),
    ),
    NEWSROOM_TIME_ZONE: z
      .string()
      .optional()
      .superRefine((value, context) => {
        try {
          parseNewsroomTimeZone(value);
        } catch (error) {
          context.addIssue({ code: "custom", message: (error as Error).message });
        }
      })
      .transform((value) => parseNewsroomTimeZone(value)),
    LOG_LEVEL: z.preprocess(
      blankToUndefined,
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ),
  })
  .transform((raw) => ({
    port: raw.PORT,
    host: raw.HOST,
    apiUrl: raw.API_URL,
    /**
     * Canonical, hreflang and Open Graph URLs are built from this and never from the request's
     * Host header, which a client chooses and a shared cache would then serve to everyone.
     */
    publicOrigin: raw.PUBLIC_ORIGIN?.origin ?? `http://localhost:${raw.PORT}`,
    /**
     * How long the server keeps a reader page's data (seconds, 0 = never); for as long again
     * the old data is served while one request refreshes it.
     */
    readerCacheSeconds: raw.READER_CACHE_SECONDS,
    /** The IANA zone reader dates are shown in, named on the page (UTC when unset). */
    timeZone: raw.NEWSROOM_TIME_ZONE,
    logLevel: raw.LOG_LEVEL,
  }));

export type WebEnv = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

export function readEnv(source: Record<string, string | undefined> = process.env): WebEnv {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment for @sahifa/web:\n${problems.join("\n")}`);
}
