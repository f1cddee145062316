import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { Messages, useSubmit } from './field';
import { formatDateTime } from './tickets-labels';

interface Proposal {
  id: string;
  tenantName: string;
  requestId: string | null;
  leikaKey: string | null;
  serviceTitle: string;
  question: string;
  answer: string;
  proposedBy: string;
  createdAt: string;
}

/** Editors: answers of the departments proposed as additions to the knowledge base. */
export function ProposalsPage() {
  const { data, error, reload } = useApi<{ items: Proposal[] }>('/api/v1/knowledge-proposals');
  const submit = useSubmit();
  const decide = (p: Proposal, decision: 'accepted' | 'rejected') =>
    submit.run(async () => {
      await api('POST', `/api/v1/knowledge-proposals/${p.id}/decision`, { decision });
      await reload();
      return decision === 'accepted'
        ? `„${p.serviceTitle}“ übernommen – bitte den Entwurf in der Wissensdatenbank anlegen.`
        : `„${p.serviceTitle}“ abgelehnt.`;
    });
  return (
    <>
      <h1>Vorschläge aus der zweiten Ebene</h1>
      <p className="muted">Antworten der Fachbereiche, die als Ergänzung der Wissensdatenbank vorgeschlagen wurden.</p>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <Messages error={submit.error} success={submit.success} />
      {data && data.items.length === 0 && <p>Keine offenen Vorschläge.</p>}
      {data?.items.map((p) => (
        <article key={p.id} className="card" style={{ marginBottom: '1rem' }}>
          <h2>
            {p.serviceTitle}
            {p.leikaKey && <span className="muted"> (LeiKa {p.leikaKey})</span>}
          </h2>
          <p className="muted">
            {p.tenantName} · vorgeschlagen von {p.proposedBy} am {formatDateTime(p.createdAt)}
          </p>
          <h3>Frage</h3>
          <p style={{ whiteSpace: 'pre-wrap' }}>{p.question}</p>
          <h3>Antwort</h3>
          <p style={{ whiteSpace: 'pre-wrap' }}>{p.answer}</p>
          <p>
            <button type="button" disabled={submit.busy} onClick={() => decide(p, 'accepted')}>
              Übernehmen
            </button>{' '}
            <button type="button" className="secondary" disabled={submit.busy} onClick={() => decide(p, 'rejected')}>
              Ablehnen
            </button>
          </p>
        </article>
      ))}
    </>
  );
}
