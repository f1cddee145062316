import { weekdays, type Interval, type ServiceHours } from './admin-labels';

interface Props {
  value: ServiceHours;
  onChange(value: ServiceHours): void;
  /** Field errors from the API, keyed like `serviceHours.2.0`. */
  fieldErrors: Record<string, string>;
}

/** Service hours per weekday, each day with any number of intervals (e.g. 8-12 and 14-18). */
export function ServiceHoursEditor({ value, onChange, fieldErrors }: Props) {
  const setDay = (day: keyof ServiceHours, intervals: Interval[]) => onChange({ ...value, [day]: intervals });
  return (
    <fieldset>
      <legend>Servicezeiten (Erreichbarkeit)</legend>
      <p className="field-hint">
        Ohne Zeitraum ist das DialogCenter an diesem Tag für den Mandanten nicht erreichbar. Feiertage in Niedersachsen gelten als
        geschlossen.
      </p>
      {weekdays.map(({ key, label }) => {
        const intervals = value[key];
        return (
          <div className="weekday-row" key={key} role="group" aria-labelledby={`hours-${key}-name`}>
            <div className="weekday-name" id={`hours-${key}-name`}>
              {label}
            </div>
            <div>
              {intervals.length === 0 && (
                <p className="muted" style={{ margin: '0.4rem 0' }}>
                  geschlossen
                </p>
              )}
              {intervals.map((interval, index) => {
                const id = `hours-${key}-${index}`;
                const error =
                  fieldErrors[`serviceHours.${key}.${index}`] ??
                  fieldErrors[`serviceHours.${key}.${index}.from`] ??
                  fieldErrors[`serviceHours.${key}.${index}.to`];
                const update = (patch: Partial<Interval>) =>
                  setDay(
                    key,
                    intervals.map((iv, i) => (i === index ? { ...iv, ...patch } : iv)),
                  );
                return (
                  <div key={index}>
                    <div className="interval">
                      <label htmlFor={`${id}-from`}>
                        <span className="visually-hidden">
                          {label}, Zeitraum {index + 1}{' '}
                        </span>
                        von
                      </label>
                      <input
                        id={`${id}-from`}
                        type="time"
                        value={interval.from}
                        onChange={(e) => update({ from: e.target.value })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                      />
                      <label htmlFor={`${id}-to`}>
                        bis
                        <span className="visually-hidden">
                          {' '}
                          ({label}, Zeitraum {index + 1})
                        </span>
                      </label>
                      <input
                        id={`${id}-to`}
                        type="time"
                        value={interval.to}
                        onChange={(e) => update({ to: e.target.value })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                      />
                      <button
                        type="button"
                        className="secondary"
                        onClick={() =>
                          setDay(
                            key,
                            intervals.filter((_, i) => i !== index),
                          )
                        }
                        aria-label={`${label}, Zeitraum ${index + 1} entfernen`}
                      >
                        Entfernen
                      </button>
                    </div>
                    {error && (
                      <p id={`${id}-error`} className="field-error">
                        {error}
                      </p>
                    )}
                  </div>
                );
              })}
              <button
                type="button"
                className="secondary"
                onClick={() => setDay(key, [...intervals, nextInterval(intervals)])}
                aria-label={`${label}: Zeitraum hinzufügen`}
              >
                Zeitraum hinzufügen
              </button>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A sensible default for a new interval: after the last one, or the D115 day 8-18. */
function nextInterval(intervals: Interval[]): Interval {
  const last = intervals.at(-1);
  if (!last) return { from: '08:00', to: '18:00' };
  const [h] = last.to.split(':').map(Number);
  const from = Math.min((h ?? 18) + 1, 22);
  return { from: `${String(from).padStart(2, '0')}:00`, to: `${String(Math.min(from + 2, 23)).padStart(2, '0')}:00` };
}
