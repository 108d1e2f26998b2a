import type { Config } from "@react-router/dev/config";

export default {
  // Every desk page is rendered on the server (it works without JavaScript) and then hydrated.
  ssr: true,
  future: {
    // Loaders get the request as it came (React Router 8's behaviour) and read the page's URL from `url`.
    v8_passThroughRequests: true,
  },
} satisfies Config;
