import { useState, type FormEvent } from 'react';
import { ApiError, type Problem } from '../../app/api';
import { call, client } from '../../app/api-client';
import { formatDate, formatDateTime, lifecycleLabels, type Lifecycle, type Tenant } from './admin-labels';
import { FormMessages, orNull, SelectField, TextAreaField, TextField, useFormFeedback } from './form-controls';
import { checkLabels, type Onboarding, type Readiness } from './onboarding-labels';

const targetsFrom: Record<Lifecycle, Lifecycle[]> = {
  planned: ['pilot', 'live'],
  pilot: ['live', 'ended'],
  live: ['ended'],
  ended: ['pilot', 'live'],
};

/** Start and leaving: the lifecycle change now (gated by the checks, override with a reason) and the scheduled dates. */
export function GoLiveSection({
  tenant,
  onboarding,
  readiness,
  onChanged,
  onReload,
}: {
  tenant: Tenant;
  onboarding: Onboarding;
  readiness: Readiness | null;
  onChanged(): Promise<void>;
  onReload(): void;
}) {
  return (
    <section className="admin-section" aria-labelledby="go-live-heading">
      <h2 id="go-live-heading">Start und Austritt</h2>
      <LifecycleChange tenant={tenant} readiness={readiness} onChanged={onChanged} onReload={onReload} />
      <ScheduleForm tenant={tenant} onboarding={onboarding} onChanged={onChanged} onReload={onReload} />
      <LeavingRecord tenant={tenant} onboarding={onboarding} />
    </section>
  );
}

function LifecycleChange({
  tenant,
  readiness,
  onChanged,
  onReload,
}: {
  tenant: Tenant;
  readiness: Readiness | null;
  onChanged(): Promise<void>;
  onReload(): void;
}) {
  const targets = targetsFrom[tenant.lifecycle];
  const [chosen, setTarget] = useState<Lifecycle>(targets[0]!);
  // After a change the choices differ: fall back to the first of the new ones.
  const target = targets.includes(chosen) ? chosen : targets[0]!;
  const [day, setDay] = useState('');
  const [refused, setRefused] = useState<NonNullable<Problem['checks']> | null>(null);
  const [reason, setReason] = useState('');
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const failingNow = readiness?.checks.filter((c) => c.mandatory && !c.ok) ?? [];
  const entering = (target === 'pilot' || target === 'live') && (tenant.lifecycle === 'planned' || tenant.lifecycle === 'ended');

  async function change(withOverride: boolean) {
    await run(async () => {
      const dates =
        target === 'pilot'
          ? { pilotStart: orNull(day), endedOn: null }
          : target === 'live'
            ? { liveStart: orNull(day), endedOn: null }
            : { endedOn: orNull(day) };
      try {
        await call(
          client.PATCH('/api/v1/tenants/{tenantId}', {
            params: { path: { tenantId: tenant.id } },
            body: {
              version: tenant.version,
              lifecycle: target,
              ...dates,
              ...(withOverride ? { readinessOverride: { reason: reason.trim() } } : {}),
            },
          }),
        );
      } catch (e) {
        if (e instanceof ApiError && e.problem.code === 'NOT_READY') setRefused(e.problem.checks ?? []);
        throw e;
      }
      setRefused(null);
      setReason('');
      await onChanged();
      return withOverride
        ? `${tenant.name} ist jetzt im ${lifecycleLabels[target]} – übersteuert mit Begründung (protokolliert).`
        : `${tenant.name} ist jetzt ${target === 'ended' ? 'beendet' : `im ${lifecycleLabels[target]}`}.`;
    });
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void change(false);
  };
  const dayField = target === 'pilot' ? 'pilotStart' : target === 'live' ? 'liveStart' : 'endedOn';
  const reasonError = fieldErrors['readinessOverride.reason'] ?? fieldErrors.readinessOverride;
  // A 409 other than NOT_READY is a stale version: offer "Neu laden"; NOT_READY gets its own panel.
  const shownError = refused && error ? { ...error, isConflict: false } : error;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="lifecycle-change-heading">
      <h3 id="lifecycle-change-heading">Betriebsart jetzt ändern</h3>
      <p className="muted">
        Derzeit {lifecycleLabels[tenant.lifecycle]}. Der Eintritt in den Pilot- oder Regelbetrieb setzt voraus, dass alle Pflichtprüfungen
        erfüllt sind
        {entering && readiness ? (failingNow.length === 0 ? ' – das ist der Fall.' : ` – derzeit fehlen ${failingNow.length}.`) : '.'} Mit
        dem Start wird die Rufnummer geroutet, die Kommune erscheint im Bürgerportal und die Abrechnung beginnt anteilig.
      </p>
      <FormMessages error={shownError} success={success} onReload={onReload} />
      <div className="form-grid">
        <SelectField
          id="lifecycle-target"
          label="Neue Betriebsart"
          value={target}
          onChange={(v) => {
            setTarget(v as Lifecycle);
            setRefused(null);
          }}
          options={targets.map((l) => ({ value: l, label: lifecycleLabels[l] }))}
          error={fieldErrors.lifecycle}
        />
        <TextField
          id="lifecycle-day"
          label={target === 'ended' ? 'Letzter Tag' : 'Beginn'}
          type="date"
          value={day}
          onChange={setDay}
          error={fieldErrors[dayField]}
          required
        />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird geändert …' : target === 'ended' ? 'Austritt jetzt eintragen' : `${lifecycleLabels[target]} starten`}
        </button>
      </div>
      {refused && (
        <div className="refused-panel" data-testid="refused-checks">
          <h4>Start verweigert: diese Pflichtprüfungen sind nicht erfüllt</h4>
          <ul>
            {refused.map((c) => (
              <li key={c.key}>
                <strong>{checkLabels[c.key] ?? c.key}:</strong> {c.detail}
              </li>
            ))}
          </ul>
          <TextAreaField
            id="override-reason"
            label="Begründung für das Übersteuern"
            hint="Mindestens 10 Zeichen. Die Begründung und die fehlenden Prüfungen werden protokolliert."
            value={reason}
            onChange={setReason}
            error={reasonError}
          />
          <div className="form-actions">
            <button type="button" className="danger" disabled={busy} onClick={() => void change(true)}>
              Trotzdem starten (übersteuern)
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

function ScheduleForm({
  tenant,
  onboarding,
  onChanged,
  onReload,
}: {
  tenant: Tenant;
  onboarding: Onboarding;
  onChanged(): Promise<void>;
  onReload(): void;
}) {
  const [goLiveOn, setGoLiveOn] = useState(onboarding.goLiveOn ?? '');
  const [goLiveLifecycle, setGoLiveLifecycle] = useState<string>(onboarding.goLiveLifecycle ?? '');
  const [overrideReason, setOverrideReason] = useState(onboarding.goLiveOverrideReason ?? '');
  const [leavingOn, setLeavingOn] = useState(onboarding.leavingOn ?? '');
  const { fieldErrors, error, success, busy, run } = useFormFeedback();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const mode = goLiveLifecycle === 'pilot' || goLiveLifecycle === 'live' ? goLiveLifecycle : null;
      await call(
        client.PUT('/api/v1/tenants/{tenantId}/onboarding', {
          params: { path: { tenantId: tenant.id } },
          body: {
            version: onboarding.version,
            goLiveOn: orNull(goLiveOn),
            goLiveLifecycle: mode,
            goLiveOverrideReason: orNull(overrideReason),
            leavingOn: orNull(leavingOn),
          },
        }),
      );
      await onChanged();
      return 'Die Termine wurden gespeichert. Der tägliche Lauf stellt am Tag um.';
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="schedule-heading">
      <h3 id="schedule-heading">Geplante Termine</h3>
      <p className="muted">
        Am geplanten Tag stellt der tägliche Lauf den Mandanten um (mit denselben Prüfungen) und die Agentinnen und Agenten sehen einen
        Hinweis auf dem Arbeitsplatz.
      </p>
      {onboarding.goLiveCheckedAt && onboarding.goLiveOutcome && (
        <p className="alert" data-testid="go-live-outcome">
          Letzter Lauf {formatDateTime(String(onboarding.goLiveCheckedAt))}: {onboarding.goLiveOutcome}
        </p>
      )}
      <FormMessages error={error} success={success} onReload={onReload} />
      <div className="form-grid">
        <TextField id="go-live-on" label="Start am" type="date" value={goLiveOn} onChange={setGoLiveOn} error={fieldErrors.goLiveOn} />
        <SelectField
          id="go-live-lifecycle"
          label="Betriebsart ab dem Start"
          value={goLiveLifecycle}
          onChange={setGoLiveLifecycle}
          options={[
            { value: '', label: 'kein Start geplant' },
            { value: 'pilot', label: lifecycleLabels.pilot },
            { value: 'live', label: lifecycleLabels.live },
          ]}
          error={fieldErrors.goLiveLifecycle}
        />
        <TextField
          id="leaving-on"
          label="Austritt: letzter Tag"
          type="date"
          value={leavingOn}
          onChange={setLeavingOn}
          error={fieldErrors.leavingOn}
        />
      </div>
      <TextAreaField
        id="go-live-override"
        label="Begründung, falls am Starttag Pflichtprüfungen fehlen (optional)"
        hint="Leer: der Start wird verweigert, solange eine Pflichtprüfung fehlt. Mindestens 10 Zeichen; protokolliert."
        value={overrideReason}
        onChange={setOverrideReason}
        error={fieldErrors.goLiveOverrideReason}
        rows={2}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : 'Termine speichern'}
        </button>
      </div>
    </form>
  );
}

function LeavingRecord({ tenant, onboarding }: { tenant: Tenant; onboarding: Onboarding }) {
  if (tenant.lifecycle !== 'ended' && !onboarding.leavingOn) return null;
  return (
    <div>
      <h3>Austritt</h3>
      <ul>
        <li>
          Datenexport für die Kommune:{' '}
          <a href={`/api/v1/tenants/${tenant.id}/onboarding/export`} download>
            Export herunterladen (JSON)
          </a>
          {onboarding.exportedAt ? `, zuletzt am ${formatDateTime(String(onboarding.exportedAt))}` : ', noch nicht exportiert'}
        </li>
        <li>
          Löschung nach der Aufbewahrung ({onboarding.retentionMonths} Monate):{' '}
          {onboarding.deletedAt
            ? `gelöscht am ${formatDateTime(String(onboarding.deletedAt))}`
            : onboarding.deletionDueOn
              ? `fällig am ${formatDate(onboarding.deletionDueOn)}`
              : 'nach dem letzten Tag'}
        </li>
      </ul>
    </div>
  );
}
