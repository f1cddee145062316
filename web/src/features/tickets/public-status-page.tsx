import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../app/api';
import { Field, useSubmit } from './field';
import { PublicLayout } from './public-layout';
import { formatDate, formatDateTime } from './tickets-labels';

interface PublicStatus {
  referenceCode: string;
  kind: 'service_request' | 'contact_form' | 'chat';
  tenantName: string;
  statusLabel: string;
  receivedOn: string;
  forwardedOn: string | null;
  replyExpectedBy: string | null;
  answeredOn: string | null;
}

const kindLabels: Record<PublicStatus['kind'], string> = { service_request: 'Vorgang', contact_form: 'Ihre Nachricht', chat: 'Ihr Chat' };

/** Citizens ask for the status of their concern with the reference code. No personal data is shown. */
export function PublicStatusPage() {
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [status, setStatus] = useState<PublicStatus | null>(null);
  const { fieldErrors, error, busy, run } = useSubmit();
  async function look(value: string) {
    setStatus(null);
    await run(async () => {
      setStatus(await api<PublicStatus>('GET', `/api/public/v1/request-status?code=${encodeURIComponent(value)}`));
    });
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    await look(code);
  }
  // Coming from a confirmation (?code=…): show the status right away.
  const linked = params.get('code');
  useEffect(() => {
    if (linked) void look(linked);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linked]);
  return (
    <PublicLayout title="Stand Ihres Anliegens abfragen">
      <p>
        Geben Sie die Vorgangsnummer ein, die Sie am Telefon, per E-Mail, nach dem Kontaktformular oder im Chat erhalten haben, zum Beispiel
        DC-2026-001234-K7QX oder KF-2026-K7QX-M2XD.
      </p>
      <form onSubmit={submit} noValidate>
        <Field id="reference-code" label="Vorgangsnummer" error={fieldErrors.code ?? error ?? undefined}>
          {(a) => <input {...a} value={code} autoComplete="off" spellCheck={false} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <p>
          <button type="submit" disabled={busy || code.trim() === ''}>
            Stand abfragen
          </button>
        </p>
      </form>
      <div role="status" aria-live="polite">
        {status && (
          <section aria-labelledby="status-result" className="card">
            <h2 id="status-result">
              {kindLabels[status.kind]} {status.referenceCode}
            </h2>
            <dl>
              <dt>Stand</dt>
              <dd>
                <strong>{status.statusLabel}</strong>
              </dd>
              <dt>Verwaltung</dt>
              <dd>{status.tenantName}</dd>
              {status.forwardedOn ? (
                <>
                  <dt>Weitergeleitet am</dt>
                  <dd>{formatDate(status.forwardedOn)}</dd>
                </>
              ) : (
                <>
                  <dt>Eingegangen am</dt>
                  <dd>{formatDate(status.receivedOn)}</dd>
                </>
              )}
              {status.replyExpectedBy && (
                <>
                  <dt>Antwort voraussichtlich bis</dt>
                  <dd>{formatDateTime(status.replyExpectedBy)}</dd>
                </>
              )}
              {status.answeredOn && (
                <>
                  <dt>Beantwortet am</dt>
                  <dd>{formatDate(status.answeredOn)}</dd>
                </>
              )}
            </dl>
          </section>
        )}
      </div>
    </PublicLayout>
  );
}
