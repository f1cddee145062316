import { useState } from 'react';
import { dayKey, formatDay, formatTime, type SearchResult, type Slot } from './appointments-types';

/**
 * Free slots per location and day. Each slot is a real button with the full date
 * in its accessible name, so screen readers and keyboards can choose directly.
 */
export function SlotPicker({
  result,
  onChoose,
  busy,
}: {
  result: SearchResult;
  onChoose: (locationId: string, slot: Slot) => void;
  busy: boolean;
}) {
  const [showAll, setShowAll] = useState<Record<string, boolean>>({});
  const withSlots = result.locations.filter((l) => l.slots.length > 0);
  if (withSlots.length === 0) return <p role="status">Leider sind im gewählten Zeitraum keine Termine frei.</p>;
  return (
    <div>
      {withSlots.map((entry) => {
        const days = new Map<string, Slot[]>();
        for (const s of entry.slots) days.set(dayKey(s.start), [...(days.get(dayKey(s.start)) ?? []), s]);
        const dayList = [...days.entries()].slice(0, showAll[entry.location.id] ? undefined : 3);
        const headingId = `ort-${entry.location.id}`;
        return (
          <section key={entry.location.id} aria-labelledby={headingId} className="card appt-location">
            <h3 id={headingId}>{entry.location.name}</h3>
            <p className="muted">
              {entry.location.street}, {entry.location.postalCode} {entry.location.city} · {entry.tenantName}
              {entry.distanceKm > 0 ? ` · etwa ${entry.distanceKm.toLocaleString('de-DE')} km entfernt` : ''}
            </p>
            {dayList.map(([day, slots]) => (
              <div key={day}>
                <h4>{formatDay(slots[0]!.start)}</h4>
                <ul className="appt-slots">
                  {slots.slice(0, 24).map((s) => (
                    <li key={s.start}>
                      <button
                        type="button"
                        className="secondary"
                        disabled={busy}
                        aria-label={`${formatDay(s.start)}, ${formatTime(s.start)} Uhr, ${entry.location.name} wählen`}
                        onClick={() => onChoose(entry.location.id, s)}
                      >
                        {formatTime(s.start)}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            {days.size > 3 && !showAll[entry.location.id] && (
              <button type="button" className="link-button" onClick={() => setShowAll({ ...showAll, [entry.location.id]: true })}>
                Weitere Tage anzeigen
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
