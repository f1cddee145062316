import { useCallback, useEffect, useState } from 'react';
import { api, errorText } from '../../app/api';
import { useApi } from '../../app/use-api';
import { AgentStateBar } from './agent-state-bar';
import { channelLabels, formatTime, type Desktop, type TenantOption } from './contacts-labels';
import { ScreenPop } from './screen-pop';
import { useEventStream } from './use-live';
import { WorkItemPanel } from './work-item-panel';

/**
 * The agent desktop. Keyboard first: the screen pop puts the cursor into the
 * service search; digits pick the outcome; Ctrl+Enter saves; "n" asks for the
 * next item from the queue. The page follows the server's live channel, so a
 * call answered at the phone pops up here by itself.
 */
export function DesktopPage() {
  const [desktop, setDesktop] = useState<Desktop | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const tenants = useApi<{ items: TenantOption[] }>('/api/v1/tenants').data?.items.filter((t) => t.lifecycle !== 'ended') ?? [];

  const load = useCallback(async () => {
    try {
      setDesktop(await api<Desktop>('GET', '/api/v1/desktop'));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  useEventStream('/api/v1/desktop/stream', 'changed', () => void load());
  // A new call replaces the confirmation of the previous one.
  const popId = desktop?.screenPop?.contact.id;
  useEffect(() => {
    if (popId) setNotice(null);
  }, [popId]);

  const next = useCallback(async () => {
    try {
      const item = await api<unknown>('POST', '/api/v1/queue/next');
      setNotice(item ? null : 'Zurzeit wartet nichts, das zu Ihren Fähigkeiten passt.');
      await load();
    } catch (e) {
      setNotice(errorText(e));
    }
  }, [load]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || e.ctrlKey || e.altKey || e.metaKey) return;
      if (e.key === 'n') void next();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next]);

  if (!desktop)
    return error ? (
      <div role="alert" className="alert alert-error">
        {error}
      </div>
    ) : (
      <p role="status">Wird geladen …</p>
    );
  const others = desktop.openContacts.filter((c) => c.contact.id !== desktop.screenPop?.contact.id);
  return (
    <>
      <h1>Mein Arbeitsplatz</h1>
      <AgentStateBar desktop={desktop} onChanged={load} />
      <p role="status" className={notice ? 'alert alert-ok' : 'visually-hidden'}>
        {notice}
      </p>
      {desktop.screenPop ? (
        <ScreenPop
          pop={desktop.screenPop}
          tenants={tenants}
          onDone={(message) => {
            setNotice(message);
            void load();
          }}
        />
      ) : (
        <p className="muted">Kein offener Anruf. Ein angenommener Anruf erscheint hier automatisch.</p>
      )}
      {desktop.workItems.map((item) => (
        <WorkItemPanel
          key={item.id}
          item={item}
          tenants={tenants}
          onChanged={(message) => {
            if (message) setNotice(message);
            void load();
          }}
        />
      ))}
      {desktop.workItems.length === 0 && (
        <p>
          <button type="button" onClick={next} disabled={desktop.agentState.state !== 'available'}>
            Nächstes Anliegen (E-Mail, Formular, Chat, Rückruf)
          </button>{' '}
          <span className="muted small">Taste n</span>
        </p>
      )}
      {others.length > 0 && (
        <section aria-labelledby="open-contacts">
          <h2 id="open-contacts">Noch nicht dokumentiert ({others.length})</h2>
          <ul>
            {others.map((o) => (
              <li key={o.contact.id}>
                {formatTime(o.contact.startedAt)} · {channelLabels[o.contact.channel]} · {o.tenantName ?? 'unbekannt'} ·{' '}
                {o.contact.callerNumber ?? 'ohne Rufnummer'}
              </li>
            ))}
          </ul>
          <p className="muted small">Nach dem aktuellen Kontakt erscheint der nächste offene zur Dokumentation.</p>
        </section>
      )}
    </>
  );
}
