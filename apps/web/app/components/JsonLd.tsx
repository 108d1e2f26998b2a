import { serializeJsonForScript } from "../seo/json-ld.ts";

/** Structured data for search engines; serialised with `<` escaped so content cannot end the script. */
export function JsonLd({ data }: { data: unknown }) {
  const json = { __html: serializeJsonForScript(data) };
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON escaped by serializeJsonForScript, never HTML
  return <script type="application/ld+json" dangerouslySetInnerHTML={json} />;
}
