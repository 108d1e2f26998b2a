/**
 * What the desk's Hono server hands React Router with every request (server/app.ts):
 * the nonce its Content-Security-Policy allows scripts by, which entry.server.tsx
 * puts on every script React renders, and the X-Forwarded-For naming the journalist's
 * address, which the sign-in relays so the API's per-client throttle counts each client apart.
 */
declare module "react-router" {
  interface AppLoadContext {
    cspNonce?: string;
    forwardedFor?: Record<string, string>;
  }
}

export {};
