import { useState, type FormEvent } from 'react';
import { ImportError, ImportProgress, ImportReport, useImportUpload } from '../../app/import-upload';
import { plural } from '../../app/plural';
import { useApi } from '../../app/use-api';

/**
 * Load history from an Asterisk queue_log file into the call statistics (repeatable, nothing
 * doubles). Large files stream to the server with upload and processing progress; the import
 * can be cancelled and stores the whole file or nothing (decision 0126).
 */
export function QueueLogImportPage() {
  const systems = useApi<{ items: { id: string; name: string }[] }>('/api/v1/telephony/systems').data?.items ?? [];
  const [system, setSystem] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportUpload();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file || !system) return;
    const query = new URLSearchParams({ telephoneSystem: system, fileName: file.name });
    upload.start(`/api/v1/telephony/queue-log/uploads?${query}`, file, 'text/plain');
  };
  const { state } = upload;
  const result =
    state.step === 'done'
      ? (state.run.result as null | { accepted: number; calls: number; duplicates: number; ignoredLines: number })
      : null;
  return (
    <>
      <h1>Verlaufsdaten einlesen (Asterisk queue_log)</h1>
      <p>
        Lädt vorhandene Anrufdaten aus der Telefonanlage in die Statistik. Die Warteschlangennamen müssen den Rufnummern der Verwaltungen
        zugeordnet sein. Eine Datei zweimal einzulesen ändert nichts. Auch große Dateien (50 MB und mehr) werden übertragen; die Datei wird
        ganz übernommen oder gar nicht, ein Abbruch ändert nichts.
      </p>
      <ImportError state={state} />
      <form onSubmit={submit}>
        <label htmlFor="ql-system">Telefonanlage</label>
        <select id="ql-system" value={system} onChange={(e) => setSystem(e.target.value)} required disabled={upload.busy}>
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
          accept=".log,.txt,.queue_log,text/plain"
          disabled={upload.busy}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <p className="muted small">
          {file
            ? `${file.name}, ${(file.size / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`
            : 'Noch keine Datei gewählt.'}
        </p>
        <button type="submit" disabled={upload.busy || !file || !system}>
          Einlesen
        </button>
      </form>
      <ImportProgress state={state} onCancel={() => void upload.cancel()} id="ql-run" />
      {state.step === 'done' && (
        <ImportReport
          run={state.run}
          id="ql-report"
          summary={
            result
              ? `${plural(result.accepted, { one: 'neues Ereignis', other: 'neue Ereignisse' })} zu ${plural(result.calls, { one: 'Anruf', other: 'Anrufen' })}, ${result.duplicates} schon vorhanden, ${plural(result.ignoredLines, { one: 'Zeile', other: 'Zeilen' })} ohne Anrufbezug übersprungen.`
              : undefined
          }
        />
      )}
    </>
  );
}
