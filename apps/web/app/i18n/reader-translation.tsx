import type { Namespace } from "@sahifa/i18n/resources";
import type { i18n, TFunction } from "i18next";
import { createContext, type ReactNode, useContext } from "react";

/**
 * Translation for reader pages, which render on the server only (their islands get their
 * strings as props). react-i18next's `useTranslation` builds a wrapper around the i18n
 * instance in every component that calls it, for re-rendering on language changes that a
 * server render never has; in a CPU profile of the article page that wrapper alone was 5 % of
 * the server's time. This hook hands out one fixed `t` per instance and namespace instead.
 * The desk, a React app in the browser, keeps react-i18next.
 */
const ReaderI18nContext = createContext<i18n | null>(null);

export function ReaderI18nProvider({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return <ReaderI18nContext.Provider value={i18n}>{children}</ReaderI18nContext.Provider>;
}

const fixedByInstance = new WeakMap<i18n, Map<string, TFunction>>();

/** One namespace, or several (the first is the default; keys of the others carry their `ns:` prefix). */
export function useTranslation<const Ns extends Namespace | readonly Namespace[]>(
  namespace: Ns,
): { t: TFunction<Ns> } {
  const instance = useContext(ReaderI18nContext);
  if (!instance) throw new Error("A reader component rendered outside <ReaderI18nProvider>.");
  let byNamespace = fixedByInstance.get(instance);
  if (!byNamespace) {
    byNamespace = new Map();
    fixedByInstance.set(instance, byNamespace);
  }
  const key = typeof namespace === "string" ? namespace : namespace.join(",");
  let t = byNamespace.get(key);
  if (!t) {
    t = instance.getFixedT(instance.language, namespace as Namespace | Namespace[]) as TFunction;
    byNamespace.set(key, t);
  }
  return { t: t as TFunction<Ns> };
}
