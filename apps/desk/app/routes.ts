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
    route("glossary", "routes/glossary.tsx"),
    route("xliff", "routes/xliff-selection.ts"),
    route("articles/:articleId/:target", "routes/editor.tsx"),
    route("articles/:articleId/:target/revisions", "routes/revisions.tsx"),
    route("articles/:articleId/:target/memory", "routes/memory.ts"),
    route("articles/:articleId/:target/xliff", "routes/xliff.tsx"),
    route("articles/:articleId/:target/xliff/download", "routes/xliff-download.ts"),
    route("articles/:articleId/:target/source-changes", "routes/source-changes.tsx"),
    route("articles/:articleId/:target/preview", "routes/preview.tsx"),
    route("*", "routes/not-found.ts"),
  ]),
  route("*", "routes/not-found.ts", { id: "not-found-outside" }),
] satisfies RouteConfig;
