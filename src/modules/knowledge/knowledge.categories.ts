/** Subject areas of the knowledge base, for filters, local units and the public page. */
export type Category =
  | 'buergeramt'
  | 'standesamt'
  | 'fahrzeuge'
  | 'fuehrerschein'
  | 'abfall'
  | 'steuern'
  | 'gewerbe'
  | 'bauen'
  | 'auslaender'
  | 'soziales'
  | 'schule_kita'
  | 'ordnung'
  | 'verkehr'
  | 'umwelt_gesundheit';

export const categories = [
  'buergeramt',
  'standesamt',
  'fahrzeuge',
  'fuehrerschein',
  'abfall',
  'steuern',
  'gewerbe',
  'bauen',
  'auslaender',
  'soziales',
  'schule_kita',
  'ordnung',
  'verkehr',
  'umwelt_gesundheit',
] as const satisfies readonly Category[];

export const categoryLabels: Record<Category, string> = {
  buergeramt: 'Bürgeramt',
  standesamt: 'Standesamt',
  fahrzeuge: 'Kfz-Zulassung',
  fuehrerschein: 'Fahrerlaubnis',
  abfall: 'Abfall',
  steuern: 'Steuern und Abgaben',
  gewerbe: 'Gewerbe',
  bauen: 'Bauen und Wohnen',
  auslaender: 'Ausländerbehörde',
  soziales: 'Soziales',
  schule_kita: 'Schule und Kinderbetreuung',
  ordnung: 'Öffentliche Ordnung',
  verkehr: 'Straßen und Verkehr',
  umwelt_gesundheit: 'Umwelt, Tiere, Gesundheit, Friedhöfe',
};
