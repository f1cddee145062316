import { api, errorText } from '../../app/api';
import { useState } from 'react';
import { formatSeconds, stateLabels, type AgentState, type Desktop } from './contacts-labels';
import { useSecondsSince } from './use-live';

/** The agent's own states: the ones they choose, with the time spent in each today. */
const selectable: AgentState[] = ['available', 'break', 'offline'];

export function AgentStateBar({ desktop, onChanged }: { desktop: Desktop; onChanged(): void }) {
  const { state, since, secondsToday } = desktop.agentState;
  const inState = useSecondsSince(since);
  const [error, setError] = useState<string | null>(null);
  const change = async (next: AgentState) => {
    try {
      await api('PUT', '/api/v1/desktop/state', { state: next });
      setError(null);
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section aria-labelledby="agent-state" className="state-bar">
      <h2 id="agent-state" className="visually-hidden">
        Mein Status
      </h2>
      <p className="state-now" role="status">
        Status: <strong className={`state state-${state}`}>{stateLabels[state]}</strong>
        {inState !== null && <span className="muted"> seit {formatSeconds(inState)}</span>}
      </p>
      <div className="state-buttons" role="group" aria-label="Status wechseln">
        {selectable.map((s) => (
          <button key={s} type="button" className={s === state ? '' : 'secondary'} aria-pressed={s === state} onClick={() => change(s)}>
            {stateLabels[s]}
          </button>
        ))}
      </div>
      <p className="muted small">
        Heute:{' '}
        {(Object.keys(stateLabels) as AgentState[])
          .filter((s) => secondsToday[s])
          .map((s) => `${stateLabels[s]} ${formatSeconds(secondsToday[s]!)}`)
          .join(' · ') || 'noch keine Zeiten'}
      </p>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
    </section>
  );
}
