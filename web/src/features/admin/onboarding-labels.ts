import type { ApiBody, ApiResponse } from '../../app/api-types';

/** The onboarding API's shapes (generated OpenAPI types) and their German labels (decision 0170). */
export type OnboardingDetail = ApiResponse<'/api/v1/tenants/{tenantId}/onboarding'>;
export type Onboarding = OnboardingDetail['onboarding'];
export type OnboardingStep = OnboardingDetail['steps'][number];
export type OnboardingDocument = OnboardingDetail['documents'][number];
export type StepKey = OnboardingStep['stepKey'];
export type Readiness = ApiResponse<'/api/v1/tenants/{tenantId}/readiness'>;
export type ReadinessCheck = Readiness['checks'][number];
export type KnowledgeCategory = NonNullable<ApiBody<'/api/v1/tenants/{tenantId}/onboarding', 'put'>['answeredCategories']>[number];
export type Announcement = ApiResponse<'/api/v1/onboarding/announcements'>['items'][number];

export const stepLabels: Record<StepKey, { title: string; hint: string }> = {
  tasks: {
    title: 'Aufgaben des DialogCenters und der Kommune',
    hint: 'Welche Leistungen das DialogCenter beantwortet, welche es weiterleitet und welche es bucht.',
  },
  technical: { title: 'Technische Voraussetzungen', hint: 'Rufnummern, Warteschlangen, Telefonanlage, Zugänge.' },
  data_protection: { title: 'Datenschutz', hint: 'Vereinbarung zur Auftragsverarbeitung und ihr Datum.' },
  cost_refund: { title: 'Kostenerstattung', hint: 'Abrechnungsschlüssel, Leitweg-ID, Ansprechperson für die Abrechnung.' },
  term: { title: 'Laufzeit', hint: 'Beginn, Ende und Kündigungsfrist.' },
};

export const ownerLabels: Record<OnboardingStep['owner'], string> = { center: 'DialogCenter', municipality: 'Kommune' };
export const statusLabels: Record<OnboardingStep['status'], string> = { open: 'offen', in_progress: 'in Arbeit', done: 'erledigt' };

export const checkLabels: Record<string, string> = {
  hotlines: 'Rufnummern und Telefonanlage',
  departments: 'Fachbereiche mit Kontakt',
  knowledge: 'Örtliche Teile der Wissensdatenbank',
  appointments: 'Terminbuchung',
  billing: 'Abrechnungsdaten',
  agents: 'Geschulte Agentinnen und Agenten',
  service_hours: 'Servicezeiten',
  closing_days: 'Schließtage',
  data_protection: 'Datenschutz (Auftragsverarbeitung)',
};

/** Where each readiness check is fixed: a page of the application (or a part of the onboarding page). */
export function checkFixLink(key: string, tenantId: string): { to: string; label: string } {
  const tenant = `/verwaltung/mandanten/${tenantId}`;
  switch (key) {
    case 'hotlines':
      return { to: `/verwaltung/telefonie?mandant=${tenantId}`, label: 'Rufnummern und Anlagen verwalten' };
    case 'departments':
      return { to: `${tenant}#departments-heading`, label: 'Fachbereiche und Ansprechpersonen' };
    case 'knowledge':
      return { to: '/wissen/aktualitaet', label: 'Aktualität der Wissensdatenbank' };
    case 'appointments':
      return { to: `/verwaltung/terminstandorte?mandant=${tenantId}`, label: 'Terminstandorte einrichten' };
    case 'billing':
      return { to: `${tenant}#agreement-heading`, label: 'Abrechnungsdaten der Servicevereinbarung' };
    case 'agents':
      return { to: '#trained-heading', label: 'Schulungen eintragen' };
    case 'service_hours':
      return { to: `${tenant}#agreement-heading`, label: 'Servicezeiten der Vereinbarung' };
    case 'closing_days':
      return { to: '/verwaltung/schliesstage', label: 'Schließtage pflegen' };
    case 'data_protection':
      return { to: '#agreement-parts-heading', label: 'Datum der Auftragsverarbeitung eintragen' };
    default:
      return { to: tenant, label: 'Mandant' };
  }
}

export const categoryLabels: Record<KnowledgeCategory, string> = {
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
export const knowledgeCategories = Object.keys(categoryLabels) as KnowledgeCategory[];
