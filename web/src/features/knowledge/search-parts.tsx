import type { ResponsibleUnit, Segment } from './knowledge-types';
import { formatDate } from './knowledge-types';

/** Text with the search's matches marked; segments are plain text, never HTML. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}

/** The responsible unit at a glance: where, when, how to reach, who verified it. */
export function UnitCard({ unit, tenantName }: { unit: ResponsibleUnit | null; tenantName?: string | null }) {
  if (!unit) return <p className="muted">Für diese Leistung ist keine örtliche Stelle hinterlegt. Bitte Wohnort angeben.</p>;
  return (
    <dl className="kb-unit">
      <dt>Zuständig</dt>
      <dd>
        <strong>{unit.unitName}</strong>
        {tenantName ? <span className="muted"> ({tenantName})</span> : null}
      </dd>
      {(unit.street || unit.city) && (
        <>
          <dt>Anschrift</dt>
          <dd>{[unit.street, [unit.postalCode, unit.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</dd>
        </>
      )}
      {unit.openingHours && (
        <>
          <dt>Öffnungszeiten</dt>
          <dd>{unit.openingHours}</dd>
        </>
      )}
      {unit.phone && (
        <>
          <dt>Telefon</dt>
          <dd>{unit.phone}</dd>
        </>
      )}
      {unit.email && (
        <>
          <dt>E-Mail</dt>
          <dd>{unit.email}</dd>
        </>
      )}
      {unit.localFees && (
        <>
          <dt>Örtliche Gebühren</dt>
          <dd>{unit.localFees}</dd>
        </>
      )}
      {unit.localNotes && (
        <>
          <dt>Hinweis</dt>
          <dd>{unit.localNotes}</dd>
        </>
      )}
      {'verifiedBy' in unit && (
        <>
          <dt>Geprüft</dt>
          <dd>
            {unit.verifiedBy ? `${unit.verifiedBy}, ` : ''}
            {formatDate(unit.verifiedAt)}
            {unit.isOverdue ? <span className="badge kb-overdue"> Überprüfung überfällig</span> : null}
          </dd>
        </>
      )}
    </dl>
  );
}
