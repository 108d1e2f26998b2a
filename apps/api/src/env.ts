import proxyaddr from "proxy-addr";
import { z } from "zod";
import { DEFAULT_IMAGE_WORKERS } from "./media/image-workers.ts";

/**
 * The API's environment, read and checked once at start-up. Each bad value
 * is reported by name with what was expected, so a misconfigured deploy
 * fails before it serves anything.
 */

/** Whether proxy-addr understands an entry of TRUSTED_PROXIES. */
function isProxyAddress(entry: string): boolean {
  try {
    proxyaddr.compile(entry);
    return true;
  } catch {
    return false;
  }
}

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const url = (protocols: readonly string[], example: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      }, `must be a URL like ${example}`)
      .optional(),
  );

/**
 * Development signs previews with a fixed secret, so several API instances started in dev accept
 * each other's tokens; production must set its own (see readEnv).
 */
export const DEVELOPMENT_PREVIEW_SECRET = "sahifa-development-preview-secret-not-for-production";
/** Where readers reach the editions; feeds and sitemaps link there. */
export const DEFAULT_PUBLIC_ORIGIN = "http://localhost:3000";

const EnvSchema = z.object({
  NODE_ENV: z.preprocess(blankToUndefined, z.string().default("development")),
  PREVIEW_SECRET: z.preprocess(
    blankToUndefined,
    z.string().min(32, "must be at least 32 characters (e.g. openssl rand -hex 32)").optional(),
  ),
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "must be a port number" })
      .int("must be a whole number")
      .min(0, "must be 0–65535")
      .max(65535, "must be 0–65535")
      .default(4000),
  ),
  HOST: z.preprocess(blankToUndefined, z.string().default("0.0.0.0")),
  DATABASE_URL: url(["postgres:", "postgresql:"], "postgres://user@host:5432/db"),
  REDIS_URL: url(["redis:", "rediss:"], "redis://127.0.0.1:6379"),
  PGLITE_DATA_DIR: z.preprocess(blankToUndefined, z.string().optional()),
  /** Unset: on in development, off when NODE_ENV=production (a production schema is not for browsing). */
  GRAPHQL_INTROSPECTION: z.preprocess(
    blankToUndefined,
    z.enum(["true", "false", "1", "0"], { message: "must be true or false" }).optional(),
  ),
  /** 1: execute only the reader app's and the desk's operations, sent by id (docs/architecture/035-trusted-documents.md). */
  TRUSTED_DOCUMENTS_ONLY: z.preprocess(
    blankToUndefined,
    z
      .enum(["true", "false", "1", "0"], { message: "must be 1 (only trusted documents) or 0" })
      .default("0")
      .transform((value) => value === "true" || value === "1"),
  ),
  /** Proxies in front of the API that append to X-Forwarded-For; the client's address is read past them. */
  TRUSTED_PROXY_HOPS: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(0).max(10).default(0),
  ),
  /**
   * Relays whose X-Forwarded-For names the client (proxy-addr's names or CIDRs, comma-separated;
   * `none` for no relay): by default the reader app and the desk on the same host.
   */
  TRUSTED_PROXIES: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default("loopback")
      .transform((value) => (value.trim() === "none" ? [] : value.split(",").map((entry) => entry.trim())))
      .refine((entries) => entries.every(isProxyAddress), {
        message: "must be `none` or addresses, CIDRs or loopback/linklocal/uniquelocal, comma-separated",
      }),
  ),
  PUBLIC_ORIGIN: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default(DEFAULT_PUBLIC_ORIGIN)
      .refine((value) => /^https?:\/\/[^/\s]+$/.test(value), {
        message: "must be an origin like https://news.example (scheme and host, no path)",
      }),
  ),
  VARNISH_PURGE_URLS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default("")
      .transform((value) =>
        value
          .split(",")
          .map((url) => url.trim())
          .filter((url) => url !== ""),
      )
      .refine((urls) => urls.every((u) => /^https?:\/\/[^/\s]+\/?$/.test(u)), {
        message: "must be a comma-separated list of Varnish URLs like http://127.0.0.1:8080",
      }),
  ),
  /** Sign-in attempts one client address may make per 15 minutes, whatever the emails (note 020). */
  SIGN_IN_ATTEMPTS_PER_CLIENT: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(1).default(20),
  ),
  /** How often this instance looks for scheduled publications that fell due; 0 turns its scheduler off. */
  SCHEDULER_INTERVAL_MS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "must be a number of milliseconds" })
      .int("must be a whole number")
      .min(0, "must be 0 (off) or more")
      .default(5_000),
  ),
  /** Processes that make renditions and check uploaded images with sharp, at most (086). */
  IMAGE_WORKERS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "must be a number of processes" })
      .int("must be a whole number")
      .min(1, "must be 1 or more")
      .max(16, "must be 16 or fewer")
      .default(DEFAULT_IMAGE_WORKERS),
  ),
  /** On SIGTERM, how long requests in flight may take to finish before the process exits anyway. */
  SHUTDOWN_GRACE_MS: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: "must be milliseconds" }).int("must be a whole number").min(0).default(10_000),
  ),
  CORS_ORIGIN: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default("http://localhost:3000")
      .transform((value) => value.split(",").map((origin) => origin.trim()))
      .refine((origins) => origins.every((o) => o === "*" || /^https?:\/\/[^/\s]+$/.test(o)), {
        message: "must be * or a comma-separated list of origins like http://localhost:3000",
      }),
  ),
});

const CheckedEnvSchema = EnvSchema.superRefine((env, context) => {
  if (env.NODE_ENV === "production" && env.PREVIEW_SECRET === undefined) {
    context.addIssue({
      code: "custom",
      path: ["PREVIEW_SECRET"],
      message: "is required when NODE_ENV=production (e.g. openssl rand -hex 32)",
    });
  }
}).transform(({ PREVIEW_SECRET, GRAPHQL_INTROSPECTION, ...env }) => ({
  ...env,
  PREVIEW_SECRET: PREVIEW_SECRET ?? DEVELOPMENT_PREVIEW_SECRET,
  GRAPHQL_INTROSPECTION:
    GRAPHQL_INTROSPECTION === undefined
      ? env.NODE_ENV !== "production"
      : GRAPHQL_INTROSPECTION === "true" || GRAPHQL_INTROSPECTION === "1",
}));

export type Env = z.infer<typeof CheckedEnvSchema>;

export class EnvError extends Error {}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = CheckedEnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment for @sahifa/api:\n${problems.join("\n")}`);
}
