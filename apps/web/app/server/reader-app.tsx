import { DEFAULT_LOCALE, isLocale, type Locale, negotiateLocale } from "@sahifa/domain/locales";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { getCookie } from "hono/cookie";
import { secureHeaders } from "hono/secure-headers";
import type { Logger } from "pino";
import { ErrorPage } from "../components/ErrorPage.tsx";
import type { PageCursor } from "../data/listing.ts";
import { i18nFor } from "../i18n/i18n.ts";
import { EDITION_COOKIE } from "../islands/edition-cookie.ts";
import { fullPathOfLite, litePath } from "../render/lite-mode.ts";
import { articlePage } from "../routes/article.tsx";
import { authorsPage, INFO_PAGES, infoPage, livePage, offlinePage } from "../routes/edition-pages.tsx";
import { frontPage } from "../routes/front.tsx";
import { sectionPage, type TaxonomyKind, taxonomyPage } from "../routes/listing.tsx";
import { PageError } from "../routes/page-error.ts";
import type { PageResponse } from "../routes/page-response.ts";
import { PREVIEW_CACHE, previewPage } from "../routes/preview.tsx";
import type { ReaderDeps } from "../routes/reader-deps.ts";
import {
  isDistributionPath,
  MAX_BEACON_BYTES,
  relayBreaking,
  relayDistribution,
  relayLiveUpdates,
  relayMedia,
  relayView,
} from "../routes/relays.ts";
import { searchPage } from "../routes/search.tsx";
import { urls } from "../urls.ts";
import { serveClientBuild } from "./client-build.ts";
import { editionOf, liteEnvironment, respondWithPage, startTicker } from "./edition-page.ts";

const TAXONOMY_KINDS: readonly TaxonomyKind[] = ["region", "tag", "author", "dossier"];
/** An article id in a route: a positive integer (routes/article.tsx checks it again). */
const ARTICLE_ID_PATTERN = "[1-9][0-9]{0,9}";
/** A slug never holds control characters (U+0000–U+001F); such a URL names nothing. */
const hasControlCharacter = (text: string) => [...text].some((char) => char.charCodeAt(0) < 0x20);

/**
 * The reader editions as one Hono app: every page is a route function that loads its view model
 * and returns a page, which `respondWithPage` renders in the edition's frame. No client router,
 * no loader data: the only script is the islands bundle (docs/architecture/001-two-apps.md).
 */
export function createReaderApp(
  deps: ReaderDeps,
  logger: Pick<Logger, "error">,
  /** The client build's folder, served at /assets (hashed, immutable) and for its few named files. */
  clientDir?: string,
): Hono {
  const app = new Hono();
  const page = (c: Context, load: () => PageResponse | Response | Promise<PageResponse | Response>) => {
    const ticker = startTicker(deps, c.req.param("locale"));
    return Promise.resolve(load()).then((result) => respondWithPage(c, deps, result, ticker));
  };
  /** A listing page's place: `?after=` paging forward, `?before=` paging back. */
  const cursor = (c: Context): PageCursor => {
    const after = c.req.query("after");
    if (after !== undefined) return { after };
    const before = c.req.query("before");
    return before === undefined ? null : { before };
  };

  app.use(
    secureHeaders({
      // The islands bundle and the stylesheet come from this origin; nothing inline runs
      // (JSON-LD is data, not script), so cached pages need no per-request nonce.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        mediaSrc: ["'self'"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
      xFrameOptions: "SAMEORIGIN",
      referrerPolicy: "strict-origin-when-cross-origin",
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(async (c, next) => {
    const allowed = c.req.path === "/views" ? ["POST"] : ["GET", "HEAD"];
    if (!allowed.includes(c.req.method)) {
      return c.text("Method not allowed\n", 405, { Allow: allowed.join(", ") });
    }
    await next();
  });
  app.use(compress());
  // `/EN/…` names the English edition too: one canonical address, lowercase, as every link writes it.
  app.use(async (c, next) => {
    // The path alone decides; the full URL is parsed only for the rare redirect.
    const first = c.req.path.split("/", 2)[1];
    const lower = first?.toLowerCase();
    if (first === lower || !isLocale(lower)) return next();
    const url = new URL(c.req.url);
    const [, , ...rest] = url.pathname.split("/");
    c.header("Cache-Control", "public, max-age=86400");
    return c.redirect(`${["", lower, ...rest].join("/")}${url.search}`, 301);
  });

  if (clientDir) serveClientBuild(app, clientDir);
  app.get("/healthz", (c) => c.text("ok", 200, { "Cache-Control": "no-store" }));
  // `/` sends the reader to the edition their browser asks for; 302 because the answer depends on the request.
  // The edition the reader last read (a cookie the islands script sets) wins over the browser's languages.
  app.get("/", (c) => {
    c.header("Vary", "Cookie, Accept-Language");
    c.header("Cache-Control", "private, max-age=0");
    const remembered = getCookie(c, EDITION_COOKIE);
    const locale = isLocale(remembered) ? remembered : negotiateLocale(c.req.header("accept-language"));
    return c.redirect(`/${locale}`, 302);
  });
  app.get("/media/*", (c) => relayMedia(c, deps));
  app.use(async (c, next) => {
    if (isDistributionPath(c.req.path)) return relayDistribution(c, deps);
    await next();
  });
  app.get("/live-events/breaking/:locale", (c) => relayBreaking(c, deps));
  app.get("/live-events/updates/:locale/:id", (c) => relayLiveUpdates(c, deps));
  app.post(
    "/views",
    bodyLimit({ maxSize: MAX_BEACON_BYTES, onError: (c) => c.text("Beacon too large\n", 413) }),
    (c) => relayView(c, deps),
  );
  app.get("/preview/:token", (c) => page(c, () => previewPage(deps, c.req.param("token"))));

  // Lite pages: the full page's route, rendered lite (docs/architecture/052-lite-pages.md).
  const lite = async (c: Context) => {
    const url = new URL(c.req.url);
    const full = fullPathOfLite(url.pathname);
    if (!full) return c.notFound();
    url.pathname = full.path;
    const response = await app.fetch(new Request(url, c.req.raw), liteEnvironment(c.env));
    const location = response.headers.get("location");
    if (!location?.startsWith("/")) return response;
    // A redirect (an old slug) leads to the lite page of its target.
    const headers = new Headers(response.headers);
    headers.set("location", litePath(location));
    return new Response(response.body, { status: response.status, headers });
  };
  app.get("/:locale/lite", lite);
  app.get("/:locale/lite/*", lite);

  app.get("/:locale", (c) => page(c, () => frontPage(deps, editionOf(c.req.param("locale")))));
  app.get("/:locale/live", (c) => page(c, () => livePage(deps, editionOf(c.req.param("locale")))));
  app.get("/:locale/search", (c) =>
    page(c, () => searchPage(deps, editionOf(c.req.param("locale")), new URL(c.req.url))),
  );
  app.get("/:locale/offline", (c) => page(c, () => offlinePage(deps, editionOf(c.req.param("locale")))));
  app.get("/:locale/authors", (c) => page(c, () => authorsPage(deps, editionOf(c.req.param("locale")))));
  for (const info of INFO_PAGES) {
    app.get(`/:locale/${info}`, (c) => page(c, () => infoPage(deps, editionOf(c.req.param("locale")), info)));
  }
  for (const kind of TAXONOMY_KINDS) {
    app.get(`/:locale/${kind}/:slug`, (c) =>
      page(c, () => {
        const slug = c.req.param("slug");
        if (hasControlCharacter(slug)) throw new PageError(404);
        return taxonomyPage(deps, editionOf(c.req.param("locale")), kind, slug, cursor(c));
      }),
    );
  }
  // An article's address without its slug (shortened or cut when shared) leads to the canonical one.
  for (const route of [
    `/:locale/:section/:id{${ARTICLE_ID_PATTERN}}`,
    `/:locale/:section/:sub/:id{${ARTICLE_ID_PATTERN}}`,
  ]) {
    app.get(route, (c) =>
      page(c, () => articlePage(deps, editionOf(c.req.param("locale")), c.req.param("id") ?? "", c.req.path)),
    );
  }
  app.get("/:locale/:section/:sub?", (c) =>
    page(c, () => {
      const { section, sub } = c.req.param();
      const path = sub ? `${section}/${sub}` : section;
      return sectionPage(deps, editionOf(c.req.param("locale")), path, cursor(c));
    }),
  );
  for (const route of ["/:locale/:section/:id/:slug", "/:locale/:section/:sub/:id/:slug"]) {
    app.get(route, (c) =>
      page(c, () => articlePage(deps, editionOf(c.req.param("locale")), c.req.param("id") ?? "", c.req.path)),
    );
  }

  app.notFound((c) => errorPage(c, new PageError(404)));
  app.onError((error, c) => {
    if (!(error instanceof PageError)) logger.error({ err: error, url: c.req.url }, "reader page failed");
    return errorPage(c, error);
  });

  /** 404s and 400s keep the edition's header and footer, in its language; anything else is a generic 500. */
  function errorPage(c: Context, error: unknown): Promise<Response> {
    const first = c.req.path.split("/")[1];
    const locale: Locale = isLocale(first) ? first : DEFAULT_LOCALE;
    const status = error instanceof PageError ? error.status : 500;
    const reason = error instanceof PageError ? error.reason : undefined;
    const t = i18nFor(locale).t;
    const title =
      status === 404
        ? t("errors:notFound.title")
        : status === 400
          ? t("errors:badRequest.title")
          : t("errors:serverError.title");
    const isPreview = c.req.path.startsWith("/preview/");
    return respondWithPage(c, deps, {
      locale,
      path: c.req.path,
      head: [{ title: `${title} | ${t("common:brand")}` }, { name: "robots", content: "noindex" }],
      content: <ErrorPage status={status} reason={reason} frontUrl={urls.front(locale)} />,
      switcherTargets:
        reason?.kind === "notInEdition"
          ? Object.fromEntries(
              reason.translations.map((translation) => [translation.locale, translation.url]),
            )
          : {},
      status,
      cacheControl: isPreview ? PREVIEW_CACHE : status === 404 ? "public, max-age=60" : "no-store",
      keys: [],
    }).catch((renderError: unknown) => {
      // The error page itself failed (the API is down for the ticker too): a plain answer, never a crash.
      logger.error({ err: renderError }, "error page failed");
      return c.text("Internal Server Error\n", 500, { "Cache-Control": "no-store" });
    });
  }

  return app;
}
