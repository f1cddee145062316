import { TableScroll } from '../../app/table-scroll';
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { FormMessages, orNull, TextField, useFormFeedback } from './form-controls';
import type { Department } from './admin-labels';

const empty = { name: '', code: '', email: '', phone: '', deputyEmail: '' };

/** The tenant's departments (second level): list, create, edit, deactivate. Deactivated ones stay for history. */
export function DepartmentsSection({
  tenantId,
  departments,
  onChanged,
}: {
  tenantId: string;
  departments: Department[];
  onChanged(): Promise<void>;
}) {
  const [editing, setEditing] = useState<Department | null>(null);
  const [form, setForm] = useState(empty);
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const set = (key: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  function startEdit(d: Department) {
    setEditing(d);
    setForm({ name: d.name, code: d.code ?? '', email: d.email ?? '', phone: d.phone ?? '', deputyEmail: d.deputyEmail ?? '' });
    setTimeout(() => document.getElementById('department-name')?.focus());
  }

  function reset() {
    setEditing(null);
    setForm(empty);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      name: form.name.trim(),
      code: orNull(form.code),
      email: orNull(form.email),
      phone: orNull(form.phone),
      deputyEmail: orNull(form.deputyEmail),
    };
    const ok = await run(async () => {
      if (editing) {
        await api('PATCH', `/api/v1/tenants/${tenantId}/departments/${editing.id}`, { ...body, version: editing.version });
        await onChanged();
        return `Der Fachbereich „${body.name}“ wurde gespeichert.`;
      }
      await api('POST', `/api/v1/tenants/${tenantId}/departments`, body);
      await onChanged();
      return `Der Fachbereich „${body.name}“ wurde angelegt.`;
    });
    if (ok) reset();
  }

  async function toggleActive(d: Department) {
    await run(async () => {
      await api('PATCH', `/api/v1/tenants/${tenantId}/departments/${d.id}`, { version: d.version, active: !d.active });
      await onChanged();
      return d.active ? `„${d.name}“ wurde deaktiviert.` : `„${d.name}“ ist wieder aktiv.`;
    });
  }

  return (
    <section className="admin-section" aria-labelledby="departments-heading">
      <h2 id="departments-heading">Fachbereiche</h2>
      <p className="muted">
        Fachbereiche beantworten weitergeleitete Anliegen (zweite Ebene). Deaktivierte Fachbereiche erhalten keine neuen Weiterleitungen.
      </p>
      <FormMessages error={error} success={success} onReload={() => void onChanged()} />
      <TableScroll label="Fachbereiche">
        <table className="departments-table">
          <caption className="visually-hidden">Fachbereiche</caption>
          <thead>
            <tr>
              <th scope="col">Name (Kürzel)</th>
              <th scope="col">Erreichbarkeit</th>
              <th scope="col">Status</th>
              <th scope="col">Aktionen</th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.id}>
                <td>
                  {d.name}
                  {d.code ? <span className="muted"> ({d.code})</span> : null}
                </td>
                <td className="cell-wrap">
                  {d.email && (
                    <>
                      E-Mail: {d.email}
                      <br />
                    </>
                  )}
                  {d.deputyEmail && (
                    <>
                      Vertretung: {d.deputyEmail}
                      <br />
                    </>
                  )}
                  {d.phone && <>Telefon: {d.phone}</>}
                  {!d.email && !d.deputyEmail && !d.phone && <span className="muted">keine Angaben</span>}
                </td>
                <td>{d.active ? <span className="status-ok">aktiv</span> : <span className="status-off">deaktiviert</span>}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="secondary" onClick={() => startEdit(d)} aria-label={`${d.name} bearbeiten`}>
                      Bearbeiten
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy}
                      onClick={() => void toggleActive(d)}
                      aria-label={`${d.name} ${d.active ? 'deaktivieren' : 'aktivieren'}`}
                    >
                      {d.active ? 'Deaktivieren' : 'Aktivieren'}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
            {departments.length === 0 && (
              <tr>
                <td colSpan={4}>Noch keine Fachbereiche.</td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      <form onSubmit={submit} noValidate aria-labelledby="department-form-heading">
        <h3 id="department-form-heading">{editing ? `Fachbereich „${editing.name}“ bearbeiten` : 'Neuer Fachbereich'}</h3>
        <div className="form-grid">
          <TextField id="department-name" label="Name" value={form.name} onChange={set('name')} error={fieldErrors.name} required />
          <TextField id="department-code" label="Kürzel" value={form.code} onChange={set('code')} error={fieldErrors.code} />
          <TextField
            id="department-email"
            label="E-Mail für Weiterleitungen"
            type="email"
            value={form.email}
            onChange={set('email')}
            error={fieldErrors.email}
          />
          <TextField
            id="department-deputy"
            label="E-Mail der Vertretung"
            type="email"
            value={form.deputyEmail}
            onChange={set('deputyEmail')}
            error={fieldErrors.deputyEmail}
          />
          <TextField
            id="department-phone"
            label="Telefon"
            type="tel"
            value={form.phone}
            onChange={set('phone')}
            error={fieldErrors.phone}
          />
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {editing ? 'Fachbereich speichern' : 'Fachbereich anlegen'}
          </button>
          {editing && (
            <button type="button" className="secondary" onClick={reset}>
              Abbrechen
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
