import { index, type RouteConfig, route } from "@react-router/dev/routes";

/*
 * URLs of the editions (DESIGN): /{locale}, /{locale}/{section-path},
 * /{locale}/{section-path}/{id}/{slug}, and region/tag/author/dossier/live pages under /{locale}.
 * Static segments outrank dynamic ones, so /en/region/x never reaches the section routes.
 * Search (issue 5) and the desk (issue 4) add their routes beside these.
 */
export default [
  index("routes/home.tsx"),
  route("healthz", "routes/healthz.ts"),
  route("media/*", "routes/media.ts"),
  // Live feed and view beacon (issue 5): relayed to the API from the web origin.
  route("live-events/breaking/:locale", "routes/live-events.breaking.ts"),
  route("live-events/updates/:locale/:id", "routes/live-events.updates.ts"),
  route("views", "routes/views.ts"),
  // The newsroom desk (issue 4): UI language = the edition prefix; its static "desk" segment outranks sections.
  route(":locale/desk/sign-out", "routes/desk.sign-out.ts"),
  route(":locale/desk", "routes/desk.tsx", [
    index("routes/desk.queue.tsx"),
    route("sign-in", "routes/desk.sign-in.tsx"),
    route("breaking", "routes/desk.breaking.tsx"),
    route("live", "routes/desk.live.tsx"),
    route("articles/:articleId/:target", "routes/desk.editor.tsx"),
    route("articles/:articleId/:target/revisions", "routes/desk.revisions.tsx"),
    route("articles/:articleId/:target/source-changes", "routes/desk.source-changes.tsx"),
  ]),
  route(":locale", "routes/edition.tsx", [
    index("routes/edition.front.tsx"),
    route("live", "routes/edition.live.tsx"),
    route("search", "routes/edition.search.tsx"),
    route("region/:slug", "routes/edition.region.tsx"),
    route("tag/:slug", "routes/edition.tag.tsx"),
    route("author/:slug", "routes/edition.author.tsx"),
    route("dossier/:slug", "routes/edition.dossier.tsx"),
    route("authors", "routes/edition.authors.tsx"),
    route("about", "routes/edition.info.tsx", { id: "info-about" }),
    route("privacy", "routes/edition.info.tsx", { id: "info-privacy" }),
    route("contact", "routes/edition.info.tsx", { id: "info-contact" }),
    route(":section/:sub?", "routes/edition.section.tsx"),
    route(":section/:id/:slug", "routes/edition.article.tsx", { id: "article-1" }),
    route(":section/:sub/:id/:slug", "routes/edition.article.tsx", { id: "article-2" }),
    route("*", "routes/edition.not-found.tsx"),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
