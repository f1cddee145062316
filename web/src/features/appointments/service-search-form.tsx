import { useState, type FormEvent } from 'react';
import type { CatalogueTenant } from './appointments-types';

export interface SearchRequest {
  tenantId: string;
  services: { code: string; quantity: number }[];
  locationKind: 'buergerbuero' | 'auslaenderbehoerde';
  includeNeighbours: boolean;
}

/** Municipality, office type, service and number of persons; shared by the citizen page and the agent page. */
export function ServiceSearchForm({
  tenants,
  onSearch,
  busy,
  idPrefix,
}: {
  tenants: CatalogueTenant[];
  onSearch: (r: SearchRequest) => void;
  busy: boolean;
  idPrefix: string;
}) {
  const [tenantId, setTenantId] = useState('');
  const [kind, setKind] = useState<SearchRequest['locationKind']>('buergerbuero');
  const [code, setCode] = useState('');
  const [quantity, setQuantity] = useState(1);
  // Several services in one appointment: their durations add up on the server.
  const [extra, setExtra] = useState('');
  const [neighbours, setNeighbours] = useState(true);
  const tenant = tenants.find((t) => t.id === tenantId);
  const services = (tenant?.services ?? []).filter((s) =>
    tenant?.locations.some((l) => l.kind === kind && l.serviceCodes.includes(s.code)),
  );
  const service = services.find((s) => s.code === code);
  const kinds = new Set(tenant?.locations.map((l) => l.kind) ?? []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!tenantId || !code) return;
    const services = [{ code, quantity }, ...(extra && extra !== code ? [{ code: extra, quantity: 1 }] : [])];
    onSearch({ tenantId, services, locationKind: kind, includeNeighbours: neighbours });
  }

  return (
    <form onSubmit={submit} className="appt-form">
      <label htmlFor={`${idPrefix}-tenant`}>Stadt oder Gemeinde</label>
      <select
        id={`${idPrefix}-tenant`}
        value={tenantId}
        required
        onChange={(e) => {
          setTenantId(e.target.value);
          setCode('');
          setExtra('');
        }}
      >
        <option value="">Bitte wählen</option>
        {tenants.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      {kinds.size > 1 && (
        <>
          <label htmlFor={`${idPrefix}-kind`}>Behörde</label>
          <select
            id={`${idPrefix}-kind`}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as SearchRequest['locationKind']);
              setCode('');
              setExtra('');
            }}
          >
            <option value="buergerbuero">Bürgerbüro / Bürgeramt</option>
            <option value="auslaenderbehoerde">Ausländerbehörde</option>
          </select>
        </>
      )}
      <label htmlFor={`${idPrefix}-service`}>Anliegen</label>
      <select id={`${idPrefix}-service`} value={code} required disabled={!tenant} onChange={(e) => setCode(e.target.value)}>
        <option value="">Bitte wählen</option>
        {services.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </select>
      {service && service.maxQuantity > 1 && (
        <>
          <label htmlFor={`${idPrefix}-quantity`}>Für wie viele Personen?</label>
          <select id={`${idPrefix}-quantity`} value={quantity} onChange={(e) => setQuantity(Number(e.target.value))}>
            {Array.from({ length: service.maxQuantity }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </select>
        </>
      )}
      {service && services.length > 1 && (
        <>
          <label htmlFor={`${idPrefix}-extra`}>Weiteres Anliegen im selben Termin (freiwillig)</label>
          <select id={`${idPrefix}-extra`} value={extra} onChange={(e) => setExtra(e.target.value)}>
            <option value="">Keins</option>
            {services
              .filter((s) => s.code !== code)
              .map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
          </select>
        </>
      )}
      {service?.bring && <p className="muted">Bitte mitbringen: {service.bring}</p>}
      <p>
        <input id={`${idPrefix}-neighbours`} type="checkbox" checked={neighbours} onChange={(e) => setNeighbours(e.target.checked)} />{' '}
        <label htmlFor={`${idPrefix}-neighbours`} style={{ display: 'inline' }}>
          Auch in Nachbarorten suchen
        </label>
      </p>
      <button type="submit" disabled={busy || !code}>
        {busy ? 'Suche läuft …' : 'Freie Termine suchen'}
      </button>
    </form>
  );
}
