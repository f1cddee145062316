import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import { Field, Messages, useSubmit } from './field';
import type { Department, RequestDetail } from './tickets-labels';

interface TextAction {
  path: string;
  title: string;
  field: string;
  label: string;
  button: string;
  done: string;
}

const actions: Record<string, TextAction> = {
  answer: {
    path: 'answer',
    title: 'Antworten',
    field: 'answer',
    label: 'Antwort an die Bürgerin / den Bürger',
    button: 'Antwort senden',
    done: 'Die Antwort ist gespeichert und wird übermittelt.',
  },
  ask: {
    path: 'ask-citizen',
    title: 'Rückfrage stellen (Frist ruht)',
    field: 'question',
    label: 'Rückfrage',
    button: 'Rückfrage senden',
    done: 'Die Rückfrage ist unterwegs; die Frist ruht bis zur Antwort.',
  },
  reply: {
    path: 'citizen-reply',
    title: 'Antwort der Bürgerin / des Bürgers erfassen',
    field: 'reply',
    label: 'Antwort (z. B. am Telefon erhalten)',
    button: 'Antwort erfassen',
    done: 'Erfasst; die Frist läuft weiter.',
  },
  return: {
    path: 'return',
    title: 'An den Erstkontakt zurückgeben',
    field: 'reason',
    label: 'Grund',
    button: 'Zurückgeben',
    done: 'Die Anfrage liegt wieder beim Erstkontakt.',
  },
  close: {
    path: 'close',
    title: 'Abschließen',
    field: 'note',
    label: 'Notiz (wie wurde das Anliegen erledigt?)',
    button: 'Abschließen',
    done: 'Die Anfrage ist abgeschlossen.',
  },
};

function TextActionForm({
  request,
  action,
  onChanged,
  withProposal,
}: {
  request: RequestDetail;
  action: TextAction;
  onChanged: () => void;
  withProposal?: boolean;
}) {
  const [text, setText] = useState('');
  const [propose, setPropose] = useState(false);
  const { fieldErrors, error, success, busy, run } = useSubmit();
  const id = `action-${action.path}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      await api('POST', `/api/v1/service-requests/${request.id}/${action.path}`, {
        [action.field]: text,
        ...(withProposal ? { proposeForKnowledgeBase: propose } : {}),
      });
      return action.done;
    });
    if (ok) onChanged();
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="card">
      <h3 id={`${id}-title`}>{action.title}</h3>
      <Messages error={error} success={success} />
      <Field id={id} label={action.label} error={fieldErrors[action.field]}>
        {(a) => <textarea {...a} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      {withProposal && (
        <label style={{ fontWeight: 400 }}>
          <input type="checkbox" checked={propose} onChange={(e) => setPropose(e.target.checked)} /> Der Redaktion als Ergänzung der
          Wissensdatenbank vorschlagen
        </label>
      )}
      <p>
        <button type="submit" disabled={busy}>
          {action.button}
        </button>
      </p>
    </form>
  );
}

function PassOnForm({ request, onChanged }: { request: RequestDetail; onChanged: () => void }) {
  const departments = useApi<{ items: Department[] }>(`/api/v1/tenants/${request.tenantId}/departments`);
  const [departmentId, setDepartmentId] = useState('');
  const [note, setNote] = useState('');
  const { fieldErrors, error, success, busy, run } = useSubmit();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      await api('POST', `/api/v1/service-requests/${request.id}/pass-on`, { departmentId, note });
      return 'An den anderen Fachbereich abgegeben.';
    });
    if (ok) onChanged();
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="pass-on-title" className="card">
      <h3 id="pass-on-title">An einen anderen Fachbereich abgeben</h3>
      <Messages error={error} success={success} />
      <Field id="pass-on-department" label="Fachbereich" error={fieldErrors.departmentId}>
        {(a) => (
          <select {...a} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
            <option value="">Bitte wählen</option>
            {departments.data?.items
              .filter((d) => d.active && d.id !== request.departmentId)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field id="pass-on-note" label="Notiz für den Fachbereich" error={fieldErrors.note}>
        {(a) => <textarea {...a} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <p>
        <button type="submit" disabled={busy}>
          Abgeben
        </button>
      </p>
    </form>
  );
}

/** What the signed-in person can do with the request in its current state. */
export function RequestActions({ request, onChanged }: { request: RequestDetail; onChanged: () => void }) {
  const { me, hasRole } = useSession();
  const isDepartment = (hasRole('backoffice') && !!me?.user.departmentIds.includes(request.departmentId)) || hasRole('supervisor');
  const isFirstLevel = hasRole('agent', 'supervisor');
  const forms = [];
  if (request.status === 'forwarded' && isDepartment) {
    forms.push(<TextActionForm key="answer" request={request} action={actions.answer!} onChanged={onChanged} withProposal />);
    forms.push(<TextActionForm key="ask" request={request} action={actions.ask!} onChanged={onChanged} />);
    forms.push(<PassOnForm key="pass" request={request} onChanged={onChanged} />);
    forms.push(<TextActionForm key="return" request={request} action={actions.return!} onChanged={onChanged} />);
  }
  if (request.status === 'waiting_for_citizen') {
    forms.push(<TextActionForm key="reply" request={request} action={actions.reply!} onChanged={onChanged} />);
    if (isDepartment)
      forms.push(<TextActionForm key="answer" request={request} action={actions.answer!} onChanged={onChanged} withProposal />);
  }
  if (request.status === 'returned' && isFirstLevel) {
    forms.push(<PassOnForm key="pass" request={request} onChanged={onChanged} />);
    forms.push(<TextActionForm key="close" request={request} action={actions.close!} onChanged={onChanged} />);
  }
  if (forms.length === 0) return null;
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">Bearbeiten</h2>
      <div className="cards">{forms}</div>
    </section>
  );
}
