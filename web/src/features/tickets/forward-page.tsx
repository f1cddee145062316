import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { Field, Messages, useSubmit } from './field';
import { formatDateTime, type Department } from './tickets-labels';

interface Tenant {
  id: string;
  name: string;
  officialName: string;
  lifecycle: string;
}

interface Forwarded {
  id: string;
  referenceCode: string;
  dueAt: string;
  departmentName: string;
}

/**
 * First level forwards a concern it cannot answer to the responsible department.
 * Query parameters (tenantId, serviceTitle, leikaKey, contactId) prefill the form
 * when the agent comes from a contact record.
 */
export function ForwardPage() {
  const [params] = useSearchParams();
  const tenants = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const [tenantId, setTenantId] = useState(params.get('tenantId') ?? '');
  const departments = useApi<{ items: Department[] }>(tenantId ? `/api/v1/tenants/${tenantId}/departments` : null);
  const [form, setForm] = useState({
    departmentId: '',
    leikaKey: params.get('leikaKey') ?? '',
    serviceTitle: params.get('serviceTitle') ?? '',
    question: '',
    name: '',
    email: '',
    phone: '',
    answerChannel: 'email' as 'email' | 'callback',
  });
  const [result, setResult] = useState<Forwarded | null>(null);
  // Coming from a contact record (agent desktop): take over municipality, service and note.
  const contactId = params.get('contactId');
  const contact = useApi<{ tenantId: string | null; leikaKey: string | null; serviceTitle: string | null; note: string | null }>(
    contactId ? `/api/v1/contacts/${contactId}` : null,
  );
  useEffect(() => {
    const c = contact.data;
    if (!c) return;
    if (c.tenantId) setTenantId(c.tenantId);
    setForm((f) => ({
      ...f,
      leikaKey: f.leikaKey || (c.leikaKey ?? ''),
      serviceTitle: f.serviceTitle || (c.serviceTitle ?? ''),
      question: f.question || (c.note ?? ''),
    }));
  }, [contact.data]);
  const { fieldErrors, error, success, busy, run } = useSubmit();
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const served = tenants.data?.items.filter((t) => t.lifecycle === 'pilot' || t.lifecycle === 'live') ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const created = await api<Forwarded>('POST', '/api/v1/service-requests', {
        tenantId,
        departmentId: form.departmentId,
        contactId: contactId || undefined,
        leikaKey: form.leikaKey || null,
        serviceTitle: form.serviceTitle,
        question: form.question,
        citizen: { name: form.name, email: form.email || null, phone: form.phone || null },
        answerChannel: form.answerChannel,
      });
      setResult(created);
      return `Weitergeleitet an ${created.departmentName}. Vorgangsnummer ${created.referenceCode}.`;
    });
  }

  if (result) {
    return (
      <>
        <h1>Anliegen weitergeleitet</h1>
        <Messages error={null} success={success} />
        <dl>
          <dt>Vorgangsnummer (bitte der Bürgerin / dem Bürger nennen)</dt>
          <dd>
            <strong style={{ fontSize: '1.3rem', letterSpacing: '0.05em' }}>{result.referenceCode}</strong>
          </dd>
          <dt>Zuständig</dt>
          <dd>{result.departmentName}</dd>
          <dt>Antwort zugesagt bis</dt>
          <dd>{formatDateTime(result.dueAt)}</dd>
        </dl>
        <p>
          <Link to={`/anliegen/${result.id}`}>Anfrage ansehen</Link>
          {' · '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setResult(null);
              setForm({ ...form, question: '', name: '', email: '', phone: '' });
            }}
          >
            Weiteres Anliegen weiterleiten
          </button>
        </p>
      </>
    );
  }

  return (
    <>
      <h1>Anliegen an den Fachbereich weiterleiten</h1>
      <p className="muted">
        Zweite Ebene: Der Fachbereich antwortet innerhalb von 24 Stunden an Werktagen; die Bürgerin oder der Bürger erhält die Antwort per
        E-Mail oder Rückruf.
      </p>
      {contact.data && <p className="alert alert-ok">Angaben aus dem Kontakt übernommen.</p>}
      <Messages error={error} success={success} />
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>Anliegen</legend>
          <Field id="tenantId" label="Verwaltung" error={fieldErrors.tenantId}>
            {(a) => (
              <select
                {...a}
                value={tenantId}
                onChange={(e) => {
                  setTenantId(e.target.value);
                  setForm({ ...form, departmentId: '' });
                }}
              >
                <option value="">Bitte wählen</option>
                {served.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.officialName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="departmentId" label="Zuständiger Fachbereich" error={fieldErrors.departmentId}>
            {(a) => (
              <select {...a} value={form.departmentId} onChange={set('departmentId')} disabled={!tenantId}>
                <option value="">{tenantId ? 'Bitte wählen' : 'Zuerst die Verwaltung wählen'}</option>
                {departments.data?.items
                  .filter((d) => d.active)
                  .map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field id="serviceTitle" label="Leistung" error={fieldErrors.serviceTitle}>
            {(a) => <input {...a} value={form.serviceTitle} onChange={set('serviceTitle')} />}
          </Field>
          <Field id="leikaKey" label="LeiKa-Schlüssel (optional)" hint="14 Ziffern aus dem Leistungskatalog" error={fieldErrors.leikaKey}>
            {(a) => <input {...a} inputMode="numeric" value={form.leikaKey} onChange={set('leikaKey')} />}
          </Field>
          <Field id="question" label="Frage der Bürgerin / des Bürgers" error={fieldErrors.question}>
            {(a) => <textarea {...a} rows={5} value={form.question} onChange={set('question')} />}
          </Field>
        </fieldset>
        <fieldset>
          <legend>Kontakt für die Antwort (nur das Nötige)</legend>
          <Field id="citizenName" label="Name" error={fieldErrors['citizen.name']}>
            {(a) => <input {...a} autoComplete="off" value={form.name} onChange={set('name')} />}
          </Field>
          <fieldset>
            <legend>Gewünschter Antwortweg</legend>
            <label style={{ fontWeight: 400 }}>
              <input
                type="radio"
                name="answerChannel"
                value="email"
                checked={form.answerChannel === 'email'}
                onChange={() => setForm({ ...form, answerChannel: 'email' })}
              />{' '}
              E-Mail
            </label>
            <label style={{ fontWeight: 400 }}>
              <input
                type="radio"
                name="answerChannel"
                value="callback"
                checked={form.answerChannel === 'callback'}
                onChange={() => setForm({ ...form, answerChannel: 'callback' })}
              />{' '}
              Rückruf
            </label>
          </fieldset>
          <Field
            id="citizenEmail"
            label={form.answerChannel === 'email' ? 'E-Mail-Adresse' : 'E-Mail-Adresse (optional)'}
            error={fieldErrors['citizen.email']}
          >
            {(a) => <input {...a} type="email" autoComplete="off" value={form.email} onChange={set('email')} />}
          </Field>
          <Field
            id="citizenPhone"
            label={form.answerChannel === 'callback' ? 'Telefonnummer' : 'Telefonnummer (optional)'}
            error={fieldErrors['citizen.phone']}
          >
            {(a) => <input {...a} type="tel" autoComplete="off" value={form.phone} onChange={set('phone')} />}
          </Field>
        </fieldset>
        <p>
          <button type="submit" disabled={busy}>
            {busy ? 'Wird weitergeleitet …' : 'Weiterleiten'}
          </button>
        </p>
      </form>
    </>
  );
}
