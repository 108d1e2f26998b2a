import type { NotFoundReason } from "../model/not-found.ts";

export type { NotFoundReason };

/** Thrown by a route: the reader gets a real 404 or 400 page with the edition's header and footer. */
export class PageError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly reason: NotFoundReason = { kind: "notFound" },
  ) {
    super(status === 404 ? "Not found" : "Bad request");
    this.name = "PageError";
  }
}

export function notFound(reason?: NotFoundReason): PageError {
  return new PageError(404, reason);
}

export function badRequest(): PageError {
  return new PageError(400);
}
