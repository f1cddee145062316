import { Link } from 'react-router-dom';
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
  return (
    <main id="inhalt" className="wall-screen">
      <h1>DialogCenter Hannover – heute</h1>
      <WallboardView large />
    </main>
  );
}
