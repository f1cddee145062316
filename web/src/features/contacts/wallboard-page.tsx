import { usePageTitle } from '../../app/page-title';
import { Link } from 'react-router-dom';
import { useSession } from '../../app/session';
import { WallboardView } from './wallboard-view';

export function WallboardPage() {
  return (
    <>
      <h1>Wallboard</h1>
      <p>
        Live für alle Warteschlangen und Verwaltungen; jede Änderung erscheint innerhalb einer Sekunde.{' '}
        <Link to="/wandanzeige">Als Wandanzeige öffnen</Link>
      </p>
      <WallboardView />
    </>
  );
}

/** The wall screen: big figures, no navigation, for the monitor in the center. */
export function WallScreenPage() {
  const { me, loading, hasRole } = useSession();
  usePageTitle('Wandanzeige');
  if (loading) return <p role="status">Wird geladen …</p>;
  return (
    <main id="inhalt" className="wall-screen">
      <h1>DialogCenter Hannover – heute</h1>
      {me && hasRole('agent', 'supervisor') ? (
        <WallboardView large />
      ) : (
        <p>
          Die Wandanzeige braucht eine Anmeldung mit der Rolle Teamleitung oder Agent/in. <Link to="/anmelden">Anmelden</Link>
        </p>
      )}
    </main>
  );
}
