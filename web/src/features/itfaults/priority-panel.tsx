import {
  formatMinutes,
  impactHead,
  impactPhrase,
  impactShort,
  priorityLabels,
  urgencyHead,
  urgencyLabel,
  type Directory,
  type Impact,
  type Urgency,
} from './itfaults-types';

/** The matrix priority of impact × urgency, from the directory the server sends (the one matrix of priority.ts). */
export function matrixPriority(directory: Directory, impact: Impact, urgency: Urgency): number {
  return directory.matrix.find((r) => r.impact === impact)?.cells.find((c) => c.urgency === urgency)?.priority ?? 5;
}

/**
 * The priority explained while the agent fills in the form: the one-line formula
 * ("Ein Team × kann nicht arbeiten = P2 hoch"), the sentence for the caller, IT's targets
 * for it, and the whole ITIL matrix with the chosen cell marked (in words, not only colour).
 */
export function PriorityPanel({ directory, impact, urgency }: { directory: Directory; impact: Impact | ''; urgency: Urgency | '' }) {
  if (!impact || !urgency) {
    return (
      <section className="itf-priority card" aria-labelledby="itf-priority-h">
        <h2 id="itf-priority-h">Priorität</h2>
        <p className="muted">Wählen Sie Auswirkung und Dringlichkeit: die Priorität ergibt sich daraus nach der ITIL-Matrix.</p>
      </section>
    );
  }
  const p = matrixPriority(directory, impact, urgency);
  const target = directory.targets.find((t) => t.priority === p);
  return (
    <section className={`itf-priority card itf-p${p}`} aria-labelledby="itf-priority-h">
      <h2 id="itf-priority-h">
        Priorität: <span data-testid="itf-priority">{priorityLabels[p]}</span>
      </h2>
      <p className="itf-formula" data-testid="itf-formula">
        {impactShort[impact]} × {urgencyLabel(urgency)} = <strong>{priorityLabels[p]}</strong>
      </p>
      <p>
        Betroffen ist {impactPhrase[impact]}, und wer betroffen ist, {urgencyLabel(urgency)}: nach der ITIL-Matrix (Auswirkung ×
        Dringlichkeit) ergibt das {priorityLabels[p]}.
        {target && (
          <>
            {' '}
            Die IT reagiert innerhalb von {formatMinutes(target.responseMinutes)} und löst innerhalb von{' '}
            {formatMinutes(target.resolutionMinutes)}.
          </>
        )}
      </p>
      <details>
        <summary>Ganze Matrix ansehen</summary>
        <div className="table-scroll" role="region" aria-label="ITIL-Matrix (scrollbar)" tabIndex={0}>
          <table className="itf-matrix">
            <caption className="visually-hidden">Priorität nach Auswirkung (Zeilen) und Dringlichkeit (Spalten)</caption>
            <thead>
              <tr>
                <th scope="col">Auswirkung</th>
                {directory.urgencies.map((u) => (
                  <th key={u.value} scope="col">
                    {urgencyHead[u.value]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...directory.matrix].reverse().map((row) => (
                <tr key={row.impact}>
                  <th scope="row">{impactHead[row.impact]}</th>
                  {row.cells.map((c) => {
                    const chosen = row.impact === impact && c.urgency === urgency;
                    return (
                      <td key={c.urgency} className={chosen ? 'itf-chosen' : undefined}>
                        {chosen ? <strong>{priorityLabels[c.priority]} (gewählt)</strong> : priorityLabels[c.priority]}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
