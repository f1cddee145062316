import type { ApiItem, ApiResponse } from '../../app/api-types';

/**
 * The data-protection pages' shapes (generated OpenAPI types, decision record 0066) and German labels.
 * What the server knows per module (kinds, purposes, retention) comes from the API, never from here.
 */
export type RetentionItem = ApiItem<'/api/v1/privacy/retention'>;
export type RetentionRun = ApiItem<'/api/v1/privacy/retention/runs'>;
export type SubjectRecord = ApiItem<'/api/v1/privacy/subjects/search', 'post'>;
export type PrivacyRequest = ApiItem<'/api/v1/privacy/requests'>;
export type ErasureResult = ApiResponse<'/api/v1/privacy/subjects/erase', 'post'>;
export type RestrictionResult = ApiResponse<'/api/v1/privacy/subjects/restrict', 'post'>;

export interface Subject {
  email?: string;
  phone?: string;
  name?: string;
  birthDate?: string;
  referenceCode?: string;
}

export const moduleLabels: Record<string, string> = {
  contacts: 'Kontakte und Telefonie',
  routing: 'Kontaktformular und Chat',
  tickets: 'Zweite Ebene (Weiterleitungen)',
  appointments: 'Termine',
  dispatch: 'Leitstelle',
  itfaults: 'IuK-Störungen',
  knowledge: 'Wissensdatenbank (Suchen)',
  assistant: 'Assistent',
};
export const moduleLabel = (module: string) => moduleLabels[module] ?? module;

export const actionLabels = { delete: 'löschen', anonymise: 'anonymisieren' } as const;

export const requestKindLabels: Record<string, string> = {
  access: 'Auskunft (Art. 15)',
  erasure: 'Löschung (Art. 17)',
  restriction: 'Einschränkung (Art. 18)',
};

export const subjectFieldLabels: Record<keyof Subject, string> = {
  email: 'E-Mail',
  phone: 'Telefon',
  name: 'Name',
  birthDate: 'Geburtsdatum',
  referenceCode: 'Referenznummer',
};

export const subjectText = (subject: Record<string, string>) =>
  Object.entries(subject)
    .map(([k, v]) => `${subjectFieldLabels[k as keyof Subject] ?? k}: ${v}`)
    .join(', ');

/** Days as people say them: "90 Tage (3 Monate)", "3650 Tage (10 Jahre)". */
export function daysText(days: number): string {
  const base = `${days} ${days === 1 ? 'Tag' : 'Tage'}`;
  if (days >= 365 && days % 365 === 0) return `${base} (${days / 365} ${days === 365 ? 'Jahr' : 'Jahre'})`;
  if (days >= 30 && days % 30 === 0 && days < 365) return `${base} (${days / 30} ${days === 30 ? 'Monat' : 'Monate'})`;
  return base;
}
