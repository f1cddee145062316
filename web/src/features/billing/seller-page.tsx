import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../app/api';
import { FormMessages, useFormFeedback } from '../../app/form-feedback';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { orNull, TextField } from '../admin/form-controls';

interface Settings {
  version: number;
  sellerName: string;
  sellerStreet: string;
  sellerPostalCode: string;
  sellerCity: string;
  sellerIdentifier: string;
  taxNumber: string | null;
  vatId: string | null;
  iban: string;
  bic: string | null;
  accountName: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}
type Field = Exclude<keyof Settings, 'version'>;
type Form = Record<Field, string>;

const fields: { name: Field; label: string; hint?: string; optional?: boolean; autoComplete?: string; type?: string }[] = [
  { name: 'sellerName', label: 'Name (Verkäufer, BT-27)', autoComplete: 'organization' },
  { name: 'sellerStreet', label: 'Straße und Hausnummer', autoComplete: 'street-address' },
  { name: 'sellerPostalCode', label: 'Postleitzahl', autoComplete: 'postal-code' },
  { name: 'sellerCity', label: 'Ort', autoComplete: 'address-level2' },
  { name: 'sellerIdentifier', label: 'Kennung des Verkäufers (BT-29)', hint: 'Zum Beispiel der Gemeindeschlüssel 03241001.' },
  { name: 'taxNumber', label: 'Steuernummer (BT-32)', optional: true, hint: 'Leer lassen, wenn keine vergeben ist.' },
  { name: 'vatId', label: 'USt-IdNr. (BT-31)', optional: true, hint: 'Format DE123456789; nötig nur für steuerbare Vereinbarungen.' },
  { name: 'iban', label: 'IBAN (BT-84)', hint: 'Wird mit der Prüfziffer geprüft.' },
  { name: 'bic', label: 'BIC (BT-86)', optional: true },
  { name: 'accountName', label: 'Kontoinhaber (BT-85)' },
  { name: 'contactName', label: 'Ansprechpartner (BT-41)', autoComplete: 'name' },
  { name: 'contactPhone', label: 'Telefon (BT-42)', autoComplete: 'tel', type: 'tel' },
  { name: 'contactEmail', label: 'E-Mail (BT-43)', autoComplete: 'email', type: 'email' },
];

const toForm = (s: Settings | null): Form =>
  Object.fromEntries(fields.map((f) => [f.name, (s?.[f.name] as string | null | undefined) ?? ''])) as Form;

interface Tenant {
  id: string;
  officialName: string;
  lifecycle: string;
  isHost: boolean;
}
interface Agreement {
  tenantId: string;
  leitwegId: string | null;
  billingContactEmail: string | null;
  billingCity: string | null;
}

/** The operator's data that goes into every XRechnung (seller, tax, bank, contact), and the buyers' Leitweg-IDs. */
export function SellerPage() {
  const settings = useApi<Settings>('/api/v1/billing/settings');
  const tenants = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const agreements = useApi<{ items: Agreement[] }>('/api/v1/service-agreements');
  const [form, setForm] = useState<Form>(() => toForm(null));
  const feedback = useFormFeedback();
  useEffect(() => setForm(toForm(settings.data)), [settings.data]);

  async function save(e: FormEvent) {
    e.preventDefault();
    await feedback.run(async () => {
      const body: Record<string, unknown> = { version: settings.data?.version };
      for (const f of fields) body[f.name] = f.optional ? orNull(form[f.name]) : form[f.name].trim();
      await api('PUT', '/api/v1/billing/settings', body);
      await settings.reload();
      return 'Rechnungsstellerdaten gespeichert. Sie gelten für alle künftig erzeugten Entwürfe.';
    });
  }

  const buyers = (tenants.data?.items ?? [])
    .filter((t) => t.lifecycle !== 'planned' && !t.isHost)
    .map((t) => ({ tenant: t, agreement: agreements.data?.items.find((a) => a.tenantId === t.id) }));

  return (
    <div className="billing-page">
      <h1>Rechnungsstellerdaten</h1>
      <p className="muted">
        Diese Angaben stehen als Verkäufer in jeder XRechnung und jedem PDF. Ausgestellte Rechnungen behalten die Angaben ihres Entwurfs.
      </p>
      {settings.error && !settings.data && (
        <p className="muted">Noch keine Rechnungsstellerdaten hinterlegt: Bitte erfassen Sie sie hier.</p>
      )}
      <form className="billing-seller-form" onSubmit={(e) => void save(e)} aria-labelledby="seller-heading" noValidate>
        <h2 id="seller-heading">Verkäufer, Steuer, Bank und Kontakt</h2>
        {fields.map((f) => (
          <TextField
            key={f.name}
            id={`seller-${f.name}`}
            label={f.optional ? `${f.label} (optional)` : f.label}
            value={form[f.name]}
            onChange={(v) => setForm((old) => ({ ...old, [f.name]: v }))}
            error={feedback.fieldErrors[f.name]}
            hint={f.hint}
            required={!f.optional}
            autoComplete={f.autoComplete}
            type={f.type}
          />
        ))}
        <FormMessages error={feedback.error} success={feedback.success} onReload={() => void settings.reload()} />
        <button type="submit" className="button" disabled={feedback.busy}>
          Speichern
        </button>
      </form>

      <section aria-labelledby="buyers-heading">
        <h2 id="buyers-heading">Rechnungsempfänger: Leitweg-IDs</h2>
        <p className="muted">
          Leitweg-ID (BT-10), Rechnungsanschrift und Kontakt jedes Mandanten stehen in seiner Servicevereinbarung und werden von der
          Administration gepflegt (Mandanten → Servicevereinbarung).
        </p>
        <TableScroll label="Leitweg-IDs der Rechnungsempfänger">
          <table>
            <caption>Leitweg-IDs der teilnehmenden Verwaltungen</caption>
            <thead>
              <tr>
                <th scope="col">Verwaltung</th>
                <th scope="col">Leitweg-ID</th>
                <th scope="col">Rechnungskontakt</th>
              </tr>
            </thead>
            <tbody>
              {buyers.map(({ tenant, agreement }) => (
                <tr key={tenant.id}>
                  <th scope="row">{tenant.officialName}</th>
                  <td>{agreement?.leitwegId ?? 'fehlt'}</td>
                  <td>{agreement?.billingContactEmail ?? 'fehlt'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
