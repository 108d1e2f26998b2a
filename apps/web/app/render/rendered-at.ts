import { createContext } from "react";

/**
 * When the page being rendered was rendered (epoch ms), for the live islands' relative times:
 * the server writes "12 minutes ago" from it and the browser hydrates from the same moment, so
 * nothing moves when the page becomes live (no layout shift).
 */
export const RenderedAt = createContext<number | null>(null);
