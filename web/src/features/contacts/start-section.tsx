import { Link } from 'react-router-dom';
import { useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import { stateLabels, type Desktop } from './contacts-labels';

/** Start page: the agent's state and the way to the desktop; supervisors also see the open items. */
export function ContactsStartSection() {
  const { hasRole } = useSession();
  const { data } = useApi<Desktop>('/api/v1/desktop');
  return (
    <section aria-labelledby="contacts-start">
      <h2 id="contacts-start">Telefon und Kontakte</h2>
      <p>
        {data ? (
          <>
            Ihr Status: <strong>{stateLabels[data.agentState.state]}</strong>.{' '}
          </>
        ) : null}
        <Link to="/arbeitsplatz">Zum Arbeitsplatz</Link> · <Link to="/wallboard">Wallboard</Link>
        {hasRole('supervisor') && (
          <>
            {' '}
            · <Link to="/teamleitung/undokumentiert">Nicht dokumentierte Kontakte</Link> ·{' '}
            <Link to="/teamleitung/warteschlange">Warteschlange</Link>
          </>
        )}
      </p>
    </section>
  );
}
