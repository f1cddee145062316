import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, errorText } from '../../app/api';
import { $api, call, client } from '../../app/api-client';
import type { Catalogue, PlaceMatch } from './dispatch-types';
import { MapView } from './map-view';

/** What the form holds; the server validates it (a field error when no category was picked). */
export interface IncidentFormValues {
  category: string;
  location: { address?: string; lat?: number; lon?: number; isApproximate?: boolean };
  description: string;
  priority?: number;
  callbackNumber: string | null;
  reportingChannel: string;
}

/**
 * Taking an incident: category (default priority shown), address look-up in the
 * offline gazetteer (Enter takes the first hit) or a point placed by hand on the map,
 * description, call-back number. Used by the desk and by agents (outcome 6).
 */
export function IncidentForm({
  catalogue,
  initial,
  onSubmit,
  submitLabel,
  idPrefix,
  autoFocus = true,
}: {
  catalogue: Catalogue;
  initial?: Partial<{ description: string; callbackNumber: string | null }>;
  onSubmit(values: IncidentFormValues): Promise<void>;
  submitLabel: string;
  idPrefix: string;
  autoFocus?: boolean;
}) {
  const [category, setCategory] = useState('');
  const [priority, setPriority] = useState<number | ''>('');
  const [query, setQuery] = useState('');
  const [place, setPlace] = useState<PlaceMatch | null>(null);
  const [point, setPoint] = useState<{
    lat: number;
    lon: number;
    municipality: string | null;
    district: string | null;
    isInRegion: boolean;
  } | null>(null);
  const [description, setDescription] = useState(initial?.description ?? '');
  const [callback, setCallback] = useState(initial?.callbackNumber ?? '');
  const [channel, setChannel] = useState('phone');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showMap, setShowMap] = useState(false);
  const firstRef = useRef<HTMLSelectElement>(null);
  const id = (name: string) => `${idPrefix}-${name}`;
  const defaultPriority = catalogue.categories.find((c) => c.code === category)?.defaultPriority;

  useEffect(() => {
    if (autoFocus) firstRef.current?.focus();
  }, [autoFocus]);

  // The gazetteer look-up: 150 ms after the last key, through the query cache (a newer term cancels the older request).
  const [term, setTerm] = useState('');
  useEffect(() => {
    const q = query.trim();
    const timer = setTimeout(() => setTerm(q.length < 2 || (place && place.label === query) ? '' : q), 150);
    return () => clearTimeout(timer);
  }, [query, place]);
  const lookup = $api.useQuery(
    'get',
    '/api/v1/dispatch/places',
    { params: { query: { q: term } } },
    {
      enabled: term !== '',
      placeholderData: keepPreviousData,
    },
  );
  const matches: PlaceMatch[] = term !== '' && !(place && place.label === query) ? (lookup.data?.items ?? []) : [];

  const pick = (m: PlaceMatch) => {
    setPlace(m);
    setPoint(null);
    setQuery(m.label);
    setTerm('');
  };

  const pickPoint = async (lat: number, lon: number) => {
    setPlace(null);
    try {
      const where = await call(client.GET('/api/v1/dispatch/locate', { params: { query: { lat, lon } } }));
      setPoint({ lat, lon, ...where });
    } catch (e) {
      setError(errorText(e));
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const location = place
      ? { address: place.label, lat: place.lat, lon: place.lon, isApproximate: place.isApproximate }
      : point
        ? { lat: point.lat, lon: point.lon, ...(query.trim() ? { address: query.trim() } : {}) }
        : query.trim()
          ? { address: query.trim() }
          : {};
    try {
      await onSubmit({
        category,
        location,
        description: description.trim(),
        ...(priority !== '' ? { priority } : {}),
        callbackNumber: callback.trim() || null,
        reportingChannel: channel,
      });
    } catch (err) {
      setError(err instanceof ApiError ? err : errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);

  return (
    <form onSubmit={submit} className="incident-form" aria-label="Einsatz aufnehmen" noValidate>
      {error && (
        <div role="alert" className="alert alert-error">
          {typeof error === 'string' ? error : error.message}
        </div>
      )}
      <div className="form-grid">
        <div>
          <label htmlFor={id('category')}>Einsatzart</label>
          <select
            id={id('category')}
            ref={firstRef}
            value={category}
            onChange={(e) => setCategory(e.target.value)}
            required
            aria-invalid={!!fieldError('category')}
          >
            <option value="">– bitte wählen –</option>
            {catalogue.categories.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
          {fieldError('category') && <p className="field-error">{fieldError('category')}</p>}
        </div>
        <div>
          <label htmlFor={id('priority')}>Dringlichkeit</label>
          <select id={id('priority')} value={priority} onChange={(e) => setPriority(e.target.value === '' ? '' : Number(e.target.value))}>
            <option value="">Standard{defaultPriority ? ` (${defaultPriority})` : ''}</option>
            <option value="1">1 – dringend</option>
            <option value="2">2 – normal</option>
            <option value="3">3 – niedrig</option>
          </select>
        </div>
      </div>

      <label htmlFor={id('address')}>Ort (Adresse, Platz oder Park)</label>
      <input
        id={id('address')}
        type="search"
        autoComplete="off"
        value={query}
        placeholder="z. B. Lister Meile 4, Kröpcke, Marktplatz Langenhagen"
        onChange={(e) => {
          setQuery(e.target.value);
          setPlace(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && matches[0]) {
            e.preventDefault();
            pick(matches[0]);
          }
        }}
        aria-describedby={id('address-hint')}
        aria-invalid={!!fieldError('location.address') || !!fieldError('location')}
        aria-controls={matches.length > 0 ? id('matches') : undefined}
      />
      <p className="muted small" id={id('address-hint')}>
        Enter übernimmt den ersten Treffer. Nicht gefunden? Ort auf der Karte setzen.
      </p>
      {(fieldError('location.address') || fieldError('location')) && (
        <p className="field-error">{fieldError('location.address') ?? fieldError('location')}</p>
      )}
      {matches.length > 0 && (
        <ul className="place-matches" id={id('matches')} aria-label="Gefundene Orte">
          {matches.map((m) => (
            <li key={`${m.label}-${m.lat}`}>
              <button type="button" className="link-button" onClick={() => pick(m)}>
                {m.label}
              </button>{' '}
              <span className="muted small">
                {m.district ?? m.municipality}
                {m.isApproximate ? ' · ungefähre Lage' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {place && (
        <p className="picked" role="status">
          Gewählt: <strong>{place.label}</strong> · {place.district ?? place.municipality}
          {place.isApproximate && <span className="badge approx">ungefähre Lage</span>}
        </p>
      )}
      {point && (
        <p className="picked" role="status">
          {point.isInRegion ? (
            <>
              Kartenpunkt in <strong>{point.municipality}</strong>
              {point.district && point.district !== point.municipality ? `, ${point.district}` : ''}
            </>
          ) : (
            <strong>Dieser Punkt liegt außerhalb der Region Hannover.</strong>
          )}
        </p>
      )}
      <button type="button" className="secondary small" onClick={() => setShowMap((s) => !s)} aria-expanded={showMap}>
        {showMap ? 'Karte ausblenden' : 'Ort auf der Karte setzen'}
      </button>
      {showMap && (
        <MapView
          title="Karte zum Setzen des Einsatzorts: klicken setzt den Punkt"
          initialView="centre"
          onPick={(lat, lon) => void pickPoint(lat, lon)}
          markers={[
            ...(place ? [{ id: 'p', lat: place.lat, lon: place.lon, kind: 'pick' as const, label: place.label }] : []),
            ...(point ? [{ id: 'm', lat: point.lat, lon: point.lon, kind: 'pick' as const, label: 'Gesetzter Punkt' }] : []),
          ]}
        />
      )}

      <label htmlFor={id('description')}>Beschreibung</label>
      <textarea id={id('description')} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} />

      <div className="form-grid">
        <div>
          <label htmlFor={id('callback')}>Rückrufnummer (optional)</label>
          <input
            id={id('callback')}
            type="tel"
            value={callback}
            onChange={(e) => setCallback(e.target.value)}
            aria-describedby={id('callback-hint')}
            aria-invalid={!!fieldError('callbackNumber')}
          />
          <p className="muted small" id={id('callback-hint')}>
            Personenbezogen: wird nach 30 Tagen gelöscht, jedes Lesen wird protokolliert.
          </p>
          {fieldError('callbackNumber') && <p className="field-error">{fieldError('callbackNumber')}</p>}
        </div>
        <div>
          <label htmlFor={id('channel')}>Meldeweg</label>
          <select id={id('channel')} value={channel} onChange={(e) => setChannel(e.target.value)}>
            {catalogue.channels.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p>
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : submitLabel}
        </button>
      </p>
    </form>
  );
}
