import { isLocale, type Locale } from "@sahifa/domain/locales";
import { useParams } from "react-router";

/** The desk's language: the first segment of every desk URL (English outside them). */
export function useDeskUi(): Locale {
  const { locale } = useParams();
  return locale && isLocale(locale) ? locale : "en";
}
