import type { HeadTag } from "../seo/seo.ts";

/** A page's title, meta and link elements, in the order the route gave them. */
export function HeadTags({ tags }: { tags: readonly HeadTag[] }) {
  return tags.map((tag, index) => {
    if ("title" in tag && !("tagName" in tag)) return <title key="title">{tag.title}</title>;
    if ("tagName" in tag) {
      const { tagName: _link, ...attributes } = tag;
      return <link key={index} {...attributes} />;
    }
    if ("property" in tag) return <meta key={index} property={tag.property} content={tag.content} />;
    return <meta key={index} name={tag.name} content={tag.content} />;
  });
}
