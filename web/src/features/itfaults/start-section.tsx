import { Link } from 'react-router-dom';
import { useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import type { Fault } from './itfaults-types';

/** Start page: the way to the intake; for the IT desk and supervisors the open and overdue faults. */
export function ItFaultsStartSection() {
  const { hasRole } = useSession();
  const canManage = hasRole('itdesk', 'supervisor');
  const { data } = useApi<{ items: Fault[] }>(canManage ? '/api/v1/it-faults?open=true' : null);
  const overdue = data?.items.filter((f) => f.isResponseOverdue || f.isResolutionOverdue).length ?? 0;
  return (
    <section aria-labelledby="itfaults-start">
      <h2 id="itfaults-start">IT-Störungen (IuK)</h2>
      {data && (
        <p>
          {data.items.length === 1 ? '1 offene Störung' : `${data.items.length} offene Störungen`}
          {overdue > 0 ? `, davon ${overdue} überfällig` : ''}.
        </p>
      )}
      <p>
        <Link to="/it-stoerungen/neu">IT-Störung aufnehmen</Link> · <Link to="/it-stoerungen/liste">Störungen</Link> ·{' '}
        <Link to="/it-stoerungen/bekannte-fehler">Bekannte Fehler</Link>
        {canManage && (
          <>
            {' '}
            · <Link to="/it-stoerungen/leitstand">Massenstörungen</Link> · <Link to="/berichte/it-stoerungen">Zeitenbericht</Link>
          </>
        )}
      </p>
    </section>
  );
}
