import { index, type RouteConfig, route } from "@react-router/dev/routes";

/*
 * The desk's URLs: the UI language first (/en, /ar, /es), then the page. `/` negotiates the
 * language; /healthz is answered by the server before React Router (server/app.ts).
 */
export default [
  index("routes/home.ts"),
  route(":locale/sign-out", "routes/sign-out.ts"),
  route(":locale", "routes/frame.tsx", [
    index("routes/queue.tsx"),
    route("sign-in", "routes/sign-in.tsx"),
    route("breaking", "routes/breaking.tsx"),
    route("live", "routes/live.tsx"),
    route("articles/new", "routes/new-article.tsx"),
    route("articles/:articleId/facts", "routes/facts.tsx"),
    route("glossary", "routes/glossary.tsx"),
    route("xliff", "routes/xliff-selection.ts"),
    route("articles/:articleId/:target", "routes/editor.tsx"),
    route("articles/:articleId/:target/revisions", "routes/revisions.tsx"),
    route("articles/:articleId/:target/memory", "routes/memory.ts"),
    route("articles/:articleId/:target/xliff", "routes/xliff.tsx"),
    route("articles/:articleId/:target/xliff/download", "routes/xliff-download.ts"),
    route("articles/:articleId/:target/source-changes", "routes/source-changes.tsx"),
    route("articles/:articleId/:target/preview", "routes/preview.tsx"),
    // Running the newsroom: publishing and corrections, media library, taxonomy, authors.
    route("articles/:articleId/:target/publishing", "routes/publishing.tsx"),
    route("media", "routes/media.tsx"),
    route("media-choices", "routes/media-choices.ts"),
    route("media/:mediaId", "routes/media-item.tsx"),
    route("taxonomy", "routes/taxonomy.tsx"),
    route("authors", "routes/authors.tsx"),
    route("authors/:slug", "routes/author.tsx"),
    route("*", "routes/not-found.ts"),
  ]),
  route("*", "routes/not-found.ts", { id: "not-found-outside" }),
] satisfies RouteConfig;
