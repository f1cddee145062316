import { useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from '../../app/api';
import { useApi } from '../../app/use-api';
import { plural } from '../../app/plural';

interface ImportResult {
  received: number;
  accepted: number;
  duplicates: number;
  calls: number;
  ignoredLines: number;
  errors: { line: number; reason: string }[];
}

/** Load history from an Asterisk queue_log file into the call statistics (repeatable, nothing doubles). */
export function QueueLogImportPage() {
  const systems = useApi<{ items: { id: string; name: string }[] }>('/api/v1/telephony/systems').data?.items ?? [];
  const [system, setSystem] = useState('');
  const [content, setContent] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      setResult(await api<ImportResult>('POST', '/api/v1/telephony/queue-log', { telephoneSystem: system, content }));
      setError(null);
    } catch (err) {
      setError(
        err instanceof ApiError ? (err.fieldMessage('telephoneSystem') ?? err.fieldMessage('content') ?? err.message) : errorText(err),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>Verlaufsdaten einlesen (Asterisk queue_log)</h1>
      <p>
        Lädt vorhandene Anrufdaten aus der Telefonanlage in die Statistik. Die Warteschlangennamen müssen den Rufnummern der Verwaltungen
        zugeordnet sein. Eine Datei zweimal einzulesen ändert nichts.
      </p>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {result && (
        <div role="status" className="alert alert-ok">
          {plural(result.accepted, { one: 'neues Ereignis', other: 'neue Ereignisse' })} zu{' '}
          {plural(result.calls, { one: 'Anruf', other: 'Anrufen' })} übernommen, {result.duplicates} schon vorhanden,{' '}
          {plural(result.ignoredLines, { one: 'Zeile', other: 'Zeilen' })} ohne Anrufbezug übersprungen
          {result.errors.length > 0
            ? `, ${plural(result.errors.length, { one: 'Zeile', other: 'Zeilen' })} nicht lesbar (z. B. Zeile ${result.errors[0]!.line}: ${result.errors[0]!.reason})`
            : ''}
          .
        </div>
      )}
      <form onSubmit={submit}>
        <label htmlFor="ql-system">Telefonanlage</label>
        <select id="ql-system" value={system} onChange={(e) => setSystem(e.target.value)} required>
          <option value="">– bitte wählen –</option>
          {systems.map((s) => (
            <option key={s.id} value={s.name}>
              {s.name}
            </option>
          ))}
        </select>
        <label htmlFor="ql-file">Datei queue_log</label>
        <input
          id="ql-file"
          type="file"
          accept=".log,.txt,text/plain"
          onChange={async (e) => setContent((await e.target.files?.[0]?.text()) ?? '')}
        />
        <p className="muted small">
          {content ? `${plural(content.split('\n').length, { one: 'Zeile', other: 'Zeilen' })} gelesen.` : 'Noch keine Datei gewählt.'}
        </p>
        <button type="submit" disabled={busy || !content || !system}>
          Einlesen
        </button>
      </form>
    </>
  );
}
