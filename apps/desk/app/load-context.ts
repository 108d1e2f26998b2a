/**
 * What the desk's Hono server hands React Router with every request (server/app.ts):
 * the nonce its Content-Security-Policy allows scripts by, which entry.server.tsx
 * puts on every script React renders.
 */
declare module "react-router" {
  interface AppLoadContext {
    cspNonce?: string;
  }
}

export {};
