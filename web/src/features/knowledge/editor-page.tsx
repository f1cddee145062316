import { TableScroll } from '../../app/table-scroll';
import { useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from '../../app/api';
import { useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import { SynonymsSection, TransferSection, VersionHistory } from './editor-extras';
import type { Draft, ServiceDetail } from './knowledge-types';
import { draftStatusLabels, formatDate } from './knowledge-types';

const localFields = [
  ['unitName', 'Zuständige Stelle'],
  ['street', 'Straße und Hausnummer'],
  ['postalCode', 'Postleitzahl'],
  ['city', 'Ort'],
  ['openingHours', 'Öffnungszeiten'],
  ['phone', 'Telefon'],
  ['email', 'E-Mail'],
  ['web', 'Internetseite'],
  ['localFees', 'Örtliche Gebühren'],
  ['localNotes', 'Örtliche Hinweise'],
] as const;
const sharedFields = [
  ['title', 'Bezeichnung'],
  ['shortText', 'Kurztext'],
  ['requiredDocuments', 'Erforderliche Unterlagen'],
  ['fees', 'Gebühren'],
  ['deadlines', 'Fristen'],
  ['processingTime', 'Bearbeitungsdauer'],
  ['legalBasis', 'Rechtsgrundlage'],
  ['onlineServiceUrl', 'Online-Dienst'],
] as const;

type Values = Record<string, string>;

/**
 * Editors keep their part of the knowledge base: tenant editors the local part of
 * their municipality, the central editors (Landeshauptstadt) the shared texts.
 * Changes go through draft → review → publish; "Geprüft" confirms without change.
 */
export function KnowledgeEditorPage() {
  const { me } = useSession();
  const isCentral = me?.tenant?.slug === 'hannover';
  const drafts = useApi<{ items: Draft[] }>('/api/v1/knowledge/drafts');
  const [key, setKey] = useState('');
  const [detail, setDetail] = useState<ServiceDetail | null>(null);
  const [part, setPart] = useState<'local' | 'shared'>('local');
  const [values, setValues] = useState<Values>({});
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | string | null>(null);

  async function load(e?: FormEvent) {
    e?.preventDefault();
    setMessage(null);
    setError(null);
    try {
      const d = await api<ServiceDetail>('GET', `/api/v1/knowledge/services/${key.trim()}?municipality=${me?.tenant?.slug ?? ''}`);
      setDetail(d);
      fill(d, part);
    } catch (err) {
      setError(err instanceof ApiError ? err : errorText(err));
    }
  }

  function fill(d: ServiceDetail, which: 'local' | 'shared') {
    const source = (which === 'local' ? (d.responsibleUnit ?? {}) : d.service) as Record<string, unknown>;
    const fields = which === 'local' ? localFields : sharedFields;
    setValues(Object.fromEntries(fields.map(([f]) => [f, (source[f] as string | null) ?? ''])));
  }

  async function saveDraft(e: FormEvent) {
    e.preventDefault();
    if (!detail) return;
    const cleaned = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim() === '' ? null : v.trim()]));
    const {
      id: _i,
      leikaKey: _l,
      status: _s,
      reviewDue: _r,
      verifiedBy: _v,
      verifiedAt: _a,
      version: _ve,
      ...shared
    } = detail.service as unknown as Record<string, unknown>;
    delete shared.updatedAt;
    const content =
      part === 'local'
        ? cleaned
        : { ...shared, ...cleaned, title: cleaned.title ?? detail.service.title, shortText: cleaned.shortText ?? detail.service.shortText };
    try {
      await api('POST', '/api/v1/knowledge/drafts', { part, leikaKey: detail.service.leikaKey, content });
      setMessage('Entwurf gespeichert. Geben Sie ihn in der Liste unten zur Prüfung.');
      setError(null);
      await drafts.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : errorText(err));
    }
  }

  async function act(draft: Draft, action: 'submit' | 'publish' | 'reject') {
    try {
      await api('POST', `/api/v1/knowledge/drafts/${draft.id}/${action}`, action === 'submit' ? undefined : {});
      setError(null);
      setMessage(action === 'publish' ? 'Veröffentlicht. Die Agentinnen und Agenten sehen die Änderung sofort.' : 'Status geändert.');
      await drafts.reload();
    } catch (err) {
      // A refusal (e.g. the four-eyes rule) replaces the previous success note, so the two never stand side by side.
      setMessage(null);
      setError(err instanceof ApiError ? err : errorText(err));
    }
  }

  async function verify() {
    if (!detail) return;
    try {
      const r = await api<{ reviewDue: string }>('POST', `/api/v1/knowledge/services/${detail.service.leikaKey}/verify`, { part });
      setMessage(`Als geprüft bestätigt. Nächste Überprüfung bis ${formatDate(r.reviewDue)}.`);
    } catch (err) {
      setError(err instanceof ApiError ? err : errorText(err));
    }
  }

  const fields = part === 'local' ? localFields : sharedFields;
  const fieldError = (f: string) => (error instanceof ApiError ? error.fieldMessage(`content.${f}`) : undefined);
  return (
    <>
      <h1>Redaktion Wissensdatenbank</h1>
      <p>
        {isCentral
          ? 'Sie pflegen als Zentralredaktion die gemeinsamen Texte aller Leistungen und den örtlichen Teil der Landeshauptstadt.'
          : `Sie pflegen den örtlichen Teil von ${me?.tenant?.name ?? 'Ihrer Kommune'}: zuständige Stelle, Erreichbarkeit, örtliche Gebühren und Hinweise.`}
      </p>
      <form onSubmit={load} className="kb-searchbar">
        <div>
          <label htmlFor="kb-key">LeiKa-Schlüssel der Leistung</label>
          <input
            id="kb-key"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            inputMode="numeric"
            placeholder="14 Ziffern, z. B. 99040100100000"
          />
        </div>
        {isCentral && (
          <div>
            <label htmlFor="kb-part">Teil</label>
            <select
              id="kb-part"
              value={part}
              onChange={(e) => {
                const p = e.target.value as 'local' | 'shared';
                setPart(p);
                if (detail) fill(detail, p);
              }}
            >
              <option value="local">Örtlicher Teil</option>
              <option value="shared">Gemeinsamer Text</option>
            </select>
          </div>
        )}
        <div>
          <button type="submit">Laden</button>
        </div>
      </form>
      {message && (
        <div role="status" className="alert alert-ok">
          {message}
        </div>
      )}
      {error && (
        <div role="alert" className="alert alert-error">
          {typeof error === 'string' ? error : error.message}
        </div>
      )}
      {detail && (
        <form onSubmit={saveDraft} aria-label={`${detail.service.title} bearbeiten`}>
          <h2>{detail.service.title}</h2>
          <p className="muted">
            Zuletzt geprüft: {detail.responsibleUnit?.verifiedBy ?? detail.service.verifiedBy ?? '–'},{' '}
            {formatDate(part === 'local' ? (detail.responsibleUnit?.verifiedAt ?? null) : detail.service.verifiedAt)}
          </p>
          {fields.map(([f, label]) => (
            <div key={f}>
              <label htmlFor={`kb-f-${f}`}>{label}</label>
              {f === 'shortText' || f === 'requiredDocuments' || f === 'localNotes' ? (
                <textarea
                  id={`kb-f-${f}`}
                  rows={3}
                  value={values[f] ?? ''}
                  onChange={(e) => setValues({ ...values, [f]: e.target.value })}
                />
              ) : (
                <input id={`kb-f-${f}`} value={values[f] ?? ''} onChange={(e) => setValues({ ...values, [f]: e.target.value })} />
              )}
              {fieldError(f) && <p className="field-error">{fieldError(f)}</p>}
            </div>
          ))}
          <p>
            <button type="submit">Als Entwurf speichern</button>{' '}
            <button type="button" className="secondary" onClick={() => void verify()}>
              Unverändert als geprüft bestätigen
            </button>
          </p>
        </form>
      )}
      {detail && <VersionHistory key={`${detail.service.leikaKey}-${message ?? ''}`} leikaKey={detail.service.leikaKey} />}
      <h2>Entwürfe</h2>
      {drafts.error && (
        <div role="alert" className="alert alert-error">
          {drafts.error}
        </div>
      )}
      <TableScroll label="Entwürfe">
        <table>
          <thead>
            <tr>
              <th>LeiKa</th>
              <th>Teil</th>
              <th>Status</th>
              <th>Von</th>
              <th>Geändert</th>
              <th>Aktion</th>
            </tr>
          </thead>
          <tbody>
            {drafts.data?.items.map((d) => (
              <tr key={d.id}>
                <td>{d.leikaKey}</td>
                <td>{d.part === 'local' ? 'örtlich' : 'gemeinsam'}</td>
                <td>
                  {draftStatusLabels[d.status]}
                  {d.reviewComment ? ` (${d.reviewComment})` : ''}
                </td>
                <td>{d.createdBy}</td>
                <td>{formatDate(d.updatedAt)}</td>
                <td>
                  {(d.status === 'draft' || d.status === 'rejected') && (
                    <button type="button" onClick={() => void act(d, 'submit')}>
                      Zur Prüfung geben
                    </button>
                  )}
                  {d.status === 'in_review' && (
                    <>
                      <button type="button" onClick={() => void act(d, 'publish')}>
                        Veröffentlichen
                      </button>{' '}
                      <button type="button" className="secondary" onClick={() => void act(d, 'reject')}>
                        Zurückweisen
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {isCentral && <SynonymsSection />}
      <TransferSection isCentral={isCentral} />
    </>
  );
}
