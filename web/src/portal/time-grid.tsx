import { useTranslation } from 'react-i18next';

export interface TimeChoice {
  locationId: string;
  place: string;
  start: string;
}

/**
 * The free times of one day, compact enough for a 390 px phone (issue 15): per office (when the day has
 * more than one; a single office is named once above) and per half of the day, a wrapping grid of short buttons ("08:30"). Each button's
 * accessible name starts with its visible time and names the office ("08:30 Uhr, Bürgerbüro Laatzen"),
 * so a screen reader hears the whole choice and voice control finds it by what it shows. Plain buttons
 * in the Tab order, like the calendar's days (decision 0164).
 */
export function TimeGrid({
  times,
  fmtTime,
  disabled,
  onChoose,
}: {
  times: TimeChoice[];
  fmtTime: (iso: string) => string;
  disabled: boolean;
  onChoose: (choice: TimeChoice) => void;
}) {
  const { t } = useTranslation();
  const places = [...new Set(times.map((c) => c.place))];
  // Berlin hours from the formatted time: "13:30" → 13 (the times are formatted in Europe/Berlin).
  const isMorning = (c: TimeChoice) => Number(fmtTime(c.start).slice(0, 2)) < 12;
  const groups = places.flatMap((place) =>
    [true, false].map((morning) => ({
      place,
      morning,
      items: times.filter((c) => c.place === place && isMorning(c) === morning),
    })),
  );
  return (
    <>
      {/* One office: named once above the times instead of in each group's heading. */}
      {places.length === 1 && <p className="portal-muted">{places[0]}</p>}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => {
          const id = `zeiten-${places.indexOf(g.place)}-${g.morning ? 'vm' : 'nm'}`;
          const half = t(g.morning ? 'booking.morning' : 'booking.afternoon');
          return (
            <div key={id} className="portal-time-group">
              <h3 id={id}>{places.length > 1 ? `${half}: ${g.place}` : half}</h3>
              <ul className="portal-time-grid" aria-labelledby={id}>
                {g.items.map((c) => (
                  <li key={`${c.locationId}-${c.start}`}>
                    <button
                      type="button"
                      className="portal-time"
                      disabled={disabled}
                      aria-label={t('booking.timeAt', { time: fmtTime(c.start), place: c.place })}
                      onClick={() => onChoose(c)}
                    >
                      {fmtTime(c.start)}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
    </>
  );
}
