/**
 * Typical organisational units of a municipality that answer forwarded concerns.
 * Mail addresses use the tenant's slug under a reserved demo domain (example.org
 * variants), so demo data never mails a real office.
 */
export const municipalDepartments = [
  { name: 'Bürgerbüro', code: 'BB', local: 'buergerbuero' },
  { name: 'Ordnungsamt', code: 'OA', local: 'ordnungsamt' },
  { name: 'Standesamt', code: 'StA', local: 'standesamt' },
  { name: 'Steuern und Abgaben', code: 'StAbg', local: 'steuern' },
  { name: 'Bauen und Planen', code: 'BP', local: 'bauamt' },
  { name: 'Soziales', code: 'SO', local: 'soziales' },
  { name: 'Kinderbetreuung und Schulen', code: 'KS', local: 'kita' },
];

export const regionDepartments = [
  { name: 'Kfz-Zulassungsstelle', code: 'FB 32.2', local: 'zulassung' },
  { name: 'Ausländerbehörde', code: 'FB 32.4', local: 'auslaenderbehoerde' },
  { name: 'Abfallwirtschaft (aha)', code: 'aha', local: 'aha' },
  { name: 'Jobcenter und Soziales', code: 'FB 50', local: 'soziales' },
  { name: 'Führerscheinstelle', code: 'FB 32.3', local: 'fuehrerschein' },
];

export const demoMailDomain = (slug: string) => `${slug}.demo.example.org`;
