import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { CheckboxField, FormMessages, orNull, SelectField, TextAreaField, TextField, useFormFeedback } from './form-controls';
import { lifecycleLabels, type Lifecycle, type Tenant } from './admin-labels';

/** Name, lifecycle with its dates, the postal codes that route callers to this tenant, and the four-eyes switch. */
export function TenantForm({ tenant, onSaved, onReload }: { tenant: Tenant; onSaved(t: Tenant): void; onReload(): void }) {
  const [name, setName] = useState(tenant.name);
  const [officialName, setOfficialName] = useState(tenant.officialName);
  const [lifecycle, setLifecycle] = useState<Lifecycle>(tenant.lifecycle);
  const [pilotStart, setPilotStart] = useState(tenant.pilotStart ?? '');
  const [liveStart, setLiveStart] = useState(tenant.liveStart ?? '');
  const [endedOn, setEndedOn] = useState(tenant.endedOn ?? '');
  const [postalCodes, setPostalCodes] = useState(tenant.postalCodes.join(', '));
  const [fourEyes, setFourEyes] = useState(tenant.knowledgeFourEyes);
  const { fieldErrors, error, success, busy, run } = useFormFeedback();

  // The API reports a bad code as postalCodes.<index>; show the first next to the field.
  const postalError = fieldErrors.postalCodes ?? Object.entries(fieldErrors).find(([k]) => k.startsWith('postalCodes.'))?.[1];

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const saved = await api<Tenant>('PATCH', `/api/v1/tenants/${tenant.id}`, {
        version: tenant.version,
        name: name.trim(),
        officialName: officialName.trim(),
        lifecycle,
        pilotStart: orNull(pilotStart),
        liveStart: orNull(liveStart),
        endedOn: orNull(endedOn),
        postalCodes: postalCodes.split(/[\s,;]+/).filter(Boolean),
        knowledgeFourEyes: fourEyes,
      });
      onSaved(saved);
      return 'Die Stammdaten wurden gespeichert.';
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="tenant-form-heading">
      <h2 id="tenant-form-heading">Stammdaten und Lebenszyklus</h2>
      <FormMessages error={error} success={success} onReload={onReload} />
      <div className="form-grid">
        <TextField id="tenant-name" label="Kurzname" value={name} onChange={setName} error={fieldErrors.name} required />
        <TextField
          id="tenant-official-name"
          label="Amtlicher Name"
          value={officialName}
          onChange={setOfficialName}
          error={fieldErrors.officialName}
          required
        />
        <SelectField
          id="tenant-lifecycle"
          label="Lebenszyklus"
          value={lifecycle}
          onChange={(v) => setLifecycle(v as Lifecycle)}
          options={(Object.keys(lifecycleLabels) as Lifecycle[]).map((l) => ({ value: l, label: lifecycleLabels[l] }))}
          error={fieldErrors.lifecycle}
        />
        <TextField
          id="tenant-pilot-start"
          label="Pilotbeginn (Onboarding)"
          type="date"
          value={pilotStart}
          onChange={setPilotStart}
          error={fieldErrors.pilotStart}
        />
        <TextField
          id="tenant-live-start"
          label="Beginn Regelbetrieb"
          type="date"
          value={liveStart}
          onChange={setLiveStart}
          error={fieldErrors.liveStart}
        />
        <TextField id="tenant-ended-on" label="Beendet am" type="date" value={endedOn} onChange={setEndedOn} error={fieldErrors.endedOn} />
      </div>
      <TextAreaField
        id="tenant-postal-codes"
        label="Postleitzahlen"
        hint="Fünfstellig, durch Komma oder Leerzeichen getrennt. Anrufende mit diesen PLZ werden diesem Mandanten zugeordnet."
        value={postalCodes}
        onChange={setPostalCodes}
        error={postalError}
      />
      <CheckboxField
        id="tenant-four-eyes"
        label="Vier-Augen-Prinzip in der Wissensdatenbank"
        checked={fourEyes}
        onChange={setFourEyes}
        hint="Eingeschaltet veröffentlicht eine zweite Redakteurin oder ein zweiter Redakteur dieser Verwaltung jeden Entwurf. Nur ausschalten, wenn die Verwaltung eine einzige Redaktionskraft hat."
      />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : 'Stammdaten speichern'}
        </button>
        <span className="muted">
          AGS {tenant.ags} · Version {tenant.version}
        </span>
      </div>
    </form>
  );
}
