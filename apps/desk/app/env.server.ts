import { parseNewsroomTimeZone } from "@sahifa/i18n/newsroom-time";
import { z } from "zod";

/**
 * The desk's environment, read and checked once at start-up (as the API's env.ts does): each
 * bad value is named with what was expected, so a misconfigured deploy fails before it serves.
 * The `.server` suffix keeps it out of the browser bundle.
 */

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const httpUrl = (example: string, fallback: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .default(fallback)
      .refine((value) => {
        try {
          return ["http:", "https:"].includes(new URL(value).protocol);
        } catch {
          return false;
        }
      }, `must be an absolute http(s) URL like ${example}`)
      .transform((value) => new URL(value)),
  );

const EnvSchema = z.object({
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "must be a port number" })
      .int("must be a whole number")
      .min(0, "must be 0–65535")
      .max(65535, "must be 0–65535")
      .default(3001),
  ),
  HOST: z.preprocess(blankToUndefined, z.string().default("0.0.0.0")),
  /** The API's GraphQL endpoint, which every loader and action calls. */
  API_URL: httpUrl("http://localhost:4000/graphql", "http://localhost:4000/graphql"),
  /** The reader editions' origin: previews open there. */
  READER_URL: httpUrl("http://localhost:3000", "http://localhost:3000").transform((url) => url.origin),
  /** The newsroom's IANA zone (note 051): scheduled times and expiries are shown and typed in it. */
  NEWSROOM_TIME_ZONE: z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return parseNewsroomTimeZone(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
});

export type DeskEnv = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

export function readEnv(source: Record<string, string | undefined> = process.env): DeskEnv {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment for @sahifa/desk:\n${problems.join("\n")}`);
}

export const env: DeskEnv = readEnv();
