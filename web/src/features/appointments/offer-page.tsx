import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, errorText } from '../../app/api';
import { formatDay, formatTime, newIdempotencyKey, serviceText, type BookingResult, type Location } from './appointments-types';
import { PublicFrame } from './public-frame';

interface Offer {
  status: string;
  name: string;
  services: { name: string; quantity: number }[];
  start: string | null;
  expiresAt: string | null;
  location: Location | null;
}

/** /buerger/termine/angebot: the waiting-list offer from the mail, confirmed with one button. */
export function WaitlistOfferPage() {
  const [params] = useSearchParams();
  const entryId = params.get('eintrag') ?? '';
  const token = params.get('token') ?? '';
  const [offer, setOffer] = useState<Offer | null>(null);
  const [done, setDone] = useState<BookingResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());

  useEffect(() => {
    api<Offer>('POST', '/api/v1/public/appointments/offers/view', { entryId, token }).then(setOffer, (e) => setError(errorText(e)));
  }, [entryId, token]);

  async function accept() {
    setBusy(true);
    setError(null);
    try {
      setDone(
        await api<BookingResult>('POST', '/api/v1/public/appointments/offers/accept', { entryId, token, idempotencyKey: key.current }),
      );
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <PublicFrame title="Terminangebot aus der Warteliste">
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {done && (
        <div role="status" className="alert alert-ok">
          Gebucht. Terminnummer {done.appointment.reference}; die Bestätigung ist per E-Mail unterwegs.
        </div>
      )}
      {offer?.start && offer.location && !done && (
        <>
          <dl className="appt-summary">
            <dt>Wann</dt>
            <dd>
              {formatDay(offer.start)}, {formatTime(offer.start)} Uhr
            </dd>
            <dt>Wo</dt>
            <dd>
              {offer.location.name}, {offer.location.street}, {offer.location.city}
            </dd>
            <dt>Anliegen</dt>
            <dd>{serviceText(offer)}</dd>
            {offer.expiresAt && (
              <>
                <dt>Reserviert bis</dt>
                <dd>
                  {formatDay(offer.expiresAt)}, {formatTime(offer.expiresAt)} Uhr
                </dd>
              </>
            )}
          </dl>
          {offer.status === 'offered' && (
            <p>
              <button type="button" onClick={accept} disabled={busy}>
                Termin annehmen
              </button>
            </p>
          )}
        </>
      )}
      {offer && offer.status !== 'offered' && !done && <p>Dieses Angebot ist nicht mehr offen.</p>}
    </PublicFrame>
  );
}
