import { useState } from 'react';
import { api } from '../../app/api';
import { FormMessages, useFormFeedback } from '../../app/form-feedback';
import { plural } from '../../app/plural';
import { useSession } from '../../app/session';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { formatDate, formatDateTime } from '../admin/admin-labels';
import { TextAreaField, TextField } from '../admin/form-controls';
import { downloadFromPost } from './download';
import {
  moduleLabel,
  requestKindLabels,
  subjectFieldLabels,
  subjectText,
  type ErasureResult,
  type PrivacyRequest,
  type RestrictionResult,
  type Subject,
  type SubjectRecord,
} from './privacy-labels';

const emptySubject: Required<Subject> = { email: '', phone: '', name: '', birthDate: '', referenceCode: '' };
const base = '/api/v1/privacy';

/** Only the fields filled in: the server searches by each of them. */
const filled = (s: Subject): Subject =>
  Object.fromEntries(Object.entries(s).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Subject;

const dataText = (data: Record<string, unknown>) =>
  Object.entries(data)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');

/**
 * Requests of citizens (Art. 15, 17, 18 GDPR; decision 0137): data-protection staff find everything about
 * one person across the modules, export it (JSON, PDF), restrict or erase what they chose, always with the
 * occasion; every step is recorded and the list below shows it (auditors see the list only).
 */
export function PrivacyRequestsPage() {
  const { hasRole } = useSession();
  const officer = hasRole('privacy_officer');
  return (
    <>
      <h1>Betroffenenanfragen</h1>
      <p>
        Auskunft, Löschung und Einschränkung für eine Bürgerin oder einen Bürger über alle Bereiche des DialogCenters. Jeder Schritt wird
        mit Anlass und handelnder Person protokolliert; die Revision sieht die Liste.
      </p>
      {officer && <SubjectSearch />}
      <RequestList />
    </>
  );
}

function SubjectSearch() {
  const search = useFormFeedback();
  const action = useFormFeedback();
  const [subject, setSubject] = useState<Required<Subject>>(emptySubject);
  const [reason, setReason] = useState('');
  const [found, setFound] = useState<{ subject: Subject; reason: string; records: SubjectRecord[] } | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const find = async (input: { subject: Subject; reason: string }) => {
    const res = await api<{ items: SubjectRecord[] }>('POST', `${base}/subjects/search`, input);
    setFound({ ...input, records: res.items });
    setSelected(new Set(res.items.filter((r) => !r.restricted).map((r) => r.id)));
    return res.items;
  };
  const submit = () =>
    search.run(async () => {
      const items = await find({ subject: filled(subject), reason });
      action.setSuccess('');
      return items.length === 0
        ? 'Zu diesen Angaben ist nichts gespeichert.'
        : `${plural(items.length, { one: 'Eintrag', other: 'Einträge' })} gefunden.`;
    });

  const body = () => ({ subject: found!.subject, reason: found!.reason });
  const chosen = () => [...selected];
  const exportAs = (format: 'json' | 'pdf') =>
    action.run(async () => {
      const name = await downloadFromPost(`${base}/subjects/export?format=${format}`, body(), `auskunft.${format}`);
      return `Auskunft als ${format.toUpperCase()} erstellt und protokolliert (${name}).`;
    });
  const restrict = () =>
    action.run(async () => {
      if (selected.size === 0) return 'Bitte zuerst Einträge auswählen.';
      const res = await api<RestrictionResult>('POST', `${base}/subjects/restrict`, { ...body(), recordIds: chosen() });
      await find(body());
      return `${plural(res.restricted, { one: 'Eintrag', other: 'Einträge' })} eingeschränkt: Sie bleiben gespeichert und werden nicht gelöscht.`;
    });
  const erase = () =>
    action.run(async () => {
      if (selected.size === 0) return 'Bitte zuerst Einträge auswählen.';
      if (
        !window.confirm(
          `${plural(selected.size, { one: 'Eintrag', other: 'Einträge' })} endgültig löschen? Namen und Kontaktdaten werden entfernt; das lässt sich nicht rückgängig machen.`,
        )
      )
        return;
      const res = await api<ErasureResult>('POST', `${base}/subjects/erase`, { ...body(), recordIds: chosen() });
      await find(body());
      return `${plural(res.erased, { one: 'Eintrag', other: 'Einträge' })} gelöscht${res.keptRestricted > 0 ? `, ${res.keptRestricted} eingeschränkte behalten` : ''}.`;
    });

  const field = (key: keyof Subject, label: string, type = 'text', hint?: string) => (
    <TextField
      id={`subject-${key}`}
      label={label}
      type={type}
      value={subject[key]}
      onChange={(v) => setSubject({ ...subject, [key]: v })}
      error={search.fieldErrors[`subject.${key}`]}
      hint={hint}
      autoComplete="off"
    />
  );

  return (
    <>
      <form
        className="card"
        aria-labelledby="subject-search-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <h2 id="subject-search-heading">Person suchen</h2>
        <p className="field-hint">
          Mindestens eine Angabe: E-Mail-Adresse, Telefonnummer, Referenznummer oder Name mit Geburtsdatum. Gesucht wird in allen Mandanten.
        </p>
        <div className="form-grid">
          {field('email', subjectFieldLabels.email, 'email')}
          {field('phone', 'Telefonnummer', 'tel')}
          {field('referenceCode', subjectFieldLabels.referenceCode, 'text', 'z. B. von der Eingangsbestätigung')}
          {field('name', subjectFieldLabels.name)}
          {field('birthDate', subjectFieldLabels.birthDate, 'date')}
        </div>
        {search.fieldErrors.subject && (
          <p className="field-error" id="subject-error">
            {search.fieldErrors.subject}
          </p>
        )}
        <TextAreaField
          id="subject-reason"
          label="Anlass"
          value={reason}
          onChange={setReason}
          rows={2}
          error={search.fieldErrors.reason}
          hint="Wird mit jeder Suche, Auskunft, Löschung und Einschränkung protokolliert, z. B. „Auskunftsersuchen per Brief vom 28.11.2026“."
        />
        <FormMessages error={search.error} success={search.success} />
        <button type="submit" disabled={search.busy}>
          Suchen
        </button>
      </form>

      {found && found.records.length > 0 && (
        <section className="admin-section" aria-labelledby="subject-records-heading">
          <h2 id="subject-records-heading">Gespeicherte Daten zu {subjectText(found.subject as Record<string, string>)}</h2>
          <p className="muted">Anlass: {found.reason}</p>
          <TableScroll label="Gefundene Einträge">
            <table>
              <caption className="visually-hidden">Gefundene Einträge</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label="Alle auswählen"
                      checked={found.records.length > 0 && selected.size === found.records.length}
                      onChange={(e) => setSelected(new Set(e.target.checked ? found.records.map((r) => r.id) : []))}
                    />
                  </th>
                  <th scope="col">Bereich</th>
                  <th scope="col">Datum</th>
                  <th scope="col">Vorgang</th>
                  <th scope="col">Gespeicherte Daten</th>
                  <th scope="col">Gefunden über</th>
                </tr>
              </thead>
              <tbody>
                {found.records.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${r.summary} auswählen`}
                        checked={selected.has(r.id)}
                        onChange={(e) => {
                          const next = new Set(selected);
                          if (e.target.checked) next.add(r.id);
                          else next.delete(r.id);
                          setSelected(next);
                        }}
                      />
                    </td>
                    <td>{moduleLabel(r.module)}</td>
                    <td>{r.at ? formatDate(r.at) : ''}</td>
                    <td className="cell-wrap">
                      {r.summary}
                      {r.restricted && (
                        <>
                          {' '}
                          <span className="badge">eingeschränkt</span>
                        </>
                      )}
                    </td>
                    <td className="cell-wrap">{dataText(r.data)}</td>
                    <td>{r.matchedBy.map((m) => subjectFieldLabels[m as keyof Subject] ?? m).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p>
            {plural(selected.size, { one: 'Eintrag', other: 'Einträge' })} von {found.records.length} ausgewählt. Die Auskunft umfasst immer
            alle Einträge.
          </p>
          <FormMessages error={action.error} success={action.success} />
          <div className="form-actions">
            <button type="button" onClick={() => void exportAs('pdf')} disabled={action.busy}>
              Auskunft als PDF
            </button>
            <button type="button" className="secondary" onClick={() => void exportAs('json')} disabled={action.busy}>
              Auskunft als JSON
            </button>
            <button type="button" className="secondary" onClick={() => void restrict()} disabled={action.busy}>
              Auswahl einschränken (Art. 18)
            </button>
            <button type="button" className="danger" onClick={() => void erase()} disabled={action.busy}>
              Auswahl löschen (Art. 17)
            </button>
          </div>
        </section>
      )}
    </>
  );
}

function RequestList() {
  const requests = useApi<{ items: PrivacyRequest[] }>(`${base}/requests`);
  return (
    <section className="admin-section" aria-labelledby="privacy-requests-heading">
      <h2 id="privacy-requests-heading">Bisherige Anfragen</h2>
      {requests.error && (
        <div role="alert" className="alert alert-error">
          {requests.error}
        </div>
      )}
      {!requests.data && !requests.error && <p role="status">Wird geladen …</p>}
      {requests.data && requests.data.items.length === 0 && <p>Noch keine Anfrage bearbeitet.</p>}
      {requests.data && requests.data.items.length > 0 && (
        <TableScroll label="Bisherige Anfragen">
          <table>
            <caption className="visually-hidden">Bisherige Betroffenenanfragen</caption>
            <thead>
              <tr>
                <th scope="col">Zeitpunkt</th>
                <th scope="col">Art</th>
                <th scope="col">Person</th>
                <th scope="col">Anlass</th>
                <th scope="col">Bearbeitet von</th>
                <th scope="col" className="num">
                  Einträge
                </th>
              </tr>
            </thead>
            <tbody>
              {requests.data.items.map((r) => (
                <tr key={r.id}>
                  <td>{formatDateTime(r.at)}</td>
                  <td>{requestKindLabels[r.kind] ?? r.kind}</td>
                  <td className="cell-wrap">{subjectText(r.subject)}</td>
                  <td className="cell-wrap">{r.reason}</td>
                  <td>{r.actorName}</td>
                  <td className="num">{r.recordCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
