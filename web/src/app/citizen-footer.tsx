/**
 * The one footer of every citizen page: the phone number and the links BITV 2.0 and the TMG/DDG ask to be
 * reachable from every page (imprint, privacy notice, accessibility statement with its feedback route),
 * next to the other ways to reach the center.
 */
export function CitizenFooter({ lang = 'de' }: { lang?: 'de' | 'en' }) {
  const en = lang === 'en';
  const links: [string, string][] = [
    ['/buerger/leistungen', en ? 'Find a service' : 'Leistungen finden'],
    [en ? '/en/assistant' : '/de/assistent', en ? 'Ask the assistant' : 'Assistent fragen'],
    [en ? '/en/contact' : '/de/kontakt', en ? 'Contact form' : 'Kontaktformular'],
    [en ? '/en/status' : '/de/status', en ? 'Status of a request' : 'Stand eines Anliegens'],
    ['/buerger/impressum', en ? 'Imprint (German)' : 'Impressum'],
    ['/buerger/datenschutz', en ? 'Privacy notice (German)' : 'Datenschutz'],
    ['/buerger/barrierefreiheit', en ? 'Accessibility (German)' : 'Barrierefreiheit'],
  ];
  return (
    <footer className="muted citizen-footer">
      <p>
        {en
          ? 'City of Hannover and Hannover Region · Phone 115 (Mon–Fri 8 am–6 pm)'
          : 'Landeshauptstadt Hannover und Region Hannover · Telefon 115 (Mo–Fr 8–18 Uhr)'}
      </p>
      <nav aria-label={en ? 'Service and legal information' : 'Service und rechtliche Hinweise'}>
        <ul className="citizen-footer-links">
          {links.map(([href, label]) => (
            <li key={href}>
              <a href={href}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  );
}
