import type { ReactNode } from "react";

/**
 * A navigation link marked `aria-current="page"` on its own page (and, unless `end`, on the
 * pages below it), as React Router's NavLink marks it: reader pages are not hydrated, so a
 * plain link and one comparison is all it takes on the server.
 */
export function CurrentPageLink({
  href,
  pathname,
  end = false,
  className,
  children,
}: {
  href: string;
  pathname: string;
  end?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const current = pathname === href || (!end && pathname.startsWith(`${href}/`));
  return (
    <a href={href} className={className} aria-current={current ? "page" : undefined}>
      {children}
    </a>
  );
}
