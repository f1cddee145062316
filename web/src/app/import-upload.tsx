import { useEffect, useRef, useState } from 'react';
import { api, errorText, problemOf } from './api';
import { ApiError } from './api-error';
import { plural } from './plural';
import { invalidateAll } from './query';
import { TableScroll } from './table-scroll';

/** A large-file import as GET /api/v1/imports/:id answers (decision 0126). */
export interface ImportRun {
  id: string;
  kind: string;
  fileName: string;
  status: 'receiving' | 'processing' | 'completed' | 'rejected' | 'cancelled' | 'failed';
  phase: string | null;
  bytesTotal: number | null;
  bytesReceived: number;
  share: number | null;
  rowsRead: number;
  rowsAccepted: number;
  rowsRefused: number;
  refused: { row: string; reason: string }[];
  result: Record<string, unknown> | null;
  message: string | null;
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'uploading'; share: number; loaded: number; total: number }
  | { step: 'processing'; run: ImportRun }
  | { step: 'done'; run: ImportRun }
  | { step: 'error'; message: string };

const finished = new Set(['completed', 'rejected', 'cancelled', 'failed']);

/**
 * Uploads a file to one of the upload endpoints with upload progress (XMLHttpRequest: fetch
 * reports none), then polls the run until it ends. `cancel` aborts the upload or cancels the
 * run on the server (its transaction rolls back: nothing is imported).
 */
export function useImportUpload() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const xhr = useRef<XMLHttpRequest | null>(null);
  const runId = useRef<string | null>(null);
  const stopped = useRef(false);
  useEffect(
    () => () => {
      stopped.current = true;
    },
    [],
  );

  async function poll(id: string) {
    while (!stopped.current) {
      const run = await api<ImportRun>('GET', `/api/v1/imports/${id}`);
      if (finished.has(run.status)) {
        runId.current = null;
        setState({ step: 'done', run });
        void invalidateAll();
        return;
      }
      setState({ step: 'processing', run });
      await new Promise((r) => setTimeout(r, 700));
    }
  }

  function start(url: string, file: File, contentType: string) {
    stopped.current = false;
    setState({ step: 'uploading', share: 0, loaded: 0, total: file.size });
    const request = new XMLHttpRequest();
    xhr.current = request;
    request.open('POST', url);
    request.setRequestHeader('content-type', contentType || 'application/octet-stream');
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) setState({ step: 'uploading', share: e.loaded / e.total, loaded: e.loaded, total: e.total });
    };
    request.onload = () => {
      xhr.current = null;
      if (request.status === 202) {
        const run = JSON.parse(request.responseText) as ImportRun;
        runId.current = run.id;
        setState({ step: 'processing', run });
        poll(run.id).catch((err) => setState({ step: 'error', message: errorText(err) }));
      } else {
        setState({ step: 'error', message: new ApiError(problemOf(request.status, request.responseText)).message });
      }
    };
    request.onerror = () => {
      xhr.current = null;
      setState({ step: 'error', message: 'Der Server ist nicht erreichbar.' });
    };
    request.onabort = () => {
      xhr.current = null;
      setState({ step: 'error', message: 'Das Hochladen wurde abgebrochen; nichts wurde übernommen.' });
    };
    request.send(file);
  }

  async function cancel() {
    if (xhr.current) {
      xhr.current.abort();
      return;
    }
    if (runId.current) {
      const id = runId.current;
      runId.current = null;
      stopped.current = true;
      try {
        const run = await api<ImportRun>('DELETE', `/api/v1/imports/${id}`);
        setState({ step: 'done', run });
      } catch (err) {
        setState({ step: 'error', message: errorText(err) });
      }
    }
  }

  const busy = state.step === 'uploading' || state.step === 'processing';
  return { state, start, cancel, busy, reset: () => setState({ step: 'idle' }) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Upload and processing progress with the cancel button (shown while an import runs). */
export function ImportProgress({ state, onCancel, id }: { state: ImportState; onCancel: () => void; id: string }) {
  if (state.step !== 'uploading' && state.step !== 'processing') return null;
  const uploading = state.step === 'uploading';
  const share = uploading ? state.share : state.run.share;
  const text = uploading
    ? `Datei wird hochgeladen: ${mb(state.loaded)} von ${mb(state.total)} (${percent(state.share)})`
    : `${state.run.phase ?? 'Verarbeitung'}: ${plural(state.run.rowsRead, { one: 'Zeile', other: 'Zeilen' })} gelesen${
        share !== null ? ` (${percent(share)})` : ''
      }`;
  return (
    <div className="import-run" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} aria-live="polite">
        {text}
      </p>
      <progress
        id={`${id}-bar`}
        className="import-progress"
        max={1}
        value={share ?? undefined}
        aria-label={uploading ? 'Fortschritt beim Hochladen' : 'Fortschritt der Verarbeitung'}
      />
      <button type="button" className="secondary" onClick={onCancel}>
        Import abbrechen
      </button>
    </div>
  );
}

const statusText: Record<ImportRun['status'], string> = {
  receiving: 'wird hochgeladen',
  processing: 'wird verarbeitet',
  completed: 'Übernommen',
  rejected: 'Abgewiesen',
  cancelled: 'Abgebrochen',
  failed: 'Fehlgeschlagen',
};

/** The import report: the outcome and every refused row with its reason. */
export function ImportReport({ run, summary, id, headline: own }: { run: ImportRun; summary?: string; id: string; headline?: string }) {
  const ok = run.status === 'completed';
  const headline = own
    ? own
    : ok
      ? `${statusText.completed}: ${plural(run.rowsAccepted, { one: 'Eintrag', other: 'Einträge' })} aus ${plural(run.rowsRead, { one: 'Zeile', other: 'Zeilen' })}${
          run.rowsRefused > 0 ? `, ${plural(run.rowsRefused, { one: 'Zeile', other: 'Zeilen' })} abgewiesen` : ''
        }.`
      : `${statusText[run.status]}: ${run.message ?? 'nichts wurde übernommen.'}`;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Importbericht: {run.fileName}</h2>
      <div role="status" className={ok ? 'alert alert-ok' : 'alert alert-error'}>
        {headline}
        {summary ? ` ${summary}` : ''}
      </div>
      {run.refused.length > 0 && (
        <TableScroll label="Abgewiesene Zeilen">
          <table className="import-errors">
            <caption>
              Abgewiesene Zeilen ({run.rowsRefused}
              {run.refused.length < run.rowsRefused ? `, die ersten ${run.refused.length} gezeigt` : ''})
            </caption>
            <thead>
              <tr>
                <th scope="col">Zeile</th>
                <th scope="col">Grund</th>
              </tr>
            </thead>
            <tbody>
              {run.refused.map((r, i) => (
                <tr key={i}>
                  <td>{r.row}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** The error line of an import that could not start (bad parameters, too large, aborted upload). */
export function ImportError({ state }: { state: ImportState }) {
  if (state.step !== 'error') return null;
  return (
    <div role="alert" className="alert alert-error">
      {state.message}
    </div>
  );
}
