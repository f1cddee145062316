import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { Field, useSubmit } from './field';
import { PublicLayout } from './public-layout';
import { formatDate, formatDateTime } from './tickets-types';

interface PublicStatus {
  referenceCode: string;
  tenantName: string;
  statusLabel: string;
  forwardedOn: string;
  replyExpectedBy: string | null;
  answeredOn: string | null;
}

/** Citizens ask for the status of their concern with the reference code. No personal data is shown. */
export function PublicStatusPage() {
  const [code, setCode] = useState('');
  const [status, setStatus] = useState<PublicStatus | null>(null);
  const { fieldErrors, error, busy, run } = useSubmit();
  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    await run(async () => {
      setStatus(await api<PublicStatus>('GET', `/api/public/v1/request-status?code=${encodeURIComponent(code)}`));
    });
  }
  return (
    <PublicLayout title="Stand Ihres Anliegens abfragen">
      <p>Geben Sie die Vorgangsnummer ein, die Sie am Telefon oder per E-Mail erhalten haben, zum Beispiel DC-2026-001234-K7QX.</p>
      <form onSubmit={submit} noValidate>
        <Field id="reference-code" label="Vorgangsnummer" error={fieldErrors.code ?? (error ?? undefined)}>
          {(a) => <input {...a} value={code} autoComplete="off" spellCheck={false} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <p><button type="submit" disabled={busy || code.trim() === ''}>Stand abfragen</button></p>
      </form>
      <div role="status" aria-live="polite">
        {status && (
          <section aria-labelledby="status-result" className="card">
            <h2 id="status-result">Vorgang {status.referenceCode}</h2>
            <dl>
              <dt>Stand</dt><dd><strong>{status.statusLabel}</strong></dd>
              <dt>Verwaltung</dt><dd>{status.tenantName}</dd>
              <dt>Weitergeleitet am</dt><dd>{formatDate(status.forwardedOn)}</dd>
              {status.replyExpectedBy && (<><dt>Antwort voraussichtlich bis</dt><dd>{formatDateTime(status.replyExpectedBy)}</dd></>)}
              {status.answeredOn && (<><dt>Beantwortet am</dt><dd>{formatDate(status.answeredOn)}</dd></>)}
            </dl>
          </section>
        )}
      </div>
    </PublicLayout>
  );
}
