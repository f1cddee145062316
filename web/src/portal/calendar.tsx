import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locale, type Lang } from './i18n-lang';

/**
 * A month calendar for choosing a day (KoliBri 4.1 has none, so ours, decision 0164): a table with
 * weekday column headers; days with free appointments are buttons naming the date and the number of
 * free times, the others plain text. `days` maps YYYY-MM-DD (Berlin) to the count of free times.
 */
export function DayCalendar({
  lang,
  days,
  selected,
  onSelect,
}: {
  lang: Lang;
  days: Map<string, number>;
  selected: string | null;
  onSelect: (day: string) => void;
}) {
  const { t } = useTranslation();
  const keys = [...days.keys()].sort();
  const first = keys[0] ?? new Date().toISOString().slice(0, 10);
  const [month, setMonth] = useState(first.slice(0, 7));
  const months = [...new Set(keys.map((k) => k.slice(0, 7)))];
  const [y, m] = month.split('-').map(Number) as [number, number];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const offset = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday first
  const cells: (string | null)[] = [...Array<null>(offset).fill(null)];
  for (let d = 1; d <= daysInMonth; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const fmt = (iso: string, o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', ...o }).format(new Date(`${iso}T12:00:00Z`));
  const weekdays = [0, 1, 2, 3, 4, 5, 6]; // 2026-11-30 was a Monday: its week names the columns
  const index = months.indexOf(month);
  return (
    <div className="portal-calendar">
      <div className="portal-calendar-head">
        <button type="button" className="portal-cal-nav" disabled={index <= 0} onClick={() => setMonth(months[index - 1]!)}>
          <span aria-hidden="true">‹ </span>
          {t('booking.prevMonth')}
        </button>
        <h3 id="kalender-monat" aria-live="polite">
          {fmt(`${month}-01`, { month: 'long', year: 'numeric' })}
        </h3>
        <button
          type="button"
          className="portal-cal-nav"
          disabled={index < 0 || index >= months.length - 1}
          onClick={() => setMonth(months[index + 1]!)}
        >
          {t('booking.nextMonth')}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <table aria-labelledby="kalender-monat">
        <thead>
          <tr>
            {weekdays.map((_, i) => {
              const day = new Date(Date.UTC(2026, 10, 30 + i, 12)).toISOString().slice(0, 10);
              return (
                <th key={day} scope="col" abbr={fmt(day, { weekday: 'long' })}>
                  {fmt(day, { weekday: 'short' })}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean) ?? 'x'}>
              {week.map((day, i) => {
                if (!day) return <td key={`e${i}`} />;
                const free = days.get(day) ?? 0;
                const label = `${fmt(day, { weekday: 'long', day: 'numeric', month: 'long' })}: ${free ? t('booking.free', { count: free }) : t('booking.noFree')}`;
                return (
                  <td key={day}>
                    {free ? (
                      <button
                        type="button"
                        className={day === selected ? 'portal-day portal-day-selected' : 'portal-day'}
                        aria-pressed={day === selected}
                        aria-label={label}
                        onClick={() => onSelect(day)}
                      >
                        {Number(day.slice(8))}
                      </button>
                    ) : (
                      <span className="portal-day-none" aria-label={label} role="img">
                        {Number(day.slice(8))}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
