import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api-error';
import { Button, TextField } from './controls';
import { MunicipalityField } from './municipality-field';
import { messageOf, portalApi } from './portal-api';
import { paths, type Lang } from './paths';
import { PortalFrame } from './portal-frame';

type Values = { tenant: string; name: string; email: string; subject: string; message: string };

/**
 * /de/kontakt and /en/contact: the contact form. The message lands in the center's routed queue for the
 * municipality chosen (only the ones the center serves); the reference number it confirms is found by the
 * status page. The older /kontakt redirects here.
 */
export function ContactPage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>({ tenant: '', name: '', email: '', subject: '', message: '' });
  const [error, setError] = useState<ApiError | string | null>(null);
  const [reference, setReference] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const set = (k: keyof Values) => (v: string) => setValues((x) => ({ ...x, [k]: v }));
  const fe = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);

  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  async function submit() {
    setBusy(true);
    try {
      const r = await portalApi<{ reference: string }>('POST', '/api/v1/public/contact-form', values);
      setReference(r.reference);
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err : messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  if (reference) {
    return (
      <PortalFrame lang={lang} title={t('contactPage.thanks')}>
        <p role="status">{t('contactPage.received', { reference })}</p>
        <p>
          <a href={`${paths[lang].status}?code=${encodeURIComponent(reference)}`}>{t('contactPage.statusLink')}</a>
        </p>
      </PortalFrame>
    );
  }
  return (
    <PortalFrame lang={lang} title={t('contactPage.title')}>
      <p>{t('contactPage.intro')}</p>
      {error && (
        <div role="alert" className="portal-alert" tabIndex={-1} ref={alertRef}>
          {typeof error === 'string' ? error : t('contactPage.check')}
        </div>
      )}
      <form
        className="portal-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <MunicipalityField
          id="kf-tenant"
          label={t('contactPage.town')}
          chooseLabel={t('contactPage.choose')}
          value={values.tenant}
          onValue={set('tenant')}
          error={fe('tenant')}
          onLoadError={setError}
        />
        <TextField
          id="kf-name"
          label={t('contactPage.name')}
          value={values.name}
          onValue={set('name')}
          error={fe('name')}
          autoComplete="name"
        />
        <TextField
          id="kf-email"
          type="email"
          label={t('contactPage.email')}
          value={values.email}
          onValue={set('email')}
          error={fe('email')}
          autoComplete="email"
        />
        <TextField id="kf-subject" label={t('contactPage.subject')} value={values.subject} onValue={set('subject')} error={fe('subject')} />
        <div className="portal-field portal-native">
          <label htmlFor="kf-message">{t('contactPage.message')}</label>
          <textarea
            id="kf-message"
            rows={6}
            value={values.message}
            onChange={(e) => set('message')(e.target.value)}
            aria-invalid={fe('message') ? true : undefined}
            aria-describedby={fe('message') ? 'kf-message-error' : undefined}
          />
          {fe('message') && <p id="kf-message-error">{fe('message')}</p>}
        </div>
        <p className="portal-muted">{t('contactPage.dataNote')}</p>
        <Button label={t('contactPage.submit')} disabled={busy} onClick={() => void submit()} />
      </form>
    </PortalFrame>
  );
}
