import type { PersonalDataProvider } from '../../platform/privacy/personal-data.js';
import * as repo from './tickets-privacy.repository.js';

/** What the second level keeps about citizens, for how long, and how one person's requests are found and erased. */
export const ticketsPersonalData: PersonalDataProvider = {
  module: 'tickets',
  activities: [
    {
      name: 'Weiterleitung an die zweite Ebene',
      purpose: 'Anliegen, die der Erstkontakt nicht klären kann, an den zuständigen Fachbereich geben und beantworten',
      legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 NDSG; Zweckvereinbarung D115',
      dataSubjects: ['Bürgerinnen und Bürger'],
      dataKinds: ['Name', 'E-Mail-Adresse', 'Telefonnummer', 'Anliegen und Antwort', 'Referenznummer'],
      recipients: ['Fachbereiche der Mandanten', 'Bürgerin/Bürger (Antwort per E-Mail)'],
      retentionKinds: ['forwarded_requests'],
    },
  ],
  retention: [
    {
      kind: 'forwarded_requests',
      label: 'Weitergeleitete Anfragen und ihre Mails',
      defaultDays: 365,
      minDays: 30,
      action: 'anonymise',
      basis: 'ein Jahr nach Abschluss (Nachfragen, Beschwerden); Fristtreue bleibt aus den Zeitstempeln berechenbar',
      restriction: { recordKinds: ['service_request'] },
      apply: async (tx, cutoff, restricted) => {
        const requests = await repo.anonymiseRequests(tx, cutoff, restricted);
        return { changed: requests.changed + (await repo.anonymiseRequestTrail(tx, cutoff, restricted)), kept: requests.kept };
      },
    },
  ],
  async find(tx, subject) {
    const rows = await repo.findRequestsOfSubject(tx, subject);
    return rows.map((r) => ({
      module: 'tickets',
      kind: 'service_request',
      id: r.id,
      tenantId: r.tenant_id,
      at: r.created_at,
      matchedBy: [r.email_hit && 'email', r.phone_hit && 'phone', r.name_hit && 'name', r.code_hit && 'referenceCode'].filter(
        (x): x is string => !!x,
      ),
      summary: `Weiterleitung ${r.reference_code}: ${r.service_title}`,
      data: {
        referenceCode: r.reference_code,
        status: r.status,
        name: r.citizen_name,
        email: r.citizen_email,
        phone: r.citizen_phone,
        question: r.question,
        answer: r.answer,
      },
    }));
  },
  async erase(tx, record) {
    if (record.kind !== 'service_request') return false;
    return (await repo.eraseRequest(tx, record.id)) > 0;
  },
};
