import { describe, expect, it } from 'vitest';
import { evaluateReadiness, isReady, type ReadinessFacts } from './readiness.js';

const ready: ReadinessFacts = {
  hotlines: [{ dialledNumber: '05111689016', queueName: 'dc-sehnde' }],
  connectedSystems: ['ACD'],
  departments: [{ name: 'Bürgerdienste', active: true, email: 'buergerdienste@sehnde.example', phone: null }],
  departmentContacts: [],
  knowledge: { services: 100, withLocalPart: 100, complete: 95, verifiedInInterval: 95, ready: 90 },
  includesBookings: false,
  offices: [],
  isHost: false,
  billing: { leitwegId: '03241016-DC-12', leitwegIdValid: true, addressComplete: true, contactComplete: true, keyVersions: 1 },
  trainedAgents: ['Anna Agentin', 'Ben Berater'],
  serviceHoursDays: 5,
  closingDaysAhead: 0,
  processingAgreementSignedOn: '2026-11-01',
};
const settings = { knowledgeSharePercent: 90, minTrainedAgents: 2 };
const checkOf = (f: Partial<ReadinessFacts>, key: string) => evaluateReadiness({ ...ready, ...f }, settings).find((c) => c.key === key)!;

describe('readiness checks (pure)', () => {
  it('all mandatory checks pass on complete facts; closing days are optional', () => {
    const checks = evaluateReadiness(ready, settings);
    expect(isReady(checks)).toBe(true);
    expect(checks.find((c) => c.key === 'closing_days')).toMatchObject({ mandatory: false, ok: false });
  });

  it.each([
    ['hotlines', { hotlines: [] }, 'Keine Rufnummer zugeordnet.'],
    ['hotlines', { connectedSystems: [] }, 'Keine aktive Telefonanlage mit gültigem Telefonie-Token.'],
    ['departments', { departments: [] }, 'Kein Fachbereich angelegt.'],
    ['knowledge', { knowledge: { services: 100, withLocalPart: 90, complete: 90, verifiedInInterval: 89, ready: 89 } }, '89 % von 100'],
    ['knowledge', { knowledge: { services: 0, withLocalPart: 0, complete: 0, verifiedInInterval: 0, ready: 0 } }, 'Keine Leistungen'],
    [
      'appointments',
      { includesBookings: true, offices: [{ name: 'Bürgerbüro', services: 0, openingRules: 2 }] },
      'Ohne Leistungen oder Öffnungszeiten: Bürgerbüro.',
    ],
    ['billing', { billing: { ...ready.billing, leitwegIdValid: false } }, 'Leitweg-ID ist ungültig (Prüfziffer).'],
    ['agents', { trainedAgents: ['Anna Agentin'] }, '1 geschult (mindestens 2): Anna Agentin.'],
    ['service_hours', { serviceHoursDays: 0 }, 'Keine Servicezeiten vereinbart.'],
    ['data_protection', { processingAgreementSignedOn: null }, 'Auftragsverarbeitungsvertrag nicht unterzeichnet (Datum fehlt).'],
  ] as const)('%s fails: %s', (key, facts, detail) => {
    const c = checkOf(facts as Partial<ReadinessFacts>, key);
    expect(c).toMatchObject({ mandatory: true, ok: false });
    expect(c.detail).toContain(detail);
    expect(isReady(evaluateReadiness({ ...ready, ...(facts as Partial<ReadinessFacts>) }, settings))).toBe(false);
  });

  it('exactly the share passes; the host needs no billing data; a department is reachable through a contact person', () => {
    expect(checkOf({}, 'knowledge')).toMatchObject({ ok: true });
    expect(checkOf({ isHost: true, billing: { ...ready.billing, keyVersions: 0, leitwegId: null } }, 'billing')).toMatchObject({
      mandatory: false,
      ok: true,
    });
    const noMail = { departments: [{ name: 'Ordnung', active: true, email: null, phone: null }] };
    expect(checkOf(noMail, 'departments').ok).toBe(false);
    expect(checkOf({ ...noMail, departmentContacts: [{ departmentName: 'Ordnung' }] }, 'departments').ok).toBe(true);
  });
});
