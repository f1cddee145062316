import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../app/api-error';
import { locale } from './i18n';
import { Button, submitOnKolibriEnter, TextField } from './controls';
import { messageOf, portalApi } from './portal-api';
import { PortalFrame } from './portal-frame';
import type { Lang } from './paths';

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

const tz = 'Europe/Berlin';

/**
 * /de/status and /en/status: the state of a concern by its reference number (phone, e-mail, contact form,
 * chat). No personal data is shown. `?code=` (from a confirmation) shows it at once. The older /status
 * redirects here.
 */
export function StatusPage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [status, setStatus] = useState<PublicStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const day = (iso: string) => new Intl.DateTimeFormat(locale(lang), { timeZone: tz, dateStyle: 'long' }).format(new Date(iso));
  const dayTime = (iso: string) =>
    new Intl.DateTimeFormat(locale(lang), { timeZone: tz, dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

  async function look(value: string) {
    setStatus(null);
    if (!value.trim()) {
      setError(t('statusPage.empty'));
      return;
    }
    setBusy(true);
    try {
      setStatus(await portalApi<PublicStatus>('GET', `/api/public/v1/request-status?code=${encodeURIComponent(value.trim())}`));
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? (err.fieldMessage('code') ?? err.message) : messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  // Coming from a confirmation (?code=…): show the status right away.
  const linked = params.get('code');
  useEffect(() => {
    if (linked) void look(linked);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linked]);

  return (
    <PortalFrame lang={lang} title={t('statusPage.title')}>
      <p>{t('statusPage.intro')}</p>
      <form
        className="portal-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void look(code);
        }}
        onKeyDown={submitOnKolibriEnter(() => void look(code))}
      >
        <TextField
          id="reference-code"
          label={t('statusPage.code')}
          value={code}
          onValue={setCode}
          error={error ?? undefined}
          autoComplete="off"
        />
        <Button label={t('statusPage.submit')} disabled={busy} onClick={() => void look(code)} />
      </form>
      <div role="status" aria-live="polite">
        {status && (
          <section aria-labelledby="status-result" className="portal-office">
            <h2 id="status-result">
              {t(`statusPage.kind.${status.kind}`)} {status.referenceCode}
            </h2>
            <dl className="portal-facts">
              <dt>{t('statusPage.state')}</dt>
              <dd>
                <strong lang="de">{status.statusLabel}</strong>
              </dd>
              <dt>{t('statusPage.tenant')}</dt>
              <dd lang="de">{status.tenantName}</dd>
              {status.forwardedOn ? (
                <>
                  <dt>{t('statusPage.forwardedOn')}</dt>
                  <dd>{day(status.forwardedOn)}</dd>
                </>
              ) : (
                <>
                  <dt>{t('statusPage.receivedOn')}</dt>
                  <dd>{day(status.receivedOn)}</dd>
                </>
              )}
              {status.replyExpectedBy && (
                <>
                  <dt>{t('statusPage.replyBy')}</dt>
                  <dd>{dayTime(status.replyExpectedBy)}</dd>
                </>
              )}
              {status.answeredOn && (
                <>
                  <dt>{t('statusPage.answeredOn')}</dt>
                  <dd>{day(status.answeredOn)}</dd>
                </>
              )}
            </dl>
          </section>
        )}
      </div>
    </PortalFrame>
  );
}
