import { useId } from 'react';

/** Month (YYYY-MM) or quarter (YYYY-Qn) of a statement; kept in the URL so the page can be linked. */
export function PeriodPicker({ value, onChange }: { value: string; onChange(v: string): void }) {
  const id = useId();
  const isQuarter = value.includes('Q');
  const year = value.slice(0, 4);
  const setPeriod = (v: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set('period', v);
    window.history.replaceState(null, '', url);
    onChange(v);
  };
  return (
    <div className="billing-period">
      <label htmlFor={`${id}-month`}>Monat</label>
      <input id={`${id}-month`} type="month" value={isQuarter ? '' : value} onChange={(e) => e.target.value && setPeriod(e.target.value)} />
      <label htmlFor={`${id}-quarter`}>oder Quartal</label>
      <select id={`${id}-quarter`} value={isQuarter ? value : ''} onChange={(e) => e.target.value && setPeriod(e.target.value)}>
        <option value="">–</option>
        {[1, 2, 3, 4].map((q) => (
          <option key={q} value={`${year}-Q${q}`}>
            {q}. Quartal {year}
          </option>
        ))}
      </select>
    </div>
  );
}
