import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, errorText } from '../../app/api';
import { $api, call, client, failureOf } from '../../app/api-client';
import { TableScroll } from '../../app/table-scroll';

const weekdayNames = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
interface Rule {
  weekday: string;
  opens: string;
  closes: string;
  seats: string;
  callcenterSeats: string;
  onlineSeats: string;
}
const newRule = (): Rule => ({ weekday: '1', opens: '08:00', closes: '12:00', seats: '2', callcenterSeats: '2', onlineSeats: '1' });
type Feedback = { ok: string; error: string; fields: Record<string, string>; conflict?: boolean };
const noFeedback: Feedback = { ok: '', error: '', fields: {} };

/** Runs a save; the server's field issues go next to the fields, its message into the alert. */
async function save(action: () => Promise<string>, setFeedback: (f: Feedback) => void) {
  setFeedback(noFeedback);
  try {
    const ok = await action();
    setFeedback({ ...noFeedback, ok });
    return ok !== '';
  } catch (e) {
    const fields: Record<string, string> = {};
    if (e instanceof ApiError) for (const i of e.problem.issues ?? []) fields[i.field] ??= i.message;
    setFeedback({ ok: '', error: errorText(e), fields, conflict: e instanceof ApiError && e.problem.status === 409 });
    return false;
  }
}

function Field({
  id,
  label,
  value,
  onChange,
  error,
  type = 'text',
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  error?: string;
  type?: string;
  hint?: string;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function Messages({ feedback, onReload }: { feedback: Feedback; onReload?: () => void }) {
  return (
    <>
      {feedback.error && (
        <div role="alert" className="alert alert-error">
          {feedback.error}{' '}
          {feedback.conflict && onReload && (
            <button type="button" className="secondary" onClick={onReload}>
              Neu laden
            </button>
          )}
        </div>
      )}
      <div role="status" className={feedback.ok ? 'alert alert-ok' : 'visually-hidden'}>
        {feedback.ok}
      </div>
    </>
  );
}

/**
 * Admins: a municipality's appointment offices (issue 18): the offices with their bookable services,
 * opening hours and seats per channel (at the desk, by the call center, online), and the bookable
 * services with their durations. Closed days and special hours are entered on the day list.
 */
export function LocationsAdminPage() {
  const [params, setParams] = useSearchParams();
  const tenants = $api.useQuery('get', '/api/v1/tenants');
  const locations = $api.useQuery('get', '/api/v1/appointments/admin/locations');
  const tenantId = params.get('mandant') ?? '';
  const [editingId, setEditingId] = useState<string | null>(null);
  const [rowFeedback, setRowFeedback] = useState<Feedback>(noFeedback);
  const deactivate = (l: { id: string; name: string; version: number }) =>
    save(async () => {
      if (!window.confirm(`Standort „${l.name}“ deaktivieren? Dort kann danach nicht mehr gebucht werden.`)) return '';
      await call(client.DELETE('/api/v1/appointments/locations/{id}', { params: { path: { id: l.id }, query: { version: l.version } } }));
      if (editingId === l.id) setEditingId(null);
      return `Standort „${l.name}“ deaktiviert.`;
    }, setRowFeedback);
  const reactivate = (l: { id: string; name: string; version: number }) =>
    save(async () => {
      await call(
        client.PATCH('/api/v1/appointments/locations/{id}', { params: { path: { id: l.id } }, body: { version: l.version, active: true } }),
      );
      return `Standort „${l.name}“ wieder aktiv.`;
    }, setRowFeedback);
  const tenantList = [...(tenants.data?.items ?? [])].sort((a, b) => a.officialName.localeCompare(b.officialName, 'de'));
  const shown = (locations.data?.items ?? []).filter((l) => !tenantId || l.tenantId === tenantId);
  const nameOf = (id: string) => tenantList.find((t) => t.id === id)?.officialName ?? id;

  return (
    <>
      <h1>Terminstandorte</h1>
      <p>
        Standorte, an denen das DialogCenter Termine bucht, mit Öffnungszeiten und Plätzen je Kanal, und die buchbaren Leistungen mit ihrer
        Dauer. Schließtage und Sonderöffnungen stehen in der <Link to="/termine/tagesliste">Tagesliste</Link>.
      </p>
      <div className="filter-bar">
        <div className="form-field">
          <label htmlFor="locations-tenant">Mandant</label>
          <select
            id="locations-tenant"
            value={tenantId}
            onChange={(e) => setParams(e.target.value ? { mandant: e.target.value } : {}, { replace: true })}
          >
            <option value="">Alle</option>
            {tenantList.map((t) => (
              <option key={t.id} value={t.id}>
                {t.officialName}
              </option>
            ))}
          </select>
        </div>
      </div>
      {(failureOf(tenants) ?? failureOf(locations)) && (
        <div role="alert" className="alert alert-error">
          {failureOf(tenants) ?? failureOf(locations)}
        </div>
      )}
      <TableScroll label="Standorte">
        <table>
          <caption className="visually-hidden">Terminstandorte</caption>
          <thead>
            <tr>
              <th scope="col">Standort</th>
              <th scope="col">Mandant</th>
              <th scope="col">Anschrift</th>
              <th scope="col">Takt</th>
              <th scope="col">Aktionen</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((l) => (
              <tr key={l.id}>
                <td className="cell-wrap">
                  {l.name} {!l.active && <span className="status-off">(inaktiv)</span>}
                </td>
                <td className="cell-wrap">{nameOf(l.tenantId)}</td>
                <td className="cell-wrap">
                  {l.street}, {l.postalCode} {l.city}
                </td>
                <td>{l.slotMinutes} min</td>
                <td>
                  <div className="row-actions">
                    {l.active ? (
                      <>
                        <button type="button" className="secondary" onClick={() => setEditingId(l.id)} aria-label={`${l.name} bearbeiten`}>
                          Bearbeiten
                        </button>
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => void deactivate(l)}
                          aria-label={`${l.name} deaktivieren`}
                        >
                          Deaktivieren
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => void reactivate(l)}
                        aria-label={`${l.name} wieder aktivieren`}
                      >
                        Wieder aktivieren
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
            {locations.data && shown.length === 0 && (
              <tr>
                <td colSpan={5}>Kein Standort{tenantId ? ' für diesen Mandanten' : ''}.</td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      <Messages feedback={rowFeedback} />
      {editingId && <LocationEditor key={editingId} locationId={editingId} onDone={() => setEditingId(null)} />}
      {tenantId ? (
        <>
          <ServicesSection tenantId={tenantId} />
          <LocationForm tenantId={tenantId} />
        </>
      ) : (
        <p className="muted">Zum Anlegen von Leistungen und Standorten bitte oben den Mandanten wählen.</p>
      )}
    </>
  );
}

type Service = {
  id: string;
  code: string;
  name: string;
  durationMinutes: number;
  horizonDays: number;
  leadMinutes: number;
  active: boolean;
  version: number;
};

/** A tenant's bookable services with their durations: change, deactivate, bring back, add. */
function ServicesSection({ tenantId }: { tenantId: string }) {
  const services = $api.useQuery('get', '/api/v1/tenants/{tenantId}/appointment-services', { params: { path: { tenantId } } });
  const [editing, setEditing] = useState<Service | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(noFeedback);
  const toggle = (s: Service) =>
    save(async () => {
      if (s.active) {
        if (!window.confirm(`Leistung „${s.name}“ deaktivieren? Gebuchte Termine bleiben bestehen.`)) return '';
        await call(client.DELETE('/api/v1/appointments/services/{id}', { params: { path: { id: s.id }, query: { version: s.version } } }));
        return `Leistung „${s.name}“ deaktiviert.`;
      }
      await call(
        client.PATCH('/api/v1/appointments/services/{id}', { params: { path: { id: s.id } }, body: { version: s.version, active: true } }),
      );
      return `Leistung „${s.name}“ wieder buchbar.`;
    }, setFeedback);
  return (
    <section className="admin-section" aria-labelledby="services-heading">
      <h2 id="services-heading">Buchbare Leistungen</h2>
      {failureOf(services) && (
        <div role="alert" className="alert alert-error">
          {failureOf(services)}
        </div>
      )}
      <TableScroll label="Leistungen">
        <table>
          <caption className="visually-hidden">Buchbare Leistungen des Mandanten</caption>
          <thead>
            <tr>
              <th scope="col">Leistung</th>
              <th scope="col">Kennung</th>
              <th scope="col">Dauer</th>
              <th scope="col">Buchbar für</th>
              <th scope="col">Aktionen</th>
            </tr>
          </thead>
          <tbody>
            {(services.data?.items ?? []).map((s) => (
              <tr key={s.id}>
                <td className="cell-wrap">
                  {s.name} {!s.active && <span className="status-off">(inaktiv)</span>}
                </td>
                <td>{s.code}</td>
                <td>{s.durationMinutes} min</td>
                <td>{s.horizonDays} Tage</td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="secondary" onClick={() => setEditing(s)} aria-label={`Leistung ${s.name} bearbeiten`}>
                      Bearbeiten
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => void toggle(s)}
                      aria-label={`Leistung ${s.name} ${s.active ? 'deaktivieren' : 'wieder aktivieren'}`}
                    >
                      {s.active ? 'Deaktivieren' : 'Wieder aktivieren'}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
            {services.data && services.data.items.length === 0 && (
              <tr>
                <td colSpan={5}>Noch keine Leistung.</td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      <Messages feedback={feedback} onReload={() => void services.refetch()} />
      {editing && (
        <ServiceForm
          key={`${editing.id}-${editing.version}`}
          tenantId={tenantId}
          initial={editing}
          onDone={() => setEditing(null)}
          onReload={async () => setEditing((await services.refetch()).data?.items.find((x) => x.id === editing.id) ?? null)}
        />
      )}
      <ServiceForm tenantId={tenantId} />
    </section>
  );
}

function ServiceForm({ tenantId, initial, onDone, onReload }: { tenantId: string; initial?: Service; onDone?(): void; onReload?(): void }) {
  const [form, setForm] = useState(
    initial
      ? {
          code: initial.code,
          name: initial.name,
          durationMinutes: String(initial.durationMinutes),
          horizonDays: String(initial.horizonDays),
          leadMinutes: String(initial.leadMinutes),
        }
      : { code: '', name: '', durationMinutes: '15', horizonDays: '42', leadMinutes: '60' },
  );
  const [feedback, setFeedback] = useState<Feedback>(noFeedback);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const prefix = initial ? 'service-edit' : 'service';
  async function submit(event: FormEvent) {
    event.preventDefault();
    const numbers = {
      durationMinutes: Number(form.durationMinutes),
      horizonDays: Number(form.horizonDays),
      leadMinutes: Number(form.leadMinutes),
    };
    const ok = await save(async () => {
      if (initial) {
        await call(
          client.PATCH('/api/v1/appointments/services/{id}', {
            params: { path: { id: initial.id } },
            body: { version: initial.version, name: form.name.trim(), ...numbers },
          }),
        );
        return `Leistung „${form.name.trim()}“ gespeichert.`;
      }
      await call(
        client.POST('/api/v1/tenants/{tenantId}/appointment-services', {
          params: { path: { tenantId } },
          body: { code: form.code.trim(), name: form.name.trim(), ...numbers },
        }),
      );
      return `Leistung „${form.name.trim()}“ angelegt.`;
    }, setFeedback);
    if (ok && initial) onDone?.();
    if (ok && !initial) setForm((f) => ({ ...f, code: '', name: '' }));
  }
  const heading = initial ? `Leistung „${initial.name}“ ändern` : 'Buchbare Leistung anlegen';
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${prefix}-form-heading`} className={initial ? 'edit-panel' : undefined}>
      <h3 id={`${prefix}-form-heading`}>{heading}</h3>
      <Messages feedback={feedback} onReload={onReload} />
      <div className="form-grid">
        {!initial && (
          <Field
            id="service-code"
            label="Kennung"
            value={form.code}
            onChange={set('code')}
            error={feedback.fields.code}
            hint="z. B. personalausweis"
          />
        )}
        <Field id={`${prefix}-name`} label="Name" value={form.name} onChange={set('name')} error={feedback.fields.name} />
        <Field
          id={`${prefix}-duration`}
          label="Dauer (Minuten)"
          value={form.durationMinutes}
          onChange={set('durationMinutes')}
          error={feedback.fields.durationMinutes}
          hint={initial ? 'Gilt für neue Buchungen; gebuchte Termine behalten ihre Dauer.' : undefined}
        />
        <Field
          id={`${prefix}-horizon`}
          label="Buchbar für (Tage)"
          value={form.horizonDays}
          onChange={set('horizonDays')}
          error={feedback.fields.horizonDays}
        />
        <Field
          id={`${prefix}-lead`}
          label="Vorlauf (Minuten)"
          value={form.leadMinutes}
          onChange={set('leadMinutes')}
          error={feedback.fields.leadMinutes}
        />
      </div>
      <div className="form-actions">
        <button type="submit">{initial ? 'Änderung speichern' : 'Leistung anlegen'}</button>
        {initial && (
          <>
            {' '}
            <button type="button" className="secondary" onClick={onDone}>
              Abbrechen
            </button>
          </>
        )}
      </div>
    </form>
  );
}

type Setup = {
  id: string;
  tenantId: string;
  kind: 'buergerbuero' | 'auslaenderbehoerde';
  name: string;
  street: string;
  postalCode: string;
  city: string;
  latitude: number;
  longitude: number;
  slotMinutes: number;
  version: number;
  serviceCodes: string[];
  openingHours: { weekday: number; opens: string; closes: string; seats: number; callcenterSeats: number; onlineSeats: number }[];
  exceptions: { id: string; day: string; closed: boolean; opens: string | null; closes: string | null; reason: string }[];
};

/** Loads one office with its version and opens the form on it; its coming exceptions can be removed here. */
function LocationEditor({ locationId, onDone }: { locationId: string; onDone(): void }) {
  const setup = $api.useQuery('get', '/api/v1/appointments/locations/{id}/setup', { params: { path: { id: locationId } } });
  const [feedback, setFeedback] = useState<Feedback>(noFeedback);
  const data = setup.data as Setup | undefined;
  if (failureOf(setup))
    return (
      <div role="alert" className="alert alert-error">
        {failureOf(setup)}
      </div>
    );
  if (!data) return <p className="muted">Standort wird geladen …</p>;
  const removeException = (e: Setup['exceptions'][number]) =>
    save(async () => {
      if (!window.confirm(`Ausnahme am ${e.day} („${e.reason}“) entfernen?`)) return '';
      await call(
        client.DELETE('/api/v1/appointments/locations/{id}/exceptions/{exceptionId}', {
          params: { path: { id: locationId, exceptionId: e.id } },
        }),
      );
      return `Ausnahme am ${e.day} entfernt.`;
    }, setFeedback);
  return (
    <div className="edit-panel">
      <LocationForm
        key={`${data.id}-${data.version}`}
        tenantId={data.tenantId}
        initial={data}
        onDone={onDone}
        onReload={() => void setup.refetch()}
      />
      <section aria-labelledby="exceptions-heading">
        <h3 id="exceptions-heading">Kommende Schließtage und Sonderöffnungen</h3>
        <Messages feedback={feedback} />
        {data.exceptions.length === 0 ? (
          <p className="muted">Keine. Eintragen in der Tagesliste.</p>
        ) : (
          <ul className="plain-list">
            {data.exceptions.map((e) => (
              <li key={e.id}>
                {e.day}: {e.closed ? 'geschlossen' : `${e.opens}–${e.closes}`} – {e.reason}{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void removeException(e)}
                  aria-label={`Ausnahme am ${e.day} entfernen`}
                >
                  Entfernen
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function LocationForm({ tenantId, initial, onDone, onReload }: { tenantId: string; initial?: Setup; onDone?(): void; onReload?(): void }) {
  const decimal = (n: number) => String(n).replace('.', ',');
  const [form, setForm] = useState(
    initial
      ? {
          name: initial.name,
          street: initial.street,
          postalCode: initial.postalCode,
          city: initial.city,
          latitude: decimal(initial.latitude),
          longitude: decimal(initial.longitude),
          slotMinutes: String(initial.slotMinutes),
          serviceCodes: initial.serviceCodes.join(', '),
        }
      : { name: '', street: '', postalCode: '', city: '', latitude: '', longitude: '', slotMinutes: '15', serviceCodes: '' },
  );
  const [kind, setKind] = useState<'buergerbuero' | 'auslaenderbehoerde'>(initial?.kind ?? 'buergerbuero');
  const [rules, setRules] = useState<Rule[]>(
    initial
      ? initial.openingHours.map((r) => ({
          weekday: String(r.weekday),
          opens: r.opens,
          closes: r.closes,
          seats: String(r.seats),
          callcenterSeats: String(r.callcenterSeats),
          onlineSeats: String(r.onlineSeats),
        }))
      : [newRule()],
  );
  const p = initial ? 'location-edit' : 'location';
  const [feedback, setFeedback] = useState<Feedback>(noFeedback);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const setRule = (i: number, k: keyof Rule) => (v: string) => setRules((rs) => rs.map((r, j) => (j === i ? { ...r, [k]: v } : r)));
  const num = (v: string) => Number(v.replace(',', '.'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await save(async () => {
      const body = {
        kind,
        name: form.name.trim(),
        street: form.street.trim(),
        postalCode: form.postalCode.trim(),
        city: form.city.trim(),
        latitude: num(form.latitude),
        longitude: num(form.longitude),
        slotMinutes: num(form.slotMinutes),
        serviceCodes: form.serviceCodes.split(/[\s,;]+/).filter(Boolean),
        openingHours: rules.map((r) => ({
          weekday: Number(r.weekday),
          opens: r.opens,
          closes: r.closes,
          seats: num(r.seats),
          callcenterSeats: num(r.callcenterSeats),
          onlineSeats: num(r.onlineSeats),
        })),
      };
      if (initial) {
        await call(
          client.PATCH('/api/v1/appointments/locations/{id}', {
            params: { path: { id: initial.id } },
            body: { version: initial.version, ...body },
          }),
        );
        return `Standort „${body.name}“ gespeichert.`;
      }
      await call(
        client.POST('/api/v1/tenants/{tenantId}/appointment-locations', {
          params: { path: { tenantId } },
          body: {
            kind,
            name: form.name.trim(),
            street: form.street.trim(),
            postalCode: form.postalCode.trim(),
            city: form.city.trim(),
            latitude: num(form.latitude),
            longitude: num(form.longitude),
            slotMinutes: num(form.slotMinutes),
            serviceCodes: form.serviceCodes.split(/[\s,;]+/).filter(Boolean),
            openingHours: rules.map((r) => ({
              weekday: Number(r.weekday),
              opens: r.opens,
              closes: r.closes,
              seats: num(r.seats),
              callcenterSeats: num(r.callcenterSeats),
              onlineSeats: num(r.onlineSeats),
            })),
          },
        }),
      );
      return `Standort „${form.name.trim()}“ angelegt.`;
    }, setFeedback);
    if (ok && initial) onDone?.();
    else if (ok) {
      setForm((f) => ({ ...f, name: '', street: '' }));
      setRules([newRule()]);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${p}-form-heading`} className={initial ? undefined : 'admin-section'}>
      <h2 id={`${p}-form-heading`}>{initial ? `Standort „${initial.name}“ ändern` : 'Standort anlegen'}</h2>
      <Messages feedback={feedback} onReload={onReload} />
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={`${p}-kind`}>Art</label>
          <select id={`${p}-kind`} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="buergerbuero">Bürgerbüro / Bürgeramt</option>
            <option value="auslaenderbehoerde">Ausländerbehörde</option>
          </select>
        </div>
        <Field id={`${p}-name`} label="Name" value={form.name} onChange={set('name')} error={feedback.fields.name} />
        <Field
          id={`${p}-street`}
          label="Straße und Hausnummer"
          value={form.street}
          onChange={set('street')}
          error={feedback.fields.street}
        />
        <Field id={`${p}-postal`} label="PLZ" value={form.postalCode} onChange={set('postalCode')} error={feedback.fields.postalCode} />
        <Field id={`${p}-city`} label="Ort" value={form.city} onChange={set('city')} error={feedback.fields.city} />
        <Field
          id={`${p}-lat`}
          label="Breitengrad"
          value={form.latitude}
          onChange={set('latitude')}
          error={feedback.fields.latitude}
          hint="z. B. 52,4167"
        />
        <Field
          id={`${p}-lon`}
          label="Längengrad"
          value={form.longitude}
          onChange={set('longitude')}
          error={feedback.fields.longitude}
          hint="z. B. 9,6000"
        />
        <Field
          id={`${p}-slot`}
          label="Takt (Minuten)"
          value={form.slotMinutes}
          onChange={set('slotMinutes')}
          error={feedback.fields.slotMinutes}
        />
      </div>
      <Field
        id={`${p}-services`}
        label="Leistungen (Kennungen)"
        value={form.serviceCodes}
        onChange={set('serviceCodes')}
        error={feedback.fields.serviceCodes}
        hint="Durch Komma getrennt, z. B. personalausweis, reisepass."
      />
      <fieldset>
        <legend>Öffnungszeiten und Plätze je Kanal</legend>
        {rules.map((r, i) => {
          const at = (k: string) => feedback.fields[`openingHours.${i}.${k}`];
          return (
            <div key={i} className="form-grid opening-rule">
              <div className="form-field">
                <label htmlFor={`${p}-rule-${i}-weekday`}>Wochentag (Zeile {i + 1})</label>
                <select id={`${p}-rule-${i}-weekday`} value={r.weekday} onChange={(e) => setRule(i, 'weekday')(e.target.value)}>
                  {weekdayNames.map((n, d) => (
                    <option key={n} value={String(d + 1)}>
                      {n}
                    </option>
                  ))}
                </select>
              </div>
              <Field
                id={`${p}-rule-${i}-opens`}
                label="Von"
                type="time"
                value={r.opens}
                onChange={setRule(i, 'opens')}
                error={at('opens')}
              />
              <Field
                id={`${p}-rule-${i}-closes`}
                label="Bis"
                type="time"
                value={r.closes}
                onChange={setRule(i, 'closes')}
                error={at('closes')}
              />
              <Field
                id={`${p}-rule-${i}-seats`}
                label="Plätze insgesamt"
                value={r.seats}
                onChange={setRule(i, 'seats')}
                error={at('seats')}
              />
              <Field
                id={`${p}-rule-${i}-cc`}
                label="davon Callcenter"
                value={r.callcenterSeats}
                onChange={setRule(i, 'callcenterSeats')}
                error={at('callcenterSeats')}
              />
              <Field
                id={`${p}-rule-${i}-online`}
                label="davon online"
                value={r.onlineSeats}
                onChange={setRule(i, 'onlineSeats')}
                error={at('onlineSeats')}
              />
              <div className="form-field">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setRules((rs) => rs.filter((_, j) => j !== i))}
                  aria-label={`Zeile ${i + 1} der Öffnungszeiten entfernen`}
                >
                  Entfernen
                </button>
              </div>
            </div>
          );
        })}
        <button type="button" className="secondary" onClick={() => setRules((rs) => [...rs, newRule()])}>
          Öffnungszeit hinzufügen
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit">{initial ? 'Änderung speichern' : 'Standort anlegen'}</button>
        {initial && (
          <>
            {' '}
            <button type="button" className="secondary" onClick={onDone}>
              Abbrechen
            </button>
          </>
        )}
      </div>
    </form>
  );
}
