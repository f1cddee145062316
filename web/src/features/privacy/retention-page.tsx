import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { FormMessages, useFormFeedback } from '../../app/form-feedback';
import { useSession } from '../../app/session';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { formatDateTime } from '../admin/admin-labels';
import { actionLabels, daysText, moduleLabel, type RetentionItem, type RetentionRun } from './privacy-labels';

/** A value the form can send: a whole number of days inside the kind's lawful range, else the German reason. */
function checkDays(item: RetentionItem, text: string): string | null {
  if (!/^\d+$/.test(text.trim())) return 'Bitte eine ganze Zahl von Tagen angeben.';
  const days = Number(text);
  if (days < item.minDays || days > item.maxDays) return `Erlaubt sind ${item.minDays} bis ${item.maxDays} Tage.`;
  return null;
}

/**
 * Retention per kind of data (decision 0137): the administration sets the days within the lawful range,
 * data-protection staff and auditors read them. Saved with the state the page showed (optimistic locking:
 * a change by someone else in between is refused with "Neu laden"). Below: what the daily runs deleted.
 */
export function RetentionPage() {
  const { hasRole } = useSession();
  const canEdit = hasRole('admin');
  const retention = useApi<{ items: RetentionItem[] }>('/api/v1/privacy/retention');
  const runs = useApi<{ items: RetentionRun[] }>('/api/v1/privacy/retention/runs');
  const form = useFormFeedback();
  const runForm = useFormFeedback();
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [sentKinds, setSentKinds] = useState<string[]>([]);
  const items = retention.data?.items ?? [];
  const labelOf = new Map(items.map((i) => [i.kind, i.label]));

  // A fresh answer (after saving or "Neu laden") replaces what was typed.
  useEffect(() => {
    setEdits({});
    setLocalErrors({});
  }, [retention.data]);

  // The server names fields by the index of what was sent ("items.2.days"): shown at that kind's row.
  const serverErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(form.fieldErrors)) {
    const kind = sentKinds[Number(/^items\.(\d+)\./.exec(field)?.[1] ?? -1)];
    if (kind) serverErrors[kind] = message;
  }

  const valueOf = (item: RetentionItem) => edits[item.kind] ?? String(item.days);
  const changed = items.filter((i) => edits[i.kind] !== undefined && edits[i.kind] !== String(i.days));

  const save = () => {
    const errors: Record<string, string> = {};
    for (const item of changed) {
      const problem = checkDays(item, valueOf(item));
      if (problem) errors[item.kind] = problem;
    }
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const sent = changed.map((i) => ({ kind: i.kind, days: Number(valueOf(i)), version: i.version }));
    setSentKinds(sent.map((i) => i.kind));
    void form.run(async () => {
      if (sent.length === 0) return 'Keine Frist geändert.';
      await api('PUT', '/api/v1/privacy/retention', { items: sent });
      await retention.reload();
      return `${sent.length === 1 ? 'Eine Frist' : `${sent.length} Fristen`} gespeichert.`;
    });
  };
  const runNow = () =>
    runForm.run(async () => {
      if (!window.confirm('Jetzt alles löschen oder anonymisieren, dessen Frist abgelaufen ist?')) return;
      const run = await api<RetentionRun>('POST', '/api/v1/privacy/retention/run');
      await runs.reload();
      const total = Object.values(run.counts).reduce((a, b) => a + b, 0);
      return `Löschlauf ausgeführt: ${total} ${total === 1 ? 'Eintrag' : 'Einträge'} gelöscht oder anonymisiert.`;
    });

  return (
    <>
      <h1>Aufbewahrungsfristen</h1>
      <p>
        Wie lange das DialogCenter personenbezogene Daten je Datenart aufbewahrt, gerechnet ab dem Ende des Vorgangs. Ein täglicher Lauf
        löscht oder anonymisiert, was abgelaufen ist; Statistiken und Berichte bleiben erhalten (sie beruhen auf anonymisierten Zahlen).
        {canEdit ? ' Die Administration stellt die Fristen im gesetzlich zulässigen Rahmen ein.' : ' Ändern kann sie die Administration.'}
      </p>
      {retention.error && (
        <div role="alert" className="alert alert-error">
          {retention.error}
        </div>
      )}
      {!retention.data && !retention.error && <p role="status">Wird geladen …</p>}
      {retention.data && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
          noValidate
        >
          <TableScroll label="Fristen je Datenart">
            <table>
              <caption className="visually-hidden">Aufbewahrungsfristen je Datenart</caption>
              <thead>
                <tr>
                  <th scope="col">Datenart</th>
                  <th scope="col">Frist</th>
                  <th scope="col">Danach</th>
                  <th scope="col">Gesetzlicher Rahmen</th>
                  <th scope="col">Zuletzt geändert</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => {
                  const error = localErrors[item.kind] ?? serverErrors[item.kind];
                  const id = `retention-${item.kind}`;
                  return (
                    <tr key={item.kind}>
                      <th scope="row">
                        {item.label}
                        <br />
                        <span className="muted">{moduleLabel(item.module)}</span>
                      </th>
                      <td>
                        {canEdit ? (
                          <div className="retention-days">
                            <label htmlFor={id} className="visually-hidden">
                              Frist für {item.label} in Tagen
                            </label>
                            <input
                              id={id}
                              type="number"
                              inputMode="numeric"
                              min={item.minDays}
                              max={item.maxDays}
                              value={valueOf(item)}
                              onChange={(e) => setEdits({ ...edits, [item.kind]: e.target.value })}
                              aria-invalid={error ? true : undefined}
                              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
                            />{' '}
                            Tage
                            <p id={`${id}-hint`} className="field-hint">
                              Standard {daysText(item.defaultDays)}
                            </p>
                            {error && (
                              <p id={`${id}-error`} className="field-error">
                                {error}
                              </p>
                            )}
                          </div>
                        ) : (
                          <>
                            {daysText(item.days)}
                            {item.days !== item.defaultDays && <span className="muted"> (Standard {daysText(item.defaultDays)})</span>}
                          </>
                        )}
                      </td>
                      <td>{actionLabels[item.action]}</td>
                      <td className="cell-wrap">
                        {item.basis}
                        <br />
                        <span className="muted">
                          {item.minDays} bis {item.maxDays} Tage
                        </span>
                      </td>
                      <td>
                        {item.updatedAt ? (
                          <>
                            {formatDateTime(item.updatedAt)}
                            <br />
                            <span className="muted">{item.updatedBy}</span>
                          </>
                        ) : (
                          <span className="muted">Standard</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {canEdit && (
            <>
              <FormMessages
                error={
                  Object.keys(localErrors).length > 0
                    ? { text: 'Bitte die markierten Fristen korrigieren.', isConflict: false }
                    : form.error
                }
                success={form.success}
                onReload={() => void retention.reload()}
              />
              <div className="form-actions">
                <button type="submit" disabled={form.busy}>
                  Fristen speichern
                </button>
                {changed.length > 0 && (
                  <button type="button" className="secondary" onClick={() => setEdits({})}>
                    Änderungen verwerfen
                  </button>
                )}
              </div>
            </>
          )}
        </form>
      )}

      <section className="admin-section" aria-labelledby="retention-runs-heading">
        <h2 id="retention-runs-heading">Löschläufe</h2>
        <p>Jeder Lauf hält fest, wie viele Einträge je Datenart gelöscht oder anonymisiert wurden.</p>
        {canEdit && (
          <>
            <FormMessages error={runForm.error} success={runForm.success} />
            <p>
              <button type="button" className="secondary" onClick={() => void runNow()} disabled={runForm.busy}>
                Löschung jetzt ausführen
              </button>
            </p>
          </>
        )}
        {runs.error && (
          <div role="alert" className="alert alert-error">
            {runs.error}
          </div>
        )}
        {runs.data && runs.data.items.length === 0 && <p>Noch kein Löschlauf.</p>}
        {runs.data && runs.data.items.length > 0 && (
          <TableScroll label="Löschläufe">
            <table>
              <caption className="visually-hidden">Löschläufe</caption>
              <thead>
                <tr>
                  <th scope="col">Zeitpunkt</th>
                  <th scope="col">Anlass</th>
                  <th scope="col" className="num">
                    Einträge
                  </th>
                  <th scope="col">Je Datenart</th>
                </tr>
              </thead>
              <tbody>
                {runs.data.items.map((run) => {
                  const counts = Object.entries(run.counts).filter(([, n]) => n > 0);
                  const kept = Object.entries(run.kept ?? {}).filter(([, n]) => n > 0);
                  return (
                    <tr key={run.id}>
                      <td>{formatDateTime(run.ranAt)}</td>
                      <td>{run.trigger === 'job' ? 'täglicher Lauf' : `von Hand (${run.actorName})`}</td>
                      <td className="num">{Object.values(run.counts).reduce((a, b) => a + b, 0)}</td>
                      <td className="cell-wrap">
                        {counts.length === 0 ? (
                          <span className="muted">nichts fällig</span>
                        ) : (
                          counts.map(([kind, n]) => `${labelOf.get(kind) ?? kind}: ${n}`).join(' · ')
                        )}
                        {kept.length > 0 && (
                          <div>Behalten (eingeschränkt): {kept.map(([kind, n]) => `${labelOf.get(kind) ?? kind}: ${n}`).join(' · ')}</div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
