import { Link } from 'react-router-dom';
import { useSession } from '../../app/session';

/** Billing start page: where the cost refund is done (replaces the static text of the foundation). */
export function BillingStartSection() {
  const user = useSession().me?.user;
  if (user?.tenantId)
    return (
      <section aria-labelledby="billing-start-heading">
        <h2 id="billing-start-heading">Abrechnung</h2>
        <p>
          Ihre Rechnungen und Gutschriften des DialogCenters als XRechnung und PDF: <Link to="/abrechnung/rechnungen">Ihre Rechnungen</Link>
          .
        </p>
      </section>
    );
  return (
    <section aria-labelledby="billing-start-heading">
      <h2 id="billing-start-heading">Abrechnung</h2>
      <p>
        Personal- und Sachkosten erstatten die teilnehmenden Kommunen nach ihren Zweckvereinbarungen (Ratsbeschluss 2271/2021). Hier pflegen
        Sie <Link to="/abrechnung/kostenplan">Kostenplan und Schlüssel</Link>, sehen die <Link to="/abrechnung">Vorschau je Monat</Link> und
        stellen <Link to="/abrechnung/rechnungen">Rechnungen</Link> im Vier-Augen-Verfahren aus.
      </p>
    </section>
  );
}
