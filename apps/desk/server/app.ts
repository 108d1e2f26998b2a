import type { HttpBindings } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { forwardedFor } from "@sahifa/api-client/forwarded-for";
import { relayMedia } from "@sahifa/api-client/media-relay";
import { DEFAULT_LOCALE, dir, isLocale, LOCALE_CONFIG } from "@sahifa/domain/locales";
import { MEDIA_LIMITS } from "@sahifa/domain/media";
import { resources } from "@sahifa/i18n/resources";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { NONCE, type SecureHeadersVariables, secureHeaders } from "hono/secure-headers";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { createRequestHandler, type ServerBuild } from "react-router";
import "../app/load-context.ts";

/** Forms of the desk are text (the longest: an article body); one megabyte leaves room and stops floods. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The forms that carry an image for the media library (a new article, an article's facts): room
 * for the largest image the API takes plus the form's text. The API checks the file itself.
 */
export const MAX_UPLOAD_FORM_BYTES = MEDIA_LIMITS.imageBytes + MAX_BODY_BYTES;
const UPLOAD_FORM_PATH = /^\/[a-z]{2}\/articles\/(?:new|\d+\/facts)(?:\.data)?$/;

/**
 * An upload to the media library streams through to the API (note 085), which checks type and
 * size as the bytes arrive: its ceiling is the API's largest video with a poster image.
 */
export const MAX_UPLOAD_BYTES = MEDIA_LIMITS.videoBytes + MEDIA_LIMITS.imageBytes + 1024 * 1024;

/**
 * The media library's upload form: a multipart post to `/{locale}/media`, or to
 * `/{locale}/media.data` when React Router submits it from the page (single fetch).
 */
function isMediaUpload(method: string, path: string, contentType: string | undefined): boolean {
  return (
    method === "POST" &&
    /^\/[a-z]{2}\/media(?:\.data)?\/?$/.test(path) &&
    (contentType ?? "").toLowerCase().startsWith("multipart/form-data")
  );
}

/** Hashed file names change with their content, so a browser may keep them for good. */
const IMMUTABLE = "public, max-age=31536000, immutable";

export interface DeskAppOptions {
  /** React Router's server build, or (in development) a function that loads the current one. */
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: "production" | "development";
  /** React Router's build/client: hashed assets and public files. Absent in development, where Vite serves them. */
  clientDir?: string;
  /** Access log; none when absent (in-process tests). */
  logger?: Logger;
  /** The API's GraphQL endpoint: `/media/*` (renditions, videos) is relayed from its origin. */
  apiUrl?: URL;
}

/** The first path segment when it is a desk language, so a refusal is worded in the page's language. */
function localeOfPath(path: string) {
  const first = path.split("/")[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** A refusal the server answers before React Router: a short page in the desk's language. */
const REFUSALS = { 400: "notAForm", 405: "methodNotAllowed", 413: "tooLarge" } as const;

function refusalPage(path: string, status: keyof typeof REFUSALS): string {
  const locale = localeOfPath(path);
  const words = resources[locale].desk.refused[REFUSALS[status]];
  return `<!DOCTYPE html><html lang="${LOCALE_CONFIG[locale].hreflang}" dir="${dir(locale)}"><head><meta charset="utf-8"><title>${words.title}</title></head><body><h1>${words.title}</h1><p>${words.text}</p></body></html>`;
}

/** The body types a browser's form sends; desk actions read nothing else. */
const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/**
 * Whether a POST carries a form its action can read: anything else would make the action's
 * `request.formData()` throw, which React Router answers with a 500. Parsed on a copy, so
 * the action still reads the original (at most MAX_BODY_BYTES, bodyLimit runs first).
 */
async function isReadableForm(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!FORM_TYPES.has(type)) return false;
  try {
    await request.clone().formData();
    return true;
  } catch {
    return false;
  }
}

/**
 * The desk's HTTP app: security headers on every answer, the access log, health, hashed
 * assets, and React Router for the pages. Built apart from the listener (server/start.ts)
 * so tests call `app.request` without a port.
 */
export function createDeskApp(options: DeskAppOptions) {
  const app = new Hono<{ Bindings: Partial<HttpBindings>; Variables: SecureHeadersVariables }>();
  const handleRequest = createRequestHandler(options.build, options.mode);

  if (options.logger) {
    const log = pinoHttp({ logger: options.logger });
    app.use(async (c, next) => {
      // pino-http writes its line when Node finishes the response it was given.
      if (c.env?.incoming && c.env.outgoing) log(c.env.incoming, c.env.outgoing);
      await next();
    });
  }

  // Desk pages are personal and change with every save: never stored by a cache, never indexed,
  // never shown inside another site's frame. Scripts run only when they carry this response's
  // nonce or were loaded by one that does, so injected markup cannot run code in a journalist's session.
  app.use(
    secureHeaders({
      xFrameOptions: "DENY",
      contentSecurityPolicy: {
        frameAncestors: ["'none'"],
        scriptSrc: [NONCE, "'strict-dynamic'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: "same-origin",
      xContentTypeOptions: true,
      // Development runs on plain http on localhost; HSTS there would stick to every local port.
      strictTransportSecurity: options.mode === "production" ? "max-age=15552000; includeSubDomains" : false,
    }),
  );
  app.use(async (c, next) => {
    await next();
    c.header("X-Robots-Tag", "noindex, nofollow");
    if (!c.res.headers.get("Cache-Control")?.includes("immutable")) c.header("Cache-Control", "no-store");
  });

  app.on(["GET", "HEAD"], "/healthz", (c) => c.text("ok"));

  if (options.clientDir) {
    app.use("/assets/*", async (c, next) => {
      await next();
      if (c.res.status === 200 || c.res.status === 206) c.header("Cache-Control", IMMUTABLE);
    });
    app.use("/assets/*", serveStatic({ root: options.clientDir }));
    app.use("/favicon.svg", serveStatic({ root: options.clientDir }));
  }

  const { apiUrl } = options;
  if (apiUrl) app.on(["GET", "HEAD"], "/media/*", (c) => relayMedia(c.req.raw, apiUrl));

  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => {
        // The rest of the body is never read: the connection cannot carry another request.
        c.header("Connection", "close");
        return c.html(refusalPage(c.req.path, 413), 413);
      },
    });
  const formLimit = limit(MAX_BODY_BYTES);
  const uploadFormLimit = limit(MAX_UPLOAD_FORM_BYTES);
  const mediaUploadLimit = limit(MAX_UPLOAD_BYTES);
  app.use("*", (c, next) => {
    if (isMediaUpload(c.req.method, c.req.path, c.req.header("content-type")))
      return mediaUploadLimit(c, next);
    return UPLOAD_FORM_PATH.test(c.req.path) ? uploadFormLimit(c, next) : formLimit(c, next);
  });
  app.post("*", async (c, next) => {
    // A media upload streams through to the API, which checks it; reading it here would buffer it.
    if (isMediaUpload(c.req.method, c.req.path, c.req.header("content-type"))) return next();
    if (await isReadableForm(c.req.raw)) return next();
    return c.html(refusalPage(c.req.path, 400), 400);
  });
  app.on(["GET", "HEAD", "POST"], "*", (c) =>
    handleRequest(c.req.raw, {
      cspNonce: c.get("secureHeadersNonce"),
      forwardedFor: forwardedFor(
        c.req.header("x-forwarded-for"),
        c.env?.incoming ? getConnInfo(c).remote.address : undefined,
      ),
    }),
  );
  app.all("*", (c) => {
    c.header("Allow", "GET, HEAD, POST");
    return c.html(refusalPage(c.req.path, 405), 405);
  });
  return app;
}
