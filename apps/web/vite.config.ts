import { createRequire } from "node:module";
import path from "node:path";
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Plugin } from "vite";

const require = createRequire(import.meta.url);
const routerDist = path.join(path.dirname(require.resolve("react-router/package.json")), "dist");

/**
 * react-router's package exports point every condition at its development build, which only
 * differs from the production build it also ships by `ENABLE_DEV_WARNINGS = true` (and the
 * warning code that keeps alive). The browser bundle takes the production files; both entry
 * points are redirected together so the page still holds one router. The server keeps the
 * package's own resolution: server.mjs and @react-router/node import it there too.
 */
function reactRouterProductionInBrowser(): Plugin {
  const files: Record<string, string> = {
    "react-router": path.join(routerDist, "production/index.mjs"),
    "react-router/dom": path.join(routerDist, "production/dom-export.mjs"),
  };
  return {
    name: "sahifa:react-router-production-in-browser",
    apply: "build",
    enforce: "pre",
    resolveId(source) {
      if (this.environment.name !== "client") return null;
      return files[source] ?? null;
    },
  };
}

export default defineConfig({
  plugins: [reactRouterProductionInBrowser(), reactRouter()],
});
