import { useEffect, useState, type FormEvent } from 'react';
import { $api, call, client, failureOf } from '../../app/api-client';
import { CheckboxField, FormMessages, useFormFeedback } from './form-controls';

/** The agents trained for this municipality (its services, contacts, specialities): a readiness check. */
export function TrainedAgentsSection({ tenantId, onChanged }: { tenantId: string; onChanged(): void }) {
  const users = $api.useQuery('get', '/api/v1/users');
  const trained = $api.useQuery('get', '/api/v1/tenants/{tenantId}/trained-agents', { params: { path: { tenantId } } });
  const [selected, setSelected] = useState<Set<string> | null>(null);
  const { error, success, busy, run } = useFormFeedback();
  const trainedIds = trained.data?.items.map((i) => i.userId);
  const trainedKey = trainedIds?.join(',');
  // Start from the server's list (and again after it changed).
  useEffect(() => {
    if (trainedKey !== undefined) setSelected(new Set(trainedKey ? trainedKey.split(',') : []));
  }, [trainedKey]);
  const agents = (users.data?.items ?? []).filter((u) => u.active && u.roles.includes('agent'));
  const loadError = failureOf(users) ?? failureOf(trained);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!selected) return;
    await run(async () => {
      const saved = await call(
        client.PUT('/api/v1/tenants/{tenantId}/trained-agents', { params: { path: { tenantId } }, body: { userIds: [...selected] } }),
      );
      onChanged();
      return saved.items.length === 1 ? '1 geschulte Person gespeichert.' : `${saved.items.length} geschulte Personen gespeichert.`;
    });
  }

  return (
    <section className="admin-section" aria-labelledby="trained-heading">
      <h2 id="trained-heading">Schulungen</h2>
      <p className="muted">
        Wer für diese Kommune geschult ist (Leistungen, Fachbereiche, Besonderheiten). Die Schulung schränkt die Verteilung der Anrufe nicht
        ein.
      </p>
      {loadError && (
        <div role="alert" className="alert alert-error">
          {loadError}
        </div>
      )}
      <FormMessages error={error} success={success} />
      {selected && users.data && (
        <form onSubmit={submit} noValidate aria-labelledby="trained-heading">
          <fieldset>
            <legend>Geschulte Agentinnen und Agenten ({selected.size})</legend>
            <ul className="checkbox-columns">
              {agents.map((a) => (
                <li key={a.id}>
                  <CheckboxField
                    id={`trained-${a.id}`}
                    variant="inline"
                    label={a.displayName}
                    checked={selected.has(a.id)}
                    onChange={(on) =>
                      setSelected((s) => {
                        const next = new Set(s);
                        if (on) next.add(a.id);
                        else next.delete(a.id);
                        return next;
                      })
                    }
                  />
                </li>
              ))}
              {agents.length === 0 && <li>Keine aktiven Konten mit der Rolle Agent/in.</li>}
            </ul>
          </fieldset>
          <div className="form-actions">
            <button type="submit" disabled={busy}>
              {busy ? 'Wird gespeichert …' : 'Schulungen speichern'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
