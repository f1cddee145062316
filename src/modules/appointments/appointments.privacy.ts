import type { PersonalDataProvider } from '../../platform/privacy/personal-data.js';
import * as repo from './appointments-privacy.repository.js';

/** Booked appointments and the waiting list. */
export const appointmentsPersonalData: PersonalDataProvider = {
  module: 'appointments',
  activities: [
    {
      name: 'Terminvergabe Bürgerämter und Ausländerbehörde',
      purpose: 'Termine buchen, bestätigen, erinnern, absagen; Warteliste; Tagesliste der Dienststelle',
      legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 NDSG',
      dataSubjects: ['Bürgerinnen und Bürger'],
      dataKinds: ['Name', 'E-Mail-Adresse', 'Telefonnummer', 'Termin und Leistung'],
      recipients: ['Dienststellen der Mandanten (Tagesliste)', 'Bürgerin/Bürger (Bestätigung per E-Mail)'],
      retentionKinds: ['appointments'],
    },
  ],
  retention: [
    {
      kind: 'appointments',
      label: 'Termine und Warteliste',
      defaultDays: 90,
      minDays: 1,
      action: 'anonymise',
      basis: 'drei Monate nach dem Termin; Auslastung je Tag und Leistung bleibt',
      restriction: { recordKinds: ['appointment'] },
      apply: repo.anonymiseAppointments,
    },
  ],
  async find(tx, subject) {
    const rows = await repo.findAppointmentsOfSubject(tx, subject);
    return rows.map((r) => ({
      module: 'appointments',
      kind: 'appointment',
      id: r.id,
      tenantId: r.tenant_id,
      at: r.starts_at,
      matchedBy: [r.email_hit && 'email', r.phone_hit && 'phone', r.name_hit && 'name', r.code_hit && 'referenceCode'].filter(
        (x): x is string => !!x,
      ),
      summary: `Termin ${r.reference} (${r.status})`,
      data: { reference: r.reference, startsAt: r.starts_at, name: r.name, email: r.email, phone: r.phone },
    }));
  },
  async erase(tx, record) {
    if (record.kind !== 'appointment') return false;
    return (await repo.eraseAppointment(tx, record.id)) > 0;
  },
};
