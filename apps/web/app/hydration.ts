/** Routes that run as a React Router app in the browser say so with `handle = { hydrate: true }` (the desk). */
export interface RouteHandle {
  hydrate?: boolean;
}

/** Whether a page is hydrated: one of its matched routes' handles asks for it. */
export function hydratedBy(handles: readonly unknown[]): boolean {
  return handles.some((handle) => (handle as RouteHandle | undefined)?.hydrate === true);
}
