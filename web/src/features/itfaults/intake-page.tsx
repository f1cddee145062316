import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { api } from '../../app/api';
import { FormMessages, useFormFeedback } from '../../app/form-feedback';
import { useApi } from '../../app/use-api';
import { Field } from './field';
import {
  impactOptions,
  priorityLabels,
  urgencyOptions,
  type Category,
  type Directory,
  type Fault,
  type Impact,
  type KnownError,
  type Urgency,
} from './itfaults-types';
import { KnownErrorCard, useKnownErrorSearch } from './known-error-hits';
import { matrixPriority, PriorityPanel } from './priority-panel';

/**
 * What the agent desktop hands over (router state, so the caller's number stays out of the URL):
 * from a call documented with outcome 5, or from a routed work item (an e-mail to the fault address).
 */
export interface FaultHandover {
  contactId?: string;
  workItemId?: string;
  callerNumber?: string | null;
  note?: string | null;
  fromName?: string | null;
  fromAddress?: string | null;
  body?: string | null;
  subject?: string | null;
}

/**
 * First level takes an IT fault while the caller is on the line: who (from the host's
 * directory), what device, category, description; impact and urgency give the priority,
 * explained live; a different priority needs a reason. While the description is typed
 * the known errors are searched, and the fault can be attached to one instead of a new ticket.
 */
export function IntakePage() {
  const directory = useApi<Directory>('/api/v1/it-faults/directory');
  const handover = (useLocation().state ?? null) as FaultHandover | null;
  const [done, setDone] = useState<Fault | null>(null);
  const [round, setRound] = useState(0);
  return (
    <>
      <h1>IT-Störung aufnehmen</h1>
      {handover?.contactId && (
        <p className="muted">
          Aus dem Anruf{handover.callerNumber ? ` von ${handover.callerNumber}` : ' (Rufnummer unterdrückt)'} vorbelegt.
        </p>
      )}
      {handover?.workItemId && <p className="muted">Aus der E-Mail „{handover.subject ?? ''}“ vorbelegt.</p>}
      {directory.error && (
        <div role="alert" className="alert alert-error">
          {directory.error}
        </div>
      )}
      {done ? (
        <div className="alert alert-ok" role="status">
          <p>
            IT-Störung <strong>{done.reference}</strong> aufgenommen: {done.priorityLabel}, Status „{done.statusLabel}“.
          </p>
          {done.knownError ? (
            <p>
              Dem bekannten Fehler „{done.knownError.title}“ zugeordnet: kein neues IT-Ticket.
              {done.knownError.workaround && <> Umgehung für die anrufende Person: {done.knownError.workaround}</>}
            </p>
          ) : (
            <p>
              Die IT meldet sich bis{' '}
              {new Date(done.responseDueAt).toLocaleString('de-DE', { timeStyle: 'short', dateStyle: 'short', timeZone: 'Europe/Berlin' })}.
              Nennen Sie der anrufenden Person die Nummer {done.reference}.
            </p>
          )}
          <p>
            <Link to={`/it-stoerungen/${done.id}`}>Störung ansehen</Link> · <Link to="/arbeitsplatz">Zurück zum Arbeitsplatz</Link> ·{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setDone(null);
                setRound((r) => r + 1);
              }}
            >
              Weitere Störung aufnehmen
            </button>
          </p>
        </div>
      ) : (
        directory.data && <IntakeForm key={round} directory={directory.data} handover={round === 0 ? handover : null} onDone={setDone} />
      )}
    </>
  );
}

function IntakeForm({ directory, handover, onDone }: { directory: Directory; handover: FaultHandover | null; onDone(f: Fault): void }) {
  const [reporter, setReporter] = useState({
    name: handover?.fromName ?? '',
    room: '',
    phone: handover?.callerNumber ?? '',
    email: handover?.fromAddress ?? '',
  });
  const [department, setDepartment] = useState('');
  const [asset, setAsset] = useState('');
  const [category, setCategory] = useState<Category | ''>('');
  const [applicationName, setApplicationName] = useState('');
  const [description, setDescription] = useState(handover?.note ?? handover?.body ?? '');
  const [impact, setImpact] = useState<Impact | ''>('');
  const [urgency, setUrgency] = useState<Urgency | ''>('');
  const [isOverride, setIsOverride] = useState(false);
  const [override, setOverride] = useState('');
  const [reason, setReason] = useState('');
  const [attached, setAttached] = useState<KnownError | null>(null);
  const { fieldErrors, error, busy, run, success } = useFormFeedback();
  const hits = useKnownErrorSearch(description);
  const computed = impact && urgency ? matrixPriority(directory, impact, urgency) : null;
  const chosen = isOverride && override ? Number(override) : computed;
  const needsReason = isOverride && chosen !== null && computed !== null && chosen !== computed;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const fault = await api<Fault>('POST', '/api/v1/it-faults', {
        reporter: { name: reporter.name, room: reporter.room || null, phone: reporter.phone || null, email: reporter.email || null },
        department,
        asset: asset || null,
        category: category || undefined,
        applicationName: category === 'application' ? applicationName || null : null,
        impact: impact || undefined,
        urgency: urgency || undefined,
        description,
        ...(isOverride && override ? { priority: Number(override), priorityReason: reason || null } : {}),
        ...(attached ? { knownErrorId: attached.id } : {}),
        ...(handover?.contactId ? { contactId: handover.contactId } : {}),
        ...(handover?.workItemId ? { workItemId: handover.workItemId } : {}),
      });
      onDone(fault);
    });
  };
  const reporterError = fieldErrors['reporter.name'] ?? fieldErrors.reporter;

  return (
    <form onSubmit={submit} className="itf-intake" noValidate aria-label="IT-Störung aufnehmen">
      <FormMessages error={error} success={success} />
      <div className="itf-intake-grid">
        <div>
          <fieldset>
            <legend>Meldende Person</legend>
            <div className="itf-two">
              <Field id="itf-name" label="Name" error={reporterError}>
                {(a) => (
                  <input
                    {...a}
                    autoComplete="off"
                    value={reporter.name}
                    onChange={(e) => setReporter({ ...reporter, name: e.target.value })}
                  />
                )}
              </Field>
              <Field id="itf-department" label={`Fachbereich (${directory.tenantName})`} error={fieldErrors.department}>
                {(a) => (
                  <select {...a} value={department} onChange={(e) => setDepartment(e.target.value)}>
                    <option value="">– bitte wählen –</option>
                    {directory.departments.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.name}
                        {d.code ? ` (${d.code})` : ''}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id="itf-room" label="Raum" error={fieldErrors['reporter.room']}>
                {(a) => <input {...a} value={reporter.room} onChange={(e) => setReporter({ ...reporter, room: e.target.value })} />}
              </Field>
              <Field id="itf-phone" label="Telefon" error={fieldErrors['reporter.phone']}>
                {(a) => (
                  <input {...a} type="tel" value={reporter.phone} onChange={(e) => setReporter({ ...reporter, phone: e.target.value })} />
                )}
              </Field>
              <Field id="itf-email" label="E-Mail (optional, für Statusmeldungen)" error={fieldErrors['reporter.email']}>
                {(a) => (
                  <input {...a} type="email" value={reporter.email} onChange={(e) => setReporter({ ...reporter, email: e.target.value })} />
                )}
              </Field>
            </div>
          </fieldset>

          <fieldset>
            <legend>Störung</legend>
            <div className="itf-two">
              <Field id="itf-category" label="Kategorie" error={fieldErrors.category}>
                {(a) => (
                  <select {...a} value={category} onChange={(e) => setCategory(e.target.value as Category)}>
                    <option value="">– bitte wählen –</option>
                    {directory.categories.map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id="itf-asset" label="Gerät oder Inventarnummer (optional)" error={fieldErrors.asset}>
                {(a) => <input {...a} value={asset} placeholder="z. B. PC-HAN-004711" onChange={(e) => setAsset(e.target.value)} />}
              </Field>
              {category === 'application' && (
                <Field id="itf-app" label="Name der Fachanwendung" error={fieldErrors.applicationName}>
                  {(a) => <input {...a} value={applicationName} onChange={(e) => setApplicationName(e.target.value)} />}
                </Field>
              )}
            </div>
            <Field
              id="itf-description"
              label="Beschreibung (in den Worten der anrufenden Person)"
              hint="Beim Tippen werden die bekannten Fehler durchsucht."
              error={fieldErrors.description}
            >
              {(a) => <textarea {...a} rows={4} maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} />}
            </Field>
          </fieldset>

          <fieldset className="itf-choice">
            <legend>Auswirkung: wer ist betroffen?</legend>
            {impactOptions.map(([value, label]) => (
              <label key={value} className="radio">
                <input type="radio" name="itf-impact" value={value} checked={impact === value} onChange={() => setImpact(value)} /> {label}
              </label>
            ))}
            {fieldErrors.impact && <p className="field-error">{fieldErrors.impact}</p>}
          </fieldset>
          <fieldset className="itf-choice">
            <legend>Dringlichkeit: die betroffene Person …</legend>
            {urgencyOptions.map(([value, label]) => (
              <label key={value} className="radio">
                <input type="radio" name="itf-urgency" value={value} checked={urgency === value} onChange={() => setUrgency(value)} />{' '}
                {label}
              </label>
            ))}
            {fieldErrors.urgency && <p className="field-error">{fieldErrors.urgency}</p>}
          </fieldset>
        </div>

        <div className="itf-side">
          <PriorityPanel directory={directory} impact={impact} urgency={urgency} />
          <div className="itf-override">
            <label className="radio">
              <input type="checkbox" checked={isOverride} onChange={(e) => setIsOverride(e.target.checked)} /> Priorität abweichend
              festlegen
            </label>
            {isOverride && (
              <>
                <Field id="itf-override" label="Priorität" error={fieldErrors.priority}>
                  {(a) => (
                    <select {...a} value={override} onChange={(e) => setOverride(e.target.value)}>
                      <option value="">– wie Matrix –</option>
                      {[1, 2, 3, 4, 5].map((p) => (
                        <option key={p} value={p}>
                          {priorityLabels[p]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field
                  id="itf-reason"
                  label={needsReason ? 'Begründung (Pflicht)' : 'Begründung'}
                  hint={
                    needsReason && computed ? `Die Matrix ergibt ${priorityLabels[computed]}: warum ${priorityLabels[chosen!]}?` : undefined
                  }
                  error={fieldErrors.priorityReason}
                >
                  {(a) => (
                    <textarea
                      {...a}
                      rows={2}
                      maxLength={500}
                      value={reason}
                      required={needsReason}
                      onChange={(e) => setReason(e.target.value)}
                    />
                  )}
                </Field>
              </>
            )}
          </div>

          <section aria-labelledby="itf-known-h" className="itf-known-list">
            <h2 id="itf-known-h">Bekannte Fehler</h2>
            {attached ? (
              <KnownErrorCard error={attached}>
                <p className="itf-attached">
                  <strong>Wird angehängt:</strong> kein neues IT-Ticket.{' '}
                  <button type="button" className="secondary small" onClick={() => setAttached(null)}>
                    Doch als neue Störung
                  </button>
                </p>
              </KnownErrorCard>
            ) : hits.items.length > 0 ? (
              <>
                <p className="muted small" aria-live="polite">
                  {hits.items.length === 1 ? '1 Treffer' : `${hits.items.length} Treffer`} zu „{hits.searched}“
                </p>
                {hits.items.map((k) => (
                  <KnownErrorCard key={k.id} error={k}>
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => {
                        setAttached(k);
                        if (!category) setCategory(k.category);
                      }}
                    >
                      An bekannten Fehler anhängen
                    </button>
                  </KnownErrorCard>
                ))}
              </>
            ) : (
              <p className="muted small" aria-live="polite">
                {hits.searched
                  ? `Kein bekannter Fehler zu „${hits.searched}“.`
                  : 'Treffer erscheinen, sobald die Beschreibung getippt wird.'}
              </p>
            )}
            <p className="small">
              <Link to="/it-stoerungen/bekannte-fehler">Alle bekannten Fehler</Link>
            </p>
          </section>
        </div>
      </div>
      <p className="form-actions">
        <button type="submit" disabled={busy}>
          {attached ? 'An bekannten Fehler anhängen und speichern' : 'Störung aufnehmen und an die IT übergeben'}
        </button>
      </p>
    </form>
  );
}
