import type { TFunction } from "i18next";

/**
 * Why the API refused what a desk form posted (a live update, a breaking item). `invalid`
 * names the field with the API's reason, which is in English: the form words it in the
 * desk's language from the field and what was sent (refusalMessage, lengthMessage).
 */
export type PostRefusal =
  | { kind: "sessionExpired" }
  | { kind: "forbidden" }
  | { kind: "notFound" }
  | { kind: "failed"; message: string }
  | { kind: "invalid"; field: string; message: string };

/** A refusal in the desk's language; `words` are the form's own sentences for its refusals. */
export function refusalMessage(
  t: TFunction<"desk">,
  refusal: PostRefusal,
  words: { forbidden: string; notFound: string; invalid: (field: string, message: string) => string },
): string {
  switch (refusal.kind) {
    case "sessionExpired":
      return t("sessionExpired");
    case "forbidden":
      return words.forbidden;
    case "notFound":
      return words.notFound;
    case "failed":
      return refusal.message;
    case "invalid":
      return words.invalid(refusal.field, refusal.message);
  }
}

/**
 * A text field's refusal worded from what was sent (trimmed, as the API checks it): required
 * when a required field is blank, too long past `max`. Null when neither explains it.
 */
export function lengthMessage(
  t: TFunction<"desk">,
  field: { label: string; value: string; max: number; required: boolean },
): string | null {
  const value = field.value.trim();
  if (field.required && value === "") return t("validation.required", { field: field.label });
  if (value.length > field.max) return t("validation.tooLong", { field: field.label, max: field.max });
  return null;
}
