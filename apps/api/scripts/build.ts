import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildTrustedDocuments } from "@sahifa/api-client/trusted-documents";
import { build, type Plugin } from "esbuild";
import { TRUSTED_DOCUMENTS_FILE } from "../src/http/trusted-documents-file.ts";

/**
 * `pnpm build`: the API's entry points as plain JavaScript in dist/, which `pnpm start` runs
 * with node (docs/architecture/022-api-build.md). Our workspace packages export TypeScript
 * source, so they are bundled in; npm dependencies stay imports, resolved from node_modules
 * at run time as before.
 */
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(appDir, "dist");
const ENTRY_POINTS = ["start", "migrate", "seed", "create-user"];
/** Processes the API starts, found beside the bundles by their file name (086). */
const WORKER_ENTRY_POINTS = { "image-worker": "src/media/image-worker.ts" };

/** Bare imports stay external, except our own packages (`@sahifa/*`), which Node could not load as .ts. */
const externalDependencies: Plugin = {
  name: "external-dependencies",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@sahifa/") ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * A bundled module's `import.meta.url` would be the bundle's, so files that find their data
 * next to themselves (the media directory, the default PGlite directory) would look in dist/.
 * Each gets its own source location instead, relative to the bundle so the build moves with
 * the repository.
 */
const sourceLocatedMeta: Plugin = {
  name: "source-located-import-meta",
  setup(builder) {
    builder.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const relative = path.relative(outdir, args.path).split(path.sep).join("/");
      return {
        contents: source.replaceAll(
          "import.meta.url",
          `new URL(${JSON.stringify(relative)}, import.meta.url).href`,
        ),
        loader: "ts",
      };
    });
  },
};

await build({
  entryPoints: {
    ...Object.fromEntries(ENTRY_POINTS.map((name) => [name, path.join(appDir, "src/bin", `${name}.ts`)])),
    ...Object.fromEntries(
      Object.entries(WORKER_ENTRY_POINTS).map(([name, source]) => [name, path.join(appDir, source)]),
    ),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  plugins: [externalDependencies, sourceLocatedMeta],
});
console.log(
  `built ${[...ENTRY_POINTS, ...Object.keys(WORKER_ENTRY_POINTS)].map((name) => `dist/${name}.js`).join(", ")}`,
);

// The operations the reader app and the desk send, which TRUSTED_DOCUMENTS_ONLY=1 limits the API to (035).
const trustedDocuments = await buildTrustedDocuments(
  ["web", "desk"].map((name) => path.join(appDir, "..", name, "app")),
);
await writeFile(path.join(outdir, TRUSTED_DOCUMENTS_FILE), `${JSON.stringify(trustedDocuments, null, 1)}\n`);
console.log(`built dist/${TRUSTED_DOCUMENTS_FILE} (${Object.keys(trustedDocuments).length} operations)`);
