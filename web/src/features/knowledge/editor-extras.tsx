import { TableScroll } from '../../app/table-scroll';
import { ImportError, ImportProgress, ImportReport, useImportUpload } from '../../app/import-upload';
import { useState, type FormEvent } from 'react';
import { ApiError, api, errorText } from '../../app/api';
import { useApi } from '../../app/use-api';
import type { ApiItem } from '../../app/api-types';
import { formatDate } from './knowledge-types';
import { plural } from '../../app/plural';

type Version = ApiItem<'/api/v1/knowledge/services/{leikaKey}/versions'>;

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '–' : Array.isArray(v) ? v.join(', ') : String(v));

/** Every published version of a service with what changed. */
export function VersionHistory({ leikaKey }: { leikaKey: string }) {
  const versions = useApi<{ items: Version[] }>(`/api/v1/knowledge/services/${leikaKey}/versions`);
  return (
    <section aria-labelledby="kb-versions">
      <h2 id="kb-versions">Versionen</h2>
      {versions.error && (
        <div role="alert" className="alert alert-error">
          {versions.error}
        </div>
      )}
      <TableScroll label="Versionen">
        <table>
          <thead>
            <tr>
              <th>Version</th>
              <th>Teil</th>
              <th>Veröffentlicht</th>
              <th>Änderungen</th>
            </tr>
          </thead>
          <tbody>
            {versions.data?.items.map((v) => (
              <tr key={v.id}>
                <td>{v.versionNo}</td>
                <td>{v.part === 'local' ? 'örtlich' : 'gemeinsam'}</td>
                <td>
                  {v.publishedBy}, {formatDate(v.publishedAt)} ({v.source})
                </td>
                <td>
                  {Object.keys(v.diff).length === 0 ? (
                    'erste Fassung'
                  ) : (
                    <ul>
                      {Object.entries(v.diff).map(([field, d]) => (
                        <li key={field}>
                          <strong>{field}</strong>: <del>{show(d.from)}</del> → <ins>{show(d.to)}</ins>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** Central editors keep colloquial terms; a new term is searchable at once. */
export function SynonymsSection() {
  const synonyms = useApi<{ items: { id: string; term: string; expansion: string; leikaKey: string | null }[] }>(
    '/api/v1/knowledge/synonyms',
  );
  const [term, setTerm] = useState('');
  const [expansion, setExpansion] = useState('');
  const [leikaKey, setLeikaKey] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  async function add(e: FormEvent) {
    e.preventDefault();
    try {
      await api('POST', '/api/v1/knowledge/synonyms', { term, expansion, leikaKey: leikaKey.trim() || null });
      setTerm('');
      setExpansion('');
      setLeikaKey('');
      setError(null);
      await synonyms.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : errorText(err));
    }
  }
  const fieldError = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);
  return (
    <section aria-labelledby="kb-synonyms">
      <h2 id="kb-synonyms">Umgangssprache und Synonyme</h2>
      <form onSubmit={add} className="kb-searchbar">
        <div>
          <label htmlFor="kb-syn-term">Begriff, wie Anrufende ihn sagen</label>
          <input id="kb-syn-term" value={term} onChange={(e) => setTerm(e.target.value)} />
          {fieldError('term') && <p className="field-error">{fieldError('term')}</p>}
        </div>
        <div>
          <label htmlFor="kb-syn-exp">Steht für (Suchwörter)</label>
          <input id="kb-syn-exp" value={expansion} onChange={(e) => setExpansion(e.target.value)} />
          {fieldError('expansion') && <p className="field-error">{fieldError('expansion')}</p>}
        </div>
        <div>
          <label htmlFor="kb-syn-key">Feste Leistung (LeiKa, optional)</label>
          <input id="kb-syn-key" value={leikaKey} onChange={(e) => setLeikaKey(e.target.value)} inputMode="numeric" />
          {fieldError('leikaKey') && <p className="field-error">{fieldError('leikaKey')}</p>}
        </div>
        <div>
          <button type="submit">Hinzufügen</button>
        </div>
      </form>
      {typeof error === 'string' || (error && !error.problem.issues) ? (
        <div role="alert" className="alert alert-error">
          {typeof error === 'string' ? error : error?.message}
        </div>
      ) : null}
      <p className="muted">
        {plural(synonyms.data?.items.length ?? 0, { one: 'Begriff', other: 'Begriffe' })}:{' '}
        {synonyms.data?.items
          .slice(0, 40)
          .map((s) => s.term)
          .join(', ')}{' '}
        …
      </p>
    </section>
  );
}

/** Import (CSV all or nothing, every bad row listed; XZuFi per record with its report) and export links. */
export function TransferSection({ isCentral }: { isCentral: boolean }) {
  const [part, setPart] = useState<'local' | 'shared'>(isCentral ? 'shared' : 'local');
  const [format, setFormat] = useState<'csv' | 'xzufi'>('csv');
  const upload = useImportUpload();
  const { state } = upload;
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = (e.currentTarget.elements.namedItem('kb-file') as HTMLInputElement).files?.[0];
    if (!file) return;
    const query = new URLSearchParams({ part, format, fileName: file.name });
    upload.start(`/api/v1/knowledge/import/uploads?${query}`, file, format === 'csv' ? 'text/csv' : 'application/xml');
  }
  const result = state.step === 'done' && state.run.status === 'completed' ? state.run.result : null;
  const notes = (result?.notes as string[] | undefined) ?? [];
  const summary = result
    ? format === 'xzufi' && result.localParts
      ? `${result.created} neu, ${result.updated} geändert; örtliche Teile ${(result.localParts as { created: number }).created} neu, ${(result.localParts as { updated: number }).updated} geändert.`
      : `${result.created} neu, ${result.updated} geändert.`
    : undefined;
  return (
    <section aria-labelledby="kb-transfer">
      <h2 id="kb-transfer">Import und Export</h2>
      <form onSubmit={submit} className="kb-searchbar">
        {isCentral && (
          <div>
            <label htmlFor="kb-t-part">Teil</label>
            <select id="kb-t-part" value={part} onChange={(e) => setPart(e.target.value as 'local' | 'shared')}>
              <option value="shared">Gemeinsame Texte</option>
              <option value="local">Örtlicher Teil</option>
            </select>
          </div>
        )}
        <div>
          <label htmlFor="kb-t-format">Format</label>
          <select id="kb-t-format" value={format} onChange={(e) => setFormat(e.target.value as 'csv' | 'xzufi')}>
            <option value="csv">CSV (Semikolon)</option>
            {part === 'shared' && <option value="xzufi">XZuFi-XML</option>}
          </select>
        </div>
        <div>
          <label htmlFor="kb-file">Datei</label>
          <input id="kb-file" name="kb-file" type="file" accept=".csv,.xml,text/csv,application/xml" />
        </div>
        <div>
          <button type="submit" disabled={upload.busy}>
            Prüfen und importieren
          </button>
        </div>
      </form>
      <ImportProgress state={state} onCancel={() => void upload.cancel()} id="kb-run" />
      <ImportError state={state} />
      {state.step === 'done' && <ImportReport run={state.run} id="kb-report" summary={summary} />}
      {notes.length > 0 && (
        <details>
          <summary>Bericht: nicht übernommen und zu prüfen ({notes.length})</summary>
          <ul>
            {notes.map((n, k) => (
              <li key={k}>{n}</li>
            ))}
          </ul>
        </details>
      )}
      <p>
        Export: <a href={`/api/v1/knowledge/export?part=${part}&format=csv`}>CSV</a>
        {part === 'shared' && (
          <>
            {' '}
            · <a href={`/api/v1/knowledge/export?part=shared&format=xzufi`}>XZuFi-XML</a>
          </>
        )}
      </p>
    </section>
  );
}
