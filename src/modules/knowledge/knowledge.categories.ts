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

/** English labels of the subject areas (the portal's English topic pages, the public topics API). */
export const categoryLabelsEn: Record<Category, string> = {
  buergeramt: 'Citizens’ office',
  standesamt: 'Registry office',
  fahrzeuge: 'Vehicle registration',
  fuehrerschein: 'Driving licences',
  abfall: 'Waste',
  steuern: 'Taxes and charges',
  gewerbe: 'Business',
  bauen: 'Building and housing',
  auslaender: 'Immigration office',
  soziales: 'Social services',
  schule_kita: 'School and childcare',
  ordnung: 'Public order',
  verkehr: 'Roads and traffic',
  umwelt_gesundheit: 'Environment, animals, health, cemeteries',
};
