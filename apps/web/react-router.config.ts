import type { Config } from "@react-router/dev/config";

export default {
  // Every reader page is rendered on the server so it reads without JavaScript.
  ssr: true,
  future: {
    // Loaders get the request as it came (React Router 8's behaviour) and read the page's URL
    // from their `url` argument. Without it, every loader of every request gets two copies of
    // the request, built only to drop `?index` and `_routes`: 4 % of the server's CPU.
    v8_passThroughRequests: true,
  },
} satisfies Config;
