import type { ReactNode } from 'react';
import { CitizenFooter } from './citizen-footer';
import { usePageTitle } from './page-title';

/** Frame of a citizen page: skip link, header with the service name, one main landmark with the title, the footer. */
export function CitizenFrame({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="app-header">
        <span className="brand">DialogCenter Hannover · Behördennummer 115</span>
      </header>
      <main id="inhalt" tabIndex={-1} className="citizen-main">
        <h1>{title}</h1>
        {children}
      </main>
      <CitizenFooter />
    </>
  );
}
