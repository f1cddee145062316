import { Link } from 'react-router-dom';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { Messages, useSubmit } from './field';
import { formatDateTime } from './tickets-labels';

interface CallbackTask {
  id: string;
  requestId: string;
  referenceCode: string;
  tenantName: string;
  serviceTitle: string;
  kind: 'answer' | 'question';
  citizenName: string;
  phone: string;
  message: string;
  createdAt: string;
}

/** Call-backs for agents: answers (and questions) of the departments to pass on by phone, oldest first. */
export function CallbacksPage() {
  const { data, error, reload } = useApi<{ items: CallbackTask[] }>('/api/v1/callback-tasks');
  const submit = useSubmit();
  const complete = (task: CallbackTask, outcome: 'done' | 'unreachable') =>
    submit.run(async () => {
      await api('POST', `/api/v1/callback-tasks/${task.id}/complete`, { outcome });
      await reload();
      return outcome === 'done'
        ? `Rückruf zu ${task.referenceCode} erledigt.`
        : `Nicht erreicht: neuer Versuch für ${task.referenceCode} angelegt.`;
    });
  return (
    <>
      <h1>Rückrufe</h1>
      <p className="muted">Antworten und Rückfragen der Fachbereiche, die telefonisch übermittelt werden. Die ältesten zuerst.</p>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <Messages error={submit.error} success={submit.success} />
      {data && data.items.length === 0 && <p>Keine offenen Rückrufe.</p>}
      <ul className="cards" aria-label="Offene Rückrufe">
        {data?.items.map((t) => (
          <li key={t.id} className="card">
            <h2>
              {t.citizenName}: <a href={`tel:${t.phone.replace(/[^+0-9]/g, '')}`}>{t.phone}</a>
            </h2>
            <p className="muted">
              {t.tenantName} · {t.serviceTitle} · <Link to={`/anliegen/${t.requestId}`}>{t.referenceCode}</Link> · seit{' '}
              {formatDateTime(t.createdAt)}
            </p>
            <p>
              <strong>{t.kind === 'answer' ? 'Antwort übermitteln:' : 'Rückfrage stellen:'}</strong>
            </p>
            <p style={{ whiteSpace: 'pre-wrap' }}>{t.message}</p>
            <p>
              <button type="button" disabled={submit.busy} onClick={() => complete(t, 'done')}>
                Erledigt
              </button>{' '}
              <button type="button" className="secondary" disabled={submit.busy} onClick={() => complete(t, 'unreachable')}>
                Nicht erreicht
              </button>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
