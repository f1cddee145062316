import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../app/api';
import { $api, call, client, failureOf } from '../../app/api-client';
import { TableScroll } from '../../app/table-scroll';
import { formatDateTime } from './admin-labels';
import { FormMessages, SelectField, TextField, useFormFeedback } from './form-controls';
import { useTenants } from './use-tenant-names';

/** A choice left at "Bitte wählen" is named next to its field; nothing is sent. */
function requireChosen(fields: [string, string, string][]) {
  const issues = fields.filter(([, value]) => !value).map(([field, , message]) => ({ field, message }));
  if (issues.length > 0)
    throw new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      title: 'Ungültige Eingabe',
      detail: 'Bitte die markierten Felder prüfen.',
      issues,
    });
}

/**
 * Admins: the telephony a municipality needs before it goes live (issue 18): hotline numbers with their
 * tenant and ACD queue, the telephone systems with their tokens (shown once, revoked here), and the
 * ACD agent ids of our agents. Every change is audited by the server.
 */
export function TelephonyPage() {
  const [params, setParams] = useSearchParams();
  const tenantFilter = params.get('mandant') ?? '';
  const { tenants, byId } = useTenants();
  return (
    <>
      <h1>Telefonie</h1>
      <p>
        Rufnummern und ACD-Warteschlangen der Mandanten, die Telefonanlagen mit ihren Tokens und die Agenten-Kennungen. Eine Rufnummer wird
        erst geroutet, wenn ihr Mandant im Pilot- oder Regelbetrieb ist.
      </p>
      <HotlinesSection
        tenants={tenants.map((t) => ({ id: t.id, name: t.officialName }))}
        tenantName={(id) => byId.get(id)?.officialName ?? id}
        tenantFilter={tenantFilter}
        onFilter={(id) => setParams(id ? { mandant: id } : {}, { replace: true })}
      />
      <SystemsSection />
      <AgentLinesSection />
    </>
  );
}

function HotlinesSection({
  tenants,
  tenantName,
  tenantFilter,
  onFilter,
}: {
  tenants: { id: string; name: string }[];
  tenantName(id: string): string;
  tenantFilter: string;
  onFilter(id: string): void;
}) {
  const query = $api.useQuery('get', '/api/v1/telephony/hotlines');
  const all = query.data?.items ?? [];
  const shown = all.filter((h) => !tenantFilter || h.tenantId === tenantFilter);
  const [form, setForm] = useState({ dialledNumber: '', tenantId: tenantFilter, queueName: '', label: '' });
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const tenantOptions = [...tenants].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const [editing, setEditing] = useState<Hotline | null>(null);
  const rowFeedback = useFormFeedback();
  const remove = (h: Hotline) =>
    rowFeedback.run(async () => {
      if (
        !window.confirm(
          `Rufnummer ${h.dialledNumber} (${tenantName(h.tenantId)}) entfernen? Anrufe darauf werden danach keinem Mandanten mehr zugeordnet.`,
        )
      )
        return;
      await call(
        client.DELETE('/api/v1/telephony/hotlines/{dialledNumber}', {
          params: { path: { dialledNumber: h.dialledNumber }, query: { version: h.version } },
        }),
      );
      if (editing?.dialledNumber === h.dialledNumber) setEditing(null);
      return `Rufnummer ${h.dialledNumber} entfernt.`;
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      requireChosen([['tenantId', form.tenantId, 'Bitte den Mandanten wählen.']]);
      const saved = await call(
        client.POST('/api/v1/telephony/hotlines', {
          body: {
            dialledNumber: form.dialledNumber.trim(),
            tenantId: form.tenantId,
            queueName: form.queueName.trim() || null,
            label: form.label.trim(),
          },
        }),
      );
      return `Rufnummer ${saved.dialledNumber} ist ${tenantName(saved.tenantId)} zugeordnet.`;
    });
    if (ok) setForm((f) => ({ ...f, dialledNumber: '', queueName: '', label: '' }));
  }

  return (
    <section className="admin-section" aria-labelledby="hotlines-heading">
      <h2 id="hotlines-heading">Rufnummern und ACD-Warteschlangen</h2>
      <div className="filter-bar">
        <SelectField
          id="hotline-filter"
          label="Mandant"
          value={tenantFilter}
          onChange={onFilter}
          options={[{ value: '', label: 'Alle' }, ...tenantOptions.map((t) => ({ value: t.id, label: t.name }))]}
        />
      </div>
      {failureOf(query) && (
        <div role="alert" className="alert alert-error">
          {failureOf(query)}
        </div>
      )}
      <TableScroll label="Rufnummern">
        <table>
          <caption className="visually-hidden">Rufnummern der Mandanten</caption>
          <thead>
            <tr>
              <th scope="col">Rufnummer</th>
              <th scope="col">Mandant</th>
              <th scope="col">ACD-Warteschlange</th>
              <th scope="col">Bezeichnung</th>
              <th scope="col">Aktionen</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((h) => (
              <tr key={h.dialledNumber}>
                <td>{h.dialledNumber}</td>
                <td className="cell-wrap">{tenantName(h.tenantId)}</td>
                <td>{h.queueName ?? <span className="status-warn">keine</span>}</td>
                <td className="cell-wrap">{h.label}</td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setEditing(h)}
                      aria-label={`Rufnummer ${h.dialledNumber} bearbeiten`}
                    >
                      Bearbeiten
                    </button>{' '}
                    <button
                      type="button"
                      className="secondary"
                      disabled={rowFeedback.busy}
                      onClick={() => void remove(h)}
                      aria-label={`Rufnummer ${h.dialledNumber} entfernen`}
                    >
                      Entfernen
                    </button>
                  </div>
                </td>
              </tr>
            ))}
            {query.data && shown.length === 0 && (
              <tr>
                <td colSpan={5}>Keine Rufnummer{tenantFilter ? ' für diesen Mandanten' : ''}.</td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      <FormMessages error={rowFeedback.error} success={rowFeedback.success} onReload={() => void query.refetch()} />
      {editing && (
        <HotlineEditForm
          key={`${editing.dialledNumber}-${editing.version}`}
          hotline={editing}
          tenantOptions={tenantOptions}
          tenantName={tenantName}
          onDone={() => setEditing(null)}
          onReload={async () => {
            const fresh = (await query.refetch()).data?.items.find((h) => h.dialledNumber === editing.dialledNumber);
            setEditing(fresh ?? null);
          }}
        />
      )}
      <form onSubmit={submit} noValidate aria-labelledby="hotline-form-heading">
        <h3 id="hotline-form-heading">Rufnummer zuordnen</h3>
        <FormMessages error={error} success={success} />
        <div className="form-grid">
          <TextField
            id="hotline-number"
            label="Rufnummer"
            type="tel"
            value={form.dialledNumber}
            onChange={set('dialledNumber')}
            error={fieldErrors.dialledNumber}
            required
          />
          <SelectField
            id="hotline-tenant"
            label="Mandant"
            value={form.tenantId}
            onChange={set('tenantId')}
            options={[{ value: '', label: 'Bitte wählen' }, ...tenantOptions.map((t) => ({ value: t.id, label: t.name }))]}
            error={fieldErrors.tenantId}
            required
          />
          <TextField
            id="hotline-queue"
            label="ACD-Warteschlange"
            value={form.queueName}
            onChange={set('queueName')}
            error={fieldErrors.queueName}
            hint="Name der Warteschlange in der Telefonanlage, z. B. dc-garbsen."
          />
          <TextField id="hotline-label" label="Bezeichnung" value={form.label} onChange={set('label')} error={fieldErrors.label} required />
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Wird gespeichert …' : 'Rufnummer zuordnen'}
          </button>
        </div>
      </form>
    </section>
  );
}

type Hotline = { dialledNumber: string; tenantId: string; queueName: string | null; label: string; version: number };

/** Changes one hotline with the version it was read at; a 409 offers to reload it. */
function HotlineEditForm({
  hotline,
  tenantOptions,
  tenantName,
  onDone,
  onReload,
}: {
  hotline: Hotline;
  tenantOptions: { id: string; name: string }[];
  tenantName(id: string): string;
  onDone(): void;
  onReload(): void;
}) {
  const [form, setForm] = useState({ tenantId: hotline.tenantId, queueName: hotline.queueName ?? '', label: hotline.label });
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      requireChosen([['tenantId', form.tenantId, 'Bitte den Mandanten wählen.']]);
      await call(
        client.PATCH('/api/v1/telephony/hotlines/{dialledNumber}', {
          params: { path: { dialledNumber: hotline.dialledNumber } },
          body: { version: hotline.version, tenantId: form.tenantId, queueName: form.queueName.trim() || null, label: form.label.trim() },
        }),
      );
      return `Rufnummer ${hotline.dialledNumber} gespeichert (${tenantName(form.tenantId)}).`;
    });
    if (ok) onDone();
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="hotline-edit-heading" className="edit-panel">
      <h3 id="hotline-edit-heading">Rufnummer {hotline.dialledNumber} ändern</h3>
      <FormMessages error={error} success={success} onReload={onReload} />
      <div className="form-grid">
        <SelectField
          id="hotline-edit-tenant"
          label="Mandant"
          value={form.tenantId}
          onChange={set('tenantId')}
          options={[{ value: '', label: 'Bitte wählen' }, ...tenantOptions.map((t) => ({ value: t.id, label: t.name }))]}
          error={fieldErrors.tenantId}
          required
        />
        <TextField
          id="hotline-edit-queue"
          label="ACD-Warteschlange"
          value={form.queueName}
          onChange={set('queueName')}
          error={fieldErrors.queueName}
        />
        <TextField
          id="hotline-edit-label"
          label="Bezeichnung"
          value={form.label}
          onChange={set('label')}
          error={fieldErrors.label}
          required
        />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : 'Änderung speichern'}
        </button>{' '}
        <button type="button" className="secondary" onClick={onDone}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}

function SystemsSection() {
  const systems = $api.useQuery('get', '/api/v1/telephony/systems');
  const tokens = $api.useQuery('get', '/api/v1/api-tokens');
  const [name, setName] = useState('');
  const [shown, setShown] = useState<{ name: string; token: string } | null>(null);
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const tokensOf = (id: string) => (tokens.data?.items ?? []).filter((t) => t.subjectType === 'telephone_system' && t.subjectId === id);

  async function register(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      const res = await call(client.POST('/api/v1/telephony/systems', { body: { name: name.trim() } }));
      setShown({ name: res.system.name, token: res.token });
      return `Telefonanlage „${res.system.name}“ registriert.`;
    });
    if (ok) setName('');
  }
  const issue = (system: { id: string; name: string }) =>
    run(async () => {
      const res = await call(client.POST('/api/v1/telephony/systems/{id}/tokens', { params: { path: { id: system.id } }, body: {} }));
      setShown({ name: system.name, token: res.token });
      return `Neues Token für „${system.name}“ ausgestellt. Das alte danach widerrufen.`;
    });
  const revoke = (t: { id: string; name: string }) =>
    run(async () => {
      if (!window.confirm(`Token „${t.name}“ widerrufen? Die Anlage kann damit sofort keine Ereignisse mehr senden.`)) return;
      await call(client.DELETE('/api/v1/api-tokens/{id}', { params: { path: { id: t.id } } }));
      return `Token „${t.name}“ widerrufen.`;
    });

  return (
    <section className="admin-section" aria-labelledby="systems-heading">
      <h2 id="systems-heading">Telefonanlagen und Tokens</h2>
      {shown && (
        <div className="alert alert-ok" role="region" aria-label="Neues Token">
          <p>Token für „{shown.name}“ – jetzt kopieren, es wird nicht wieder angezeigt:</p>
          <p>
            <code className="token-once">{shown.token}</code>
          </p>
          <button type="button" className="secondary" onClick={() => setShown(null)}>
            Ausblenden
          </button>
        </div>
      )}
      <FormMessages error={error} success={success} />
      {(failureOf(systems) ?? failureOf(tokens)) && (
        <div role="alert" className="alert alert-error">
          {failureOf(systems) ?? failureOf(tokens)}
        </div>
      )}
      <TableScroll label="Telefonanlagen">
        <table>
          <caption className="visually-hidden">Telefonanlagen</caption>
          <thead>
            <tr>
              <th scope="col">Anlage</th>
              <th scope="col">Letztes Ereignis</th>
              <th scope="col">Tokens</th>
              <th scope="col">Aktionen</th>
            </tr>
          </thead>
          <tbody>
            {(systems.data?.items ?? []).map((s) => (
              <tr key={s.id}>
                <td className="cell-wrap">
                  {s.name} {!s.active && <span className="status-off">(inaktiv)</span>}
                </td>
                <td>{s.lastEventAt ? formatDateTime(String(s.lastEventAt)) : <span className="muted">noch keins</span>}</td>
                <td className="cell-wrap">
                  <ul className="plain-list">
                    {tokensOf(s.id).map((t) => (
                      <li key={t.id}>
                        {t.tokenPrefix ?? t.name}…{' '}
                        <span className={t.state === 'active' ? 'status-ok' : 'status-off'}>
                          {t.state === 'active' ? 'aktiv' : t.state === 'expired' ? 'abgelaufen' : 'widerrufen'}
                        </span>
                        {t.state === 'active' && (
                          <>
                            {' '}
                            <button
                              type="button"
                              className="secondary"
                              disabled={busy}
                              onClick={() => void revoke(t)}
                              aria-label={`Token ${t.tokenPrefix ?? t.name} von ${s.name} widerrufen`}
                            >
                              Widerrufen
                            </button>
                          </>
                        )}
                      </li>
                    ))}
                    {tokensOf(s.id).length === 0 && <li className="muted">keine</li>}
                  </ul>
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={() => void issue(s)}
                    aria-label={`Neues Token für ${s.name}`}
                  >
                    Neues Token
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <form onSubmit={register} noValidate aria-labelledby="system-form-heading">
        <h3 id="system-form-heading">Telefonanlage registrieren</h3>
        <div className="form-grid">
          <TextField id="system-name" label="Name der Anlage" value={name} onChange={setName} error={fieldErrors.name} required />
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            Registrieren
          </button>
        </div>
      </form>
    </section>
  );
}

function AgentLinesSection() {
  const systems = $api.useQuery('get', '/api/v1/telephony/systems');
  const users = $api.useQuery('get', '/api/v1/users');
  const agents = (users.data?.items ?? []).filter((u) => u.active && (u.roles.includes('agent') || u.roles.includes('supervisor')));
  const lines = $api.useQuery('get', '/api/v1/telephony/agent-lines');
  const [editing, setEditing] = useState<AgentLine | null>(null);
  const rowFeedback = useFormFeedback();
  const remove = (l: AgentLine) =>
    rowFeedback.run(async () => {
      if (!window.confirm(`Kennung ${l.externalAgentId} (${l.displayName}) entfernen?`)) return;
      await call(client.DELETE('/api/v1/telephony/agent-lines/{id}', { params: { path: { id: l.id }, query: { version: l.version } } }));
      if (editing?.id === l.id) setEditing(null);
      return `Kennung ${l.externalAgentId} entfernt.`;
    });
  const [form, setForm] = useState({ telephoneSystemId: '', externalAgentId: '', userId: '' });
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      requireChosen([
        ['telephoneSystemId', form.telephoneSystemId, 'Bitte die Telefonanlage wählen.'],
        ['userId', form.userId, 'Bitte das Konto wählen.'],
      ]);
      await call(
        client.POST('/api/v1/telephony/agent-lines', {
          body: { telephoneSystemId: form.telephoneSystemId, externalAgentId: form.externalAgentId.trim(), userId: form.userId },
        }),
      );
      const who = agents.find((a) => a.id === form.userId)?.displayName ?? '';
      return `Kennung ${form.externalAgentId.trim()} ist ${who} zugeordnet.`;
    });
    if (ok) setForm((f) => ({ ...f, externalAgentId: '' }));
  }

  return (
    <section className="admin-section" aria-labelledby="agent-lines-heading">
      <h2 id="agent-lines-heading">Agenten-Kennungen der Telefonanlage</h2>
      <p className="muted">Die Kennung, mit der die Anlage eine Agentin oder einen Agenten meldet (z. B. SIP/1001), für den Screen-Pop.</p>
      {failureOf(lines) && (
        <div role="alert" className="alert alert-error">
          {failureOf(lines)}
        </div>
      )}
      <TableScroll label="Agenten-Kennungen">
        <table>
          <caption className="visually-hidden">Zugeordnete Agenten-Kennungen</caption>
          <thead>
            <tr>
              <th scope="col">Telefonanlage</th>
              <th scope="col">Kennung</th>
              <th scope="col">Konto</th>
              <th scope="col">Aktionen</th>
            </tr>
          </thead>
          <tbody>
            {(lines.data?.items ?? []).map((l) => (
              <tr key={l.id}>
                <td className="cell-wrap">{l.telephoneSystemName}</td>
                <td>{l.externalAgentId}</td>
                <td className="cell-wrap">{l.displayName}</td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setEditing(l)}
                      aria-label={`Kennung ${l.externalAgentId} bearbeiten`}
                    >
                      Bearbeiten
                    </button>{' '}
                    <button
                      type="button"
                      className="secondary"
                      disabled={rowFeedback.busy}
                      onClick={() => void remove(l)}
                      aria-label={`Kennung ${l.externalAgentId} entfernen`}
                    >
                      Entfernen
                    </button>
                  </div>
                </td>
              </tr>
            ))}
            {lines.data && lines.data.items.length === 0 && (
              <tr>
                <td colSpan={4}>Noch keine Kennung zugeordnet.</td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      <FormMessages error={rowFeedback.error} success={rowFeedback.success} onReload={() => void lines.refetch()} />
      {editing && (
        <AgentLineEditForm
          key={`${editing.id}-${editing.version}`}
          line={editing}
          agents={agents}
          onDone={() => setEditing(null)}
          onReload={async () => setEditing((await lines.refetch()).data?.items.find((l) => l.id === editing.id) ?? null)}
        />
      )}
      <form onSubmit={submit} noValidate aria-labelledby="agent-line-form-heading">
        <h3 id="agent-line-form-heading">Kennung zuordnen</h3>
        <FormMessages error={error} success={success} />
        <div className="form-grid">
          <SelectField
            id="agent-line-system"
            label="Telefonanlage"
            value={form.telephoneSystemId}
            onChange={set('telephoneSystemId')}
            options={[{ value: '', label: 'Bitte wählen' }, ...(systems.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))]}
            error={fieldErrors.telephoneSystemId}
            required
          />
          <TextField
            id="agent-line-id"
            label="Agenten-Kennung"
            value={form.externalAgentId}
            onChange={set('externalAgentId')}
            error={fieldErrors.externalAgentId}
            required
          />
          <SelectField
            id="agent-line-user"
            label="Konto"
            value={form.userId}
            onChange={set('userId')}
            options={[{ value: '', label: 'Bitte wählen' }, ...agents.map((a) => ({ value: a.id, label: a.displayName }))]}
            error={fieldErrors.userId}
            required
          />
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            Kennung zuordnen
          </button>
        </div>
      </form>
    </section>
  );
}

type AgentLine = {
  id: string;
  telephoneSystemId: string;
  telephoneSystemName: string;
  externalAgentId: string;
  userId: string;
  displayName: string;
  version: number;
};

/** Corrects an agent id or gives it to another account, with the version read; a 409 offers to reload. */
function AgentLineEditForm({
  line,
  agents,
  onDone,
  onReload,
}: {
  line: AgentLine;
  agents: { id: string; displayName: string }[];
  onDone(): void;
  onReload(): void;
}) {
  const [form, setForm] = useState({ externalAgentId: line.externalAgentId, userId: line.userId });
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const options = agents.some((a) => a.id === line.userId) ? agents : [{ id: line.userId, displayName: line.displayName }, ...agents];
  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      requireChosen([['userId', form.userId, 'Bitte das Konto wählen.']]);
      await call(
        client.PATCH('/api/v1/telephony/agent-lines/{id}', {
          params: { path: { id: line.id } },
          body: { version: line.version, externalAgentId: form.externalAgentId.trim(), userId: form.userId },
        }),
      );
      return `Kennung ${form.externalAgentId.trim()} gespeichert.`;
    });
    if (ok) onDone();
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="agent-line-edit-heading" className="edit-panel">
      <h3 id="agent-line-edit-heading">
        Kennung {line.externalAgentId} ({line.telephoneSystemName}) ändern
      </h3>
      <FormMessages error={error} success={success} onReload={onReload} />
      <div className="form-grid">
        <TextField
          id="agent-line-edit-id"
          label="Agenten-Kennung"
          value={form.externalAgentId}
          onChange={set('externalAgentId')}
          error={fieldErrors.externalAgentId}
          required
        />
        <SelectField
          id="agent-line-edit-user"
          label="Konto"
          value={form.userId}
          onChange={set('userId')}
          options={options.map((a) => ({ value: a.id, label: a.displayName }))}
          error={fieldErrors.userId}
          required
        />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : 'Änderung speichern'}
        </button>{' '}
        <button type="button" className="secondary" onClick={onDone}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
