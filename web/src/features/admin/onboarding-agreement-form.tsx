import { useState, type FormEvent } from 'react';
import { ApiError } from '../../app/api';
import { call, client } from '../../app/api-client';
import { CheckboxField, FormMessages, orNull, TextAreaField, TextField, useFormFeedback } from './form-controls';
import { categoryLabels, knowledgeCategories, type KnowledgeCategory, type Onboarding } from './onboarding-labels';

/**
 * The parts of the purpose agreement the center works from: which services it answers (by topic),
 * which it forwards and which it books; technical notes; the processing agreement's date; notice and
 * retention. Saved with optimistic locking (version 0 creates the record).
 */
export function AgreementPartsForm({
  tenantId,
  onboarding,
  onSaved,
  onReload,
}: {
  tenantId: string;
  onboarding: Onboarding;
  onSaved(o: Onboarding): void;
  onReload(): void;
}) {
  const [answered, setAnswered] = useState<Set<string>>(() => new Set(onboarding.answeredCategories));
  const [forwarded, setForwarded] = useState(onboarding.forwardedServices ?? '');
  const [includesBookings, setIncludesBookings] = useState(onboarding.includesBookings);
  const [booked, setBooked] = useState(onboarding.bookedServices ?? '');
  const [technical, setTechnical] = useState(onboarding.technicalNotes ?? '');
  const [signedOn, setSignedOn] = useState(onboarding.processingAgreementSignedOn ?? '');
  const [noticeMonths, setNoticeMonths] = useState(onboarding.noticeMonths === null ? '' : String(onboarding.noticeMonths));
  const [retentionMonths, setRetentionMonths] = useState(String(onboarding.retentionMonths));
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const toggle = (c: KnowledgeCategory, on: boolean) =>
    setAnswered((s) => {
      const next = new Set(s);
      if (on) next.add(c);
      else next.delete(c);
      return next;
    });
  const number = (v: string) => (v.trim() === '' ? null : Number(v.trim()));
  /** Whole months only; anything else is refused here with the field named (nothing is sent). */
  const monthIssues = () =>
    [
      ['noticeMonths', noticeMonths],
      ['retentionMonths', retentionMonths],
    ]
      .filter(([, v]) => v!.trim() !== '' && !/^[0-9]{1,3}$/.test(v!.trim()))
      .map(([field]) => ({ field: field!, message: 'Bitte eine ganze Zahl von Monaten angeben.' }));
  const categoriesError =
    fieldErrors.answeredCategories ?? Object.entries(fieldErrors).find(([k]) => k.startsWith('answeredCategories.'))?.[1];

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const issues = monthIssues();
      if (issues.length > 0)
        throw new ApiError({
          status: 400,
          code: 'VALIDATION_FAILED',
          title: 'Ungültige Eingabe',
          detail: 'Bitte die markierten Felder prüfen.',
          issues,
        });
      const saved = await call(
        client.PUT('/api/v1/tenants/{tenantId}/onboarding', {
          params: { path: { tenantId } },
          body: {
            version: onboarding.version,
            answeredCategories: knowledgeCategories.filter((c) => answered.has(c)),
            forwardedServices: orNull(forwarded),
            includesBookings,
            bookedServices: orNull(booked),
            technicalNotes: orNull(technical),
            processingAgreementSignedOn: orNull(signedOn),
            noticeMonths: number(noticeMonths),
            retentionMonths: number(retentionMonths) ?? 6,
          },
        }),
      );
      onSaved(saved);
      return 'Die Vereinbarungsteile wurden gespeichert.';
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="agreement-parts-heading" className="admin-section">
      <h2 id="agreement-parts-heading">Inhalt der Zweckvereinbarung</h2>
      <FormMessages error={error} success={success} onReload={onReload} />
      <fieldset aria-describedby={categoriesError ? 'answered-error' : undefined}>
        <legend>Themen, die das DialogCenter beantwortet</legend>
        <p className="field-hint">Die Wissensprüfung zählt die Leistungen dieser Themen.</p>
        <ul className="checkbox-columns">
          {knowledgeCategories.map((c) => (
            <li key={c}>
              <CheckboxField
                id={`answered-${c}`}
                variant="inline"
                label={categoryLabels[c]}
                checked={answered.has(c)}
                onChange={(on) => toggle(c, on)}
              />
            </li>
          ))}
        </ul>
        {categoriesError && (
          <p id="answered-error" className="field-error">
            {categoriesError}
          </p>
        )}
      </fieldset>
      <div className="form-grid">
        <TextAreaField
          id="onboarding-forwarded"
          label="Leistungen, die weitergeleitet werden"
          value={forwarded}
          onChange={setForwarded}
          error={fieldErrors.forwardedServices}
        />
        <TextAreaField
          id="onboarding-technical"
          label="Technische Voraussetzungen (Notizen)"
          value={technical}
          onChange={setTechnical}
          error={fieldErrors.technicalNotes}
        />
      </div>
      <CheckboxField
        id="onboarding-bookings"
        label="Das DialogCenter bucht Termine für diese Kommune"
        checked={includesBookings}
        onChange={setIncludesBookings}
        hint="Dann muss mindestens ein Terminstandort mit Leistungen und Öffnungszeiten eingerichtet sein."
      />
      {includesBookings && (
        <TextAreaField
          id="onboarding-booked"
          label="Leistungen, für die Termine gebucht werden"
          value={booked}
          onChange={setBooked}
          error={fieldErrors.bookedServices}
        />
      )}
      <div className="form-grid">
        <TextField
          id="onboarding-processing-signed"
          label="Auftragsverarbeitung unterzeichnet am"
          type="date"
          value={signedOn}
          onChange={setSignedOn}
          error={fieldErrors.processingAgreementSignedOn}
        />
        <TextField
          id="onboarding-notice"
          label="Kündigungsfrist (Monate)"
          inputMode="numeric"
          value={noticeMonths}
          onChange={setNoticeMonths}
          error={fieldErrors.noticeMonths}
        />
        <TextField
          id="onboarding-retention"
          label="Aufbewahrung nach Austritt (Monate)"
          inputMode="numeric"
          value={retentionMonths}
          onChange={setRetentionMonths}
          error={fieldErrors.retentionMonths}
          hint="Danach werden Ansprechpersonen und Onboarding-Dokumente gelöscht."
        />
      </div>
      <p className="muted">Beginn und Ende der Laufzeit stehen in der Servicevereinbarung des Mandanten.</p>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : 'Vereinbarung speichern'}
        </button>
        <span className="muted">Version {onboarding.version}</span>
      </div>
    </form>
  );
}
