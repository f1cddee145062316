import { CitizenFooter } from '../../app/citizen-footer';
import { usePageTitle } from '../../app/page-title';
import type { ReactNode } from 'react';

/** Frame of the citizen-facing pages: a header with the service name, one main landmark, a footer. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="app-header">
        <span className="brand">DialogCenter Hannover · Behördennummer 115</span>
      </header>
      <main id="inhalt" tabIndex={-1} style={{ margin: '0 auto', maxWidth: '48rem' }}>
        <h1>{title}</h1>
        {children}
      </main>
      <CitizenFooter />
    </>
  );
}
