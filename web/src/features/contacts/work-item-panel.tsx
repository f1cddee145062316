import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorText } from '../../app/api';
import { channelLabels, formatDateTime, type TenantOption, type WorkItem } from './contacts-labels';
import { DocumentForm, documentedText } from './document-form';

interface ChatMessage {
  id: number;
  author: 'visitor' | 'agent';
  authorName: string | null;
  body: string;
  at: string;
}

/** An e-mail, form message, chat or call-back offered to or held by the agent. */
export function WorkItemPanel({
  item,
  tenants,
  onChanged,
}: {
  item: WorkItem;
  tenants: TenantOption[];
  onChanged(message?: string): void;
}) {
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const loadMessages = useCallback(async () => {
    if (item.channel !== 'chat') return;
    const detail = await api<{ messages: ChatMessage[] }>('GET', `/api/v1/work-items/${item.id}`);
    setMessages(detail.messages);
  }, [item.id, item.channel]);
  useEffect(() => {
    void loadMessages();
    if (item.channel !== 'chat' || item.status !== 'assigned') return;
    const timer = setInterval(() => void loadMessages(), 3000);
    return () => clearInterval(timer);
  }, [loadMessages, item.channel, item.status]);

  const act = async (action: 'accept' | 'decline') => {
    try {
      await api('POST', `/api/v1/work-items/${item.id}/${action}`);
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section aria-labelledby={`item-${item.id}`} className="card work-item">
      <h2 id={`item-${item.id}`}>
        {channelLabels[item.channel] ?? item.channel}: {item.subject}
      </h2>
      <p className="muted">
        {tenants.find((t) => t.id === item.tenantId)?.name} · in der Warteschlange seit {formatDateTime(item.enqueuedAt)}
        {item.dueAt ? ` · Frist ${formatDateTime(item.dueAt)}` : ''}
        {item.fromName || item.fromAddress ? ` · von ${[item.fromName, item.fromAddress].filter(Boolean).join(', ')}` : ''}
      </p>
      {item.body && <blockquote className="item-body">{item.body}</blockquote>}
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {item.status === 'offered' ? (
        <p>
          <button type="button" onClick={() => act('accept')} autoFocus>
            Annehmen
          </button>{' '}
          <button type="button" className="secondary" onClick={() => act('decline')}>
            Zurückgeben
          </button>
        </p>
      ) : (
        <>
          {item.channel === 'chat' && (
            <div className="chat">
              <ol aria-label="Chatverlauf" className="chat-log">
                {messages.map((m) => (
                  <li key={m.id} className={`chat-${m.author}`}>
                    <strong>{m.author === 'visitor' ? m.authorName || 'Besucher/in' : m.authorName}:</strong> {m.body}
                  </li>
                ))}
              </ol>
              <form
                onSubmit={async (e) => {
                  e.preventDefault();
                  if (!reply.trim()) return;
                  try {
                    await api('POST', `/api/v1/work-items/${item.id}/chat-messages`, { body: reply });
                    setReply('');
                    await loadMessages();
                  } catch (err) {
                    setError(errorText(err));
                  }
                }}
              >
                <label htmlFor={`reply-${item.id}`}>Antwort</label>
                <input id={`reply-${item.id}`} value={reply} onChange={(e) => setReply(e.target.value)} />
                <button type="submit">Senden</button>
              </form>
            </div>
          )}
          <DocumentForm
            idPrefix={`item-${item.id.slice(0, 8)}`}
            tenants={tenants}
            initialTenantId={item.tenantId}
            autoFocus={item.channel !== 'chat'}
            submitLabel="Dokumentieren und abschließen"
            onSubmit={async (values, serviceTitle) => {
              await api('POST', `/api/v1/work-items/${item.id}/document`, values);
              onChanged(documentedText(values, serviceTitle));
              // Outcome 5 (e.g. a mail to the IT fault address): the intake opens prefilled from the item.
              if (values.outcome === 'it_fault') {
                navigate('/it-stoerungen/neu', {
                  state: {
                    workItemId: item.id,
                    subject: item.subject,
                    fromName: item.fromName,
                    fromAddress: item.fromAddress,
                    body: item.body,
                  },
                });
              }
            }}
          />
        </>
      )}
    </section>
  );
}
