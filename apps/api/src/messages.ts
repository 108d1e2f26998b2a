import type { Locale } from "@sahifa/domain/locales";
import { createI18n } from "@sahifa/i18n/create-i18n";

type ApiMessageKey =
  | "nulCharacter"
  | "databaseUnavailable"
  | "signInInvalid"
  | "signInLocked"
  | "signInTooMany"
  | "trustedDocumentUnknown"
  | "trustedDocumentsOnly";

/** One instance per locale for the whole process: initialised once, then only read. */
const instances = new Map<Locale, ReturnType<typeof createI18n>>();

/** The API's refusal messages (packages/i18n, `errors.api`) in the edition the request asked for. */
export function apiMessage(locale: Locale, key: ApiMessageKey, options: { count?: number } = {}): string {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createI18n(locale, ["errors"]);
    instances.set(locale, instance);
  }
  return instance.t(`api.${key}`, { ns: "errors", ...options });
}
