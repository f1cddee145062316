/**
 * The readiness checks of a tenant (decision 0170), pure: the facts are read by onboarding.service.ts
 * through each owning module's public entry; this file only judges them. Each check names what is
 * missing in German, so the onboarding page can show it next to the link that fixes it.
 */
import type { ReadinessCheck } from '../tenancy/index.js';

export interface ReadinessSettings {
  /** Percent of the answered services whose local part is complete and verified in its interval. */
  knowledgeSharePercent: number;
  minTrainedAgents: number;
}

export interface ReadinessFacts {
  hotlines: { dialledNumber: string; queueName: string | null }[];
  connectedSystems: string[];
  departments: { name: string; active: boolean; email: string | null; phone: string | null }[];
  /** Contact people linked to a department (department id -> count with e-mail or phone). */
  departmentContacts: { departmentName: string }[];
  knowledge: { services: number; withLocalPart: number; complete: number; verifiedInInterval: number; ready: number };
  includesBookings: boolean;
  offices: { name: string; services: number; openingRules: number }[];
  /** The host runs the center and refunds nothing: no billing data needed. */
  isHost: boolean;
  billing: {
    leitwegIdValid: boolean;
    leitwegId: string | null;
    addressComplete: boolean;
    contactComplete: boolean;
    keyVersions: number;
  };
  trainedAgents: string[];
  serviceHoursDays: number;
  closingDaysAhead: number;
  processingAgreementSignedOn: string | null;
}

export const readinessCheckKeys = [
  'hotlines',
  'departments',
  'knowledge',
  'appointments',
  'billing',
  'agents',
  'service_hours',
  'closing_days',
  'data_protection',
] as const;
export type ReadinessCheckKey = (typeof readinessCheckKeys)[number];

const list = (names: string[], max = 3) =>
  names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} und ${names.length - max} weitere`;
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.floor((part / whole) * 1000) / 10);

export function evaluateReadiness(f: ReadinessFacts, s: ReadinessSettings): ReadinessCheck[] {
  const checks: ReadinessCheck[] = [];
  const add = (key: ReadinessCheckKey, mandatory: boolean, ok: boolean, detail: string) => checks.push({ key, mandatory, ok, detail });

  // Hotlines: mapped to the tenant, each with its ACD queue, and a telephone system that can send events.
  {
    const withoutQueue = f.hotlines.filter((h) => !h.queueName).map((h) => h.dialledNumber);
    const problems: string[] = [];
    if (f.hotlines.length === 0) problems.push('Keine Rufnummer zugeordnet.');
    if (withoutQueue.length > 0) problems.push(`Ohne ACD-Warteschlange: ${list(withoutQueue)}.`);
    if (f.connectedSystems.length === 0) problems.push('Keine aktive Telefonanlage mit gültigem Telefonie-Token.');
    add(
      'hotlines',
      true,
      problems.length === 0,
      problems.length === 0
        ? `${f.hotlines.length} Rufnummer(n) mit Warteschlange; erreichbar über ${list(f.connectedSystems)}.`
        : problems.join(' '),
    );
  }

  // Departments (second level): at least one, each reachable (own e-mail or a linked contact person).
  {
    const active = f.departments.filter((d) => d.active);
    const withContact = new Set(f.departmentContacts.map((c) => c.departmentName));
    const unreachable = active.filter((d) => !d.email && !withContact.has(d.name)).map((d) => d.name);
    const ok = active.length > 0 && unreachable.length === 0;
    add(
      'departments',
      true,
      ok,
      active.length === 0
        ? 'Kein Fachbereich angelegt.'
        : unreachable.length > 0
          ? `Ohne Kontakt (E-Mail oder Ansprechperson): ${list(unreachable)}.`
          : `${active.length} Fachbereich(e), jeder mit Kontakt.`,
    );
  }

  // Knowledge: local parts complete and verified within the review interval for the answered services.
  {
    const k = f.knowledge;
    const share = percent(k.ready, k.services);
    const ok = k.services > 0 && share >= s.knowledgeSharePercent;
    const missing = k.services - k.withLocalPart;
    const parts = [
      `${share.toLocaleString('de-DE')} % von ${k.services} Leistungen vollständig und geprüft (Ziel ${s.knowledgeSharePercent} %).`,
    ];
    if (!ok) {
      if (missing > 0) parts.push(`${missing} ohne örtlichen Teil;`);
      if (k.withLocalPart - k.complete > 0) parts.push(`${k.withLocalPart - k.complete} unvollständig (Telefon, E-Mail, Öffnungszeiten);`);
      if (k.withLocalPart - k.verifiedInInterval > 0)
        parts.push(`${k.withLocalPart - k.verifiedInInterval} nicht im Prüfintervall bestätigt.`);
    }
    add('knowledge', true, ok, k.services === 0 ? 'Keine Leistungen für die vereinbarten Themen im Katalog.' : parts.join(' '));
  }
  if (!f.includesBookings) add('appointments', false, true, 'Terminbuchung ist nicht vereinbart.');
  else {
    const incomplete = f.offices.filter((o) => o.services === 0 || o.openingRules === 0).map((o) => o.name);
    const ok = f.offices.length > 0 && incomplete.length === 0;
    add(
      'appointments',
      true,
      ok,
      f.offices.length === 0
        ? 'Terminbuchung vereinbart, aber kein Standort eingerichtet.'
        : incomplete.length > 0
          ? `Ohne Leistungen oder Öffnungszeiten: ${list(incomplete)}.`
          : `${f.offices.length} Standort(e) mit Leistungen und Öffnungszeiten.`,
    );
  }

  // Billing data: Leitweg-ID, invoice address, billing contact, an allocation key (billing key).
  if (f.isHost) add('billing', false, true, 'Trägerin des DialogCenters: keine Kostenerstattung, keine Rechnungsdaten nötig.');
  else {
    const b = f.billing;
    const problems: string[] = [];
    if (!b.leitwegId) problems.push('Leitweg-ID fehlt.');
    else if (!b.leitwegIdValid) problems.push('Leitweg-ID ist ungültig (Prüfziffer).');
    if (!b.addressComplete) problems.push('Rechnungsanschrift unvollständig.');
    if (!b.contactComplete) problems.push('Ansprechperson für Rechnungen (Name, E-Mail) fehlt.');
    if (b.keyVersions === 0) problems.push('Kein Verteilungsschlüssel hinterlegt.');
    add(
      'billing',
      true,
      problems.length === 0,
      problems.length === 0 ? `Leitweg-ID ${b.leitwegId}, Anschrift, Kontakt und Schlüssel vollständig.` : problems.join(' '),
    );
  }

  // Agents trained for the tenant (routing skill).
  add(
    'agents',
    true,
    f.trainedAgents.length >= s.minTrainedAgents,
    f.trainedAgents.length === 0
      ? `Noch niemand geschult (mindestens ${s.minTrainedAgents}).`
      : `${f.trainedAgents.length} geschult (mindestens ${s.minTrainedAgents}): ${list(f.trainedAgents)}.`,
  );

  // Service hours of the agreement, and closing days (recommended, not mandatory).
  add(
    'service_hours',
    true,
    f.serviceHoursDays > 0,
    f.serviceHoursDays > 0 ? `Servicezeiten an ${f.serviceHoursDays} Wochentag(en).` : 'Keine Servicezeiten vereinbart.',
  );
  add(
    'closing_days',
    false,
    f.closingDaysAhead > 0,
    f.closingDaysAhead > 0
      ? `${f.closingDaysAhead} Schließtag(e) ab heute eingetragen.`
      : 'Keine Schließtage ab heute eingetragen (Feiertage zählen von selbst).',
  );

  // Data protection: the processing agreement is signed.
  add(
    'data_protection',
    true,
    f.processingAgreementSignedOn !== null,
    f.processingAgreementSignedOn
      ? `Auftragsverarbeitungsvertrag unterzeichnet am ${germanDate(f.processingAgreementSignedOn)}.`
      : 'Auftragsverarbeitungsvertrag nicht unterzeichnet (Datum fehlt).',
  );
  return checks;
}

export function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

export const isReady = (checks: ReadinessCheck[]) => checks.every((c) => !c.mandatory || c.ok);
