import type { ReactNode } from "react";
import type { InlineRunView } from "../model/article.ts";

/** Site-relative links stay in the page; http(s) links open as external. Anything else is dropped to text. */
function safeHref(href: string): string | null {
  if (href.startsWith("/") && !href.startsWith("//")) return href;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Renders runs of text with their marks. Text is always a React child, never HTML. */
export function InlineRuns({ runs }: { runs: InlineRunView[] }) {
  return (
    <>
      {runs.map((run, index) => {
        let node: ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        const href = run.href ? safeHref(run.href) : null;
        if (href) {
          const external = !href.startsWith("/");
          node = (
            <a href={href} {...(external ? { rel: "noopener noreferrer" } : {})}>
              {node}
            </a>
          );
        }
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}
