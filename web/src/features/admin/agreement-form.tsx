import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { FormMessages, orNull, SelectField, TextAreaField, TextField, useFormFeedback } from './form-controls';
import { ServiceHoursEditor } from './service-hours-editor';
import type { Agreement, ServiceHours } from './admin-labels';

type Targets = Pick<
  Agreement,
  'serviceLevelPercent' | 'serviceLevelSeconds' | 'firstContactResolutionPercent' | 'replyWithinWorkingHours' | 'shortAbandonSeconds'
>;

const targetFields: { key: keyof Targets; label: string; hint: string; unit: string }[] = [
  { key: 'serviceLevelPercent', label: 'Servicelevel: Anteil der Anrufe (%)', hint: 'D115: 75 % der Anrufe …', unit: '%' },
  {
    key: 'serviceLevelSeconds',
    label: 'Servicelevel: angenommen innerhalb von (Sekunden)',
    hint: '… innerhalb von 30 Sekunden angenommen.',
    unit: 's',
  },
  {
    key: 'firstContactResolutionPercent',
    label: 'Erstlösungsquote (%)',
    hint: 'D115: 65 % der Anliegen im Erstkontakt geklärt.',
    unit: '%',
  },
  {
    key: 'replyWithinWorkingHours',
    label: 'Rückmeldung innerhalb von (Arbeitsstunden)',
    hint: 'D115: 24 Stunden an Werktagen (ohne Wochenende und Feiertage in Niedersachsen).',
    unit: 'h',
  },
  {
    key: 'shortAbandonSeconds',
    label: 'Kurzabbrecher bis (Sekunden)',
    hint: 'Anrufe, die in dieser Zeit auflegen, zählen nicht als angeboten.',
    unit: 's',
  },
];

/** The tenant's service agreement (Zweckvereinbarung): targets, service hours, term. Saved with optimistic locking. */
export function AgreementForm({
  tenantId,
  agreement,
  onSaved,
  onReload,
}: {
  tenantId: string;
  agreement: Agreement;
  onSaved(a: Agreement): void;
  onReload(): void;
}) {
  const [targets, setTargets] = useState<Record<keyof Targets, string>>(() => {
    const entries = targetFields.map((f) => [f.key, String(agreement[f.key])]);
    return Object.fromEntries(entries) as Record<keyof Targets, string>;
  });
  const [serviceHours, setServiceHours] = useState<ServiceHours>(agreement.serviceHours);
  const [reference, setReference] = useState(agreement.reference ?? '');
  const [signedOn, setSignedOn] = useState(agreement.signedOn ?? '');
  const [termStart, setTermStart] = useState(agreement.termStart ?? '');
  const [termEnd, setTermEnd] = useState(agreement.termEnd ?? '');
  const [notes, setNotes] = useState(agreement.notes ?? '');
  const [billing, setBilling] = useState(() => ({
    leitwegId: agreement.leitwegId ?? '',
    billingStreet: agreement.billingStreet ?? '',
    billingPostalCode: agreement.billingPostalCode ?? '',
    billingCity: agreement.billingCity ?? '',
    billingContactName: agreement.billingContactName ?? '',
    billingContactEmail: agreement.billingContactEmail ?? '',
    billingContactPhone: agreement.billingContactPhone ?? '',
  }));
  const [vatTreatment, setVatTreatment] = useState<string>(agreement.vatTreatment);
  const [paymentTermDays, setPaymentTermDays] = useState(String(agreement.paymentTermDays));
  const [billingCadence, setBillingCadence] = useState<string>(agreement.billingCadence);
  const { fieldErrors, error, success, busy, run } = useFormFeedback();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const numbers = Object.fromEntries(targetFields.map((f) => [f.key, Number(targets[f.key].replace(',', '.'))]));
      const saved = await api<Agreement>('PUT', `/api/v1/tenants/${tenantId}/agreement`, {
        version: agreement.version,
        ...numbers,
        serviceHours,
        reference: orNull(reference),
        signedOn: orNull(signedOn),
        termStart: orNull(termStart),
        termEnd: orNull(termEnd),
        notes: orNull(notes),
        ...Object.fromEntries(Object.entries(billing).map(([k, v]) => [k, orNull(v)])),
        vatTreatment,
        paymentTermDays: Number(paymentTermDays),
        billingCadence,
      });
      onSaved(saved);
      return 'Die Servicevereinbarung wurde gespeichert.';
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Servicevereinbarung</h2>
      <FormMessages error={error} success={success} onReload={onReload} />
      <fieldset>
        <legend>Zielwerte</legend>
        <div className="form-grid">
          {targetFields.map((f) => (
            <TextField
              key={f.key}
              id={`agreement-${f.key}`}
              label={f.label}
              hint={f.hint}
              type="number"
              inputMode="numeric"
              value={targets[f.key]}
              onChange={(v) => setTargets((t) => ({ ...t, [f.key]: v }))}
              error={fieldErrors[f.key]}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Abrechnung (Kostenerstattung, XRechnung)</legend>
        <div className="form-grid">
          {(
            [
              ['leitwegId', 'Leitweg-ID', 'Käuferreferenz der XRechnung (BT-10), z. B. 03241010-DIALOGCENTER-07.'],
              ['billingStreet', 'Rechnungsanschrift: Straße und Hausnummer', ''],
              ['billingPostalCode', 'Postleitzahl', ''],
              ['billingCity', 'Ort', ''],
              ['billingContactName', 'Rechnungskontakt: Name', ''],
              ['billingContactEmail', 'Rechnungskontakt: E-Mail', 'An diese Adresse gehen die Rechnungen mit der XRechnung im Anhang.'],
              ['billingContactPhone', 'Rechnungskontakt: Telefon', ''],
            ] as const
          ).map(([key, label, hint]) => (
            <TextField
              key={key}
              id={`agreement-${key}`}
              label={label}
              hint={hint || undefined}
              type={key === 'billingContactEmail' ? 'email' : 'text'}
              value={billing[key]}
              onChange={(v) => setBilling((b) => ({ ...b, [key]: v }))}
              error={fieldErrors[key]}
            />
          ))}
          <SelectField
            id="agreement-vatTreatment"
            label="Umsatzsteuer"
            value={vatTreatment}
            onChange={setVatTreatment}
            options={[
              { value: 'not_taxable', label: 'Nicht steuerbar (§ 2b UStG, interkommunale Zusammenarbeit)' },
              { value: 'taxable', label: 'Steuerpflichtig, 19 %' },
            ]}
            error={fieldErrors.vatTreatment}
          />
          <TextField
            id="agreement-paymentTermDays"
            label="Zahlungsziel (Tage)"
            type="number"
            inputMode="numeric"
            value={paymentTermDays}
            onChange={setPaymentTermDays}
            error={fieldErrors.paymentTermDays}
          />
          <SelectField
            id="agreement-billingCadence"
            label="Abrechnung je"
            value={billingCadence}
            onChange={setBillingCadence}
            options={[
              { value: 'month', label: 'Monat' },
              { value: 'quarter', label: 'Quartal' },
            ]}
            error={fieldErrors.billingCadence}
          />
        </div>
      </fieldset>
      <ServiceHoursEditor value={serviceHours} onChange={setServiceHours} fieldErrors={fieldErrors} />
      <fieldset>
        <legend>Vertrag</legend>
        <div className="form-grid">
          <TextField
            id="agreement-reference"
            label="Aktenzeichen"
            value={reference}
            onChange={setReference}
            error={fieldErrors.reference}
          />
          <TextField
            id="agreement-signed-on"
            label="Unterzeichnet am"
            type="date"
            value={signedOn}
            onChange={setSignedOn}
            error={fieldErrors.signedOn}
          />
          <TextField
            id="agreement-term-start"
            label="Laufzeit von"
            type="date"
            value={termStart}
            onChange={setTermStart}
            error={fieldErrors.termStart}
          />
          <TextField
            id="agreement-term-end"
            label="Laufzeit bis"
            type="date"
            value={termEnd}
            onChange={setTermEnd}
            error={fieldErrors.termEnd}
          />
        </div>
        <TextAreaField id="agreement-notes" label="Anmerkungen" value={notes} onChange={setNotes} error={fieldErrors.notes} />
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : 'Servicevereinbarung speichern'}
        </button>
        <span className="muted">Version {agreement.version}</span>
      </div>
    </form>
  );
}
