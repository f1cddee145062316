import { useEffect } from 'react';

export const SITE_NAME = 'DialogCenter Hannover';

/** The document title for a page: "<page> – DialogCenter Hannover" (WCAG 2.4.2: every page its own title). */
export const pageTitle = (title: string) => (title ? `${title} – ${SITE_NAME}` : SITE_NAME);

/**
 * Sets the document title while the page is shown. The route sets its label first; a page
 * that knows more (a record's name) calls this again and wins, because effects run in
 * render order and a page's own effects run after the route's.
 */
export function usePageTitle(title: string | null | undefined) {
  useEffect(() => {
    if (title) document.title = pageTitle(title);
  }, [title]);
}

/** Renders nothing; sets the title of the route it stands in. */
export function PageTitle({ title }: { title: string }) {
  usePageTitle(title);
  return null;
}
