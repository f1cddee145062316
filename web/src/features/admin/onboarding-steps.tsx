import { useState, type FormEvent } from 'react';
import { call, client } from '../../app/api-client';
import { formatDate } from './admin-labels';
import { FormMessages, orNull, SelectField, TextAreaField, TextField, useFormFeedback } from './form-controls';
import { ownerLabels, statusLabels, stepLabels, type OnboardingDocument, type OnboardingStep } from './onboarding-labels';

/** The five steps of the purpose agreement, each with owner, status, due and done date and a note. */
export function StepsSection({
  tenantId,
  steps,
  documents,
  onSaved,
  onReload,
}: {
  tenantId: string;
  steps: OnboardingStep[];
  documents: OnboardingDocument[];
  onSaved(step: OnboardingStep): void;
  onReload(): void;
}) {
  const done = steps.filter((s) => s.status === 'done').length;
  return (
    <section className="admin-section" aria-labelledby="steps-heading">
      <h2 id="steps-heading">Schritte der Zweckvereinbarung</h2>
      <p className="muted">
        {done} von {steps.length} Schritten erledigt. Jeder Schritt hat eine Zuständigkeit, einen Stand und ein Datum; Dokumente hängen
        unten an den Schritten.
      </p>
      <ol className="onboarding-steps">
        {steps.map((s) => (
          <li key={s.stepKey}>
            <StepForm
              tenantId={tenantId}
              step={s}
              documentCount={documents.filter((d) => d.stepKey === s.stepKey).length}
              onSaved={onSaved}
              onReload={onReload}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function StepForm({
  tenantId,
  step,
  documentCount,
  onSaved,
  onReload,
}: {
  tenantId: string;
  step: OnboardingStep;
  documentCount: number;
  onSaved(step: OnboardingStep): void;
  onReload(): void;
}) {
  const [owner, setOwner] = useState<OnboardingStep['owner']>(step.owner);
  const [status, setStatus] = useState<OnboardingStep['status']>(step.status);
  const [dueOn, setDueOn] = useState(step.dueOn ?? '');
  const [doneOn, setDoneOn] = useState(step.doneOn ?? '');
  const [note, setNote] = useState(step.note ?? '');
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const id = `step-${step.stepKey}`;
  const label = stepLabels[step.stepKey];

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const saved = await call(
        client.PUT('/api/v1/tenants/{tenantId}/onboarding/steps/{stepKey}', {
          params: { path: { tenantId, stepKey: step.stepKey } },
          body: { version: step.version, owner, status, dueOn: orNull(dueOn), doneOn: orNull(doneOn), note: orNull(note) },
        }),
      );
      onSaved(saved);
      return `Schritt „${label.title}“ gespeichert.`;
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} className="onboarding-step" data-step={step.stepKey}>
      <h3 id={`${id}-heading`}>
        {label.title}{' '}
        <span className={step.status === 'done' ? 'status-ok' : step.status === 'in_progress' ? 'status-warn' : 'status-off'}>
          ({statusLabels[step.status]}
          {step.status === 'done' && step.doneOn ? ` am ${formatDate(step.doneOn)}` : ''}
          {step.status !== 'done' && step.dueOn ? `, fällig ${formatDate(step.dueOn)}` : ''})
        </span>
      </h3>
      <p className="muted">
        {label.hint} {documentCount > 0 && `${documentCount === 1 ? '1 Dokument' : `${documentCount} Dokumente`} angehängt.`}
      </p>
      <FormMessages error={error} success={success} onReload={onReload} />
      <div className="form-grid">
        <SelectField
          id={`${id}-owner`}
          label="Zuständig"
          value={owner}
          onChange={(v) => setOwner(v as OnboardingStep['owner'])}
          options={Object.entries(ownerLabels).map(([value, l]) => ({ value, label: l }))}
          error={fieldErrors.owner}
        />
        <SelectField
          id={`${id}-status`}
          label="Stand"
          value={status}
          onChange={(v) => setStatus(v as OnboardingStep['status'])}
          options={Object.entries(statusLabels).map(([value, l]) => ({ value, label: l }))}
          error={fieldErrors.status}
        />
        <TextField id={`${id}-due`} label="Fällig am" type="date" value={dueOn} onChange={setDueOn} error={fieldErrors.dueOn} />
        <TextField
          id={`${id}-done`}
          label="Erledigt am"
          type="date"
          value={doneOn}
          onChange={setDoneOn}
          error={fieldErrors.doneOn}
          hint="Nur bei „erledigt“."
        />
      </div>
      <TextAreaField id={`${id}-note`} label="Notiz" value={note} onChange={setNote} error={fieldErrors.note} rows={2} />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : 'Schritt speichern'}
        </button>
        <span className="muted">Version {step.version}</span>
      </div>
    </form>
  );
}
