import type { Config } from "@react-router/dev/config";

export default {
  // Every reader page is rendered on the server so it reads without JavaScript.
  ssr: true,
} satisfies Config;
