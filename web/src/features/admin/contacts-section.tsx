import { TableScroll } from '../../app/table-scroll';
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { FormMessages, orNull, SelectField, TextField, useFormFeedback } from './form-controls';
import { contactFunctionLabels, type Contact, type ContactFunction, type Department } from './admin-labels';

const empty = { name: '', function: 'coordinator' as ContactFunction, departmentId: '', email: '', phone: '' };

/** People at the tenant the center talks to (coordination, data protection, billing …): list, create, edit, delete. */
export function ContactsSection({
  tenantId,
  contacts,
  departments,
  onChanged,
}: {
  tenantId: string;
  contacts: Contact[];
  departments: Department[];
  onChanged(): Promise<void>;
}) {
  const [editing, setEditing] = useState<Contact | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [form, setForm] = useState(empty);
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const set =
    <K extends keyof typeof empty>(key: K) =>
    (value: string) =>
      setForm((f) => ({ ...f, [key]: value }));
  const departmentName = (id: string | null) => departments.find((d) => d.id === id)?.name ?? '';

  function startEdit(c: Contact) {
    setEditing(c);
    setForm({ name: c.name, function: c.function, departmentId: c.departmentId ?? '', email: c.email ?? '', phone: c.phone ?? '' });
    setTimeout(() => document.getElementById('contact-name')?.focus());
  }

  function reset() {
    setEditing(null);
    setForm(empty);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      name: form.name.trim(),
      function: form.function,
      departmentId: orNull(form.departmentId),
      email: orNull(form.email),
      phone: orNull(form.phone),
    };
    const ok = await run(async () => {
      if (editing) await api('PATCH', `/api/v1/tenants/${tenantId}/contacts/${editing.id}`, body);
      else await api('POST', `/api/v1/tenants/${tenantId}/contacts`, body);
      await onChanged();
      return editing ? `„${body.name}“ wurde gespeichert.` : `„${body.name}“ wurde angelegt.`;
    });
    if (ok) reset();
  }

  async function remove(c: Contact) {
    await run(async () => {
      await api('DELETE', `/api/v1/tenants/${tenantId}/contacts/${c.id}`);
      setConfirmDelete(null);
      await onChanged();
      return `„${c.name}“ wurde entfernt.`;
    });
  }

  return (
    <section className="admin-section" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Ansprechpersonen</h2>
      <p className="muted">Personenbezogene Daten: Das Anzeigen wird protokolliert.</p>
      <FormMessages error={error} success={success} onReload={() => void onChanged()} />
      <TableScroll label="Ansprechpersonen">
        <table>
          <caption className="visually-hidden">Ansprechpersonen</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Funktion</th>
              <th scope="col">Fachbereich</th>
              <th scope="col">E-Mail</th>
              <th scope="col">Telefon</th>
              <th scope="col">Aktionen</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{contactFunctionLabels[c.function]}</td>
                <td>{departmentName(c.departmentId)}</td>
                <td>{c.email}</td>
                <td>{c.phone}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="secondary" onClick={() => startEdit(c)} aria-label={`${c.name} bearbeiten`}>
                      Bearbeiten
                    </button>
                    {confirmDelete === c.id ? (
                      <>
                        <button
                          type="button"
                          autoFocus
                          disabled={busy}
                          onClick={() => void remove(c)}
                          aria-label={`${c.name} wirklich entfernen`}
                        >
                          Wirklich entfernen
                        </button>
                        <button type="button" className="secondary" onClick={() => setConfirmDelete(null)}>
                          Abbrechen
                        </button>
                      </>
                    ) : (
                      <button type="button" className="secondary" onClick={() => setConfirmDelete(c.id)} aria-label={`${c.name} entfernen`}>
                        Entfernen
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
            {contacts.length === 0 && (
              <tr>
                <td colSpan={6}>Noch keine Ansprechpersonen.</td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      <form onSubmit={submit} noValidate aria-labelledby="contact-form-heading">
        <h3 id="contact-form-heading">{editing ? `Ansprechperson „${editing.name}“ bearbeiten` : 'Neue Ansprechperson'}</h3>
        <div className="form-grid">
          <TextField id="contact-name" label="Name" value={form.name} onChange={set('name')} error={fieldErrors.name} required />
          <SelectField
            id="contact-function"
            label="Funktion"
            value={form.function}
            onChange={set('function')}
            options={(Object.keys(contactFunctionLabels) as ContactFunction[]).map((f) => ({ value: f, label: contactFunctionLabels[f] }))}
            error={fieldErrors.function}
          />
          <SelectField
            id="contact-department"
            label="Fachbereich (optional)"
            value={form.departmentId}
            onChange={set('departmentId')}
            options={[{ value: '', label: '– keiner –' }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
            error={fieldErrors.departmentId}
          />
          <TextField id="contact-email" label="E-Mail" type="email" value={form.email} onChange={set('email')} error={fieldErrors.email} />
          <TextField id="contact-phone" label="Telefon" type="tel" value={form.phone} onChange={set('phone')} error={fieldErrors.phone} />
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {editing ? 'Ansprechperson speichern' : 'Ansprechperson anlegen'}
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
