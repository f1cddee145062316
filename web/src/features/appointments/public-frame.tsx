import { CitizenFooter } from '../../app/citizen-footer';
import { usePageTitle } from '../../app/page-title';
import type { ReactNode } from 'react';

/** Frame of the citizen appointment pages: header, one main landmark, footer with the phone number. */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="app-header">
        <span className="brand">Terminvergabe · Region Hannover und ihre Städte und Gemeinden</span>
      </header>
      <main id="inhalt" tabIndex={-1} style={{ margin: '0 auto', maxWidth: '52rem' }}>
        <h1>{title}</h1>
        {children}
      </main>
      <CitizenFooter />
    </>
  );
}
