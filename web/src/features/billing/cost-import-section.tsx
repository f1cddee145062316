import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ImportError, ImportProgress, ImportReport, useImportUpload } from '../../app/import-upload';
import { plural } from '../../app/plural';
import { TableScroll } from '../../app/table-scroll';
import { bearerLabels, categoryLabels, euro } from './billing-format';

/** The cost import's report (result of the run; decision record 0107). */
interface CostImportResult {
  outcome: 'applied' | 'dry_run';
  planCreated: boolean;
  created: number;
  changed: number;
  unchanged: number;
  items: {
    action: 'create' | 'change' | 'unchanged';
    name: string;
    category: string;
    bearer: string;
    lines: number[];
    yearCentsBefore: number | null;
    yearCentsAfter: number;
  }[];
  totals: { beforeCents: number; afterCents: number };
}

const actionLabels = { create: 'Neu', change: 'Geändert', unchanged: 'Unverändert' } as const;

/**
 * Billing staff: the year's costs from a CSV file into the cost plan. "Nur prüfen" shows what would
 * be created or changed; the import is whole or nothing, can be cancelled, and the report lists every
 * refused row with its reason.
 */
export function CostImportSection({ year, hasPlan, onApplied }: { year: number; hasPlan: boolean; onApplied: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [isDryRun, setIsDryRun] = useState(true);
  const upload = useImportUpload();
  const { state } = upload;
  const result = state.step === 'done' && state.run.status === 'completed' ? (state.run.result as unknown as CostImportResult) : null;
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (state.step === 'done' && result?.outcome === 'applied' && applied.current !== state.run.id) {
      applied.current = state.run.id;
      onApplied();
    }
  }, [state, result, onApplied]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const query = new URLSearchParams({ year: String(year), fileName: file.name, dryRun: String(isDryRun) });
    upload.start(`/api/v1/billing/cost-plans/import/uploads?${query}`, file, 'text/csv');
  };
  const counts = result
    ? `${plural(result.created, { one: 'Position', other: 'Positionen' })} neu, ${result.changed} geändert, ${result.unchanged} unverändert`
    : '';

  return (
    <section aria-labelledby="import-heading" className="cost-import">
      <h2 id="import-heading">Kosten {year} aus CSV importieren</h2>
      <p>
        Eine Zeile je Betrag mit der Kopfzeile <code>Jahr;Kostenart;Position;Träger;Betrag;Datum;Bemerkung</code> (Semikolon oder Komma,
        UTF-8). Nötig sind Kostenart (Personal, Sachkosten, Einmalig, Investition), Position und Betrag in Euro (z. B. 1.234,56). Datum
        (TT.MM.JJJJ): ab wann ein laufender Betrag gilt (sonst ab 1. Januar) oder an welchem Tag einmalige Kosten gebucht werden. Mehrere
        Zeilen einer laufenden Position sind Beträge ab verschiedenen Tagen.
      </p>
      <p>
        Die Datei ersetzt die Positionen, die sie nennt; andere bleiben, wie sie sind. Ist eine Zeile fehlerhaft, wird nichts übernommen,
        und der Bericht nennt jede abgewiesene Zeile mit Grund.
        {hasPlan && (
          <>
            {' '}
            <a href={`/api/v1/billing/cost-plans/${year}/csv`} download={`kostenplan-${year}.csv`}>
              Kostenplan {year} in diesem Format herunterladen
            </a>
            .
          </>
        )}
      </p>
      <form onSubmit={submit} className="billing-form" aria-labelledby="import-heading">
        <label htmlFor="cost-file">CSV-Datei</label>
        <input id="cost-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <label className="choice" htmlFor="cost-dry-run">
          <input id="cost-dry-run" type="checkbox" checked={isDryRun} onChange={(e) => setIsDryRun(e.target.checked)} /> Nur prüfen
          (Vorschau), nichts übernehmen
        </label>
        <button type="submit" className="button" disabled={!file || upload.busy}>
          {isDryRun ? 'Datei prüfen' : 'Prüfen und übernehmen'}
        </button>
      </form>
      <ImportProgress state={state} onCancel={() => void upload.cancel()} id="cost-run" />
      <ImportError state={state} />
      {state.step === 'done' && (
        <ImportReport
          run={state.run}
          id="cost-report"
          headline={
            result?.outcome === 'dry_run'
              ? `Geprüft: alle ${plural(state.run.rowsRead, { one: 'Zeile', other: 'Zeilen' })} in Ordnung; noch nichts übernommen (${counts}).`
              : result?.outcome === 'applied'
                ? `Übernommen: ${counts} aus ${plural(state.run.rowsRead, { one: 'Zeile', other: 'Zeilen' })}${result.planCreated ? `; der Kostenplan ${year} wurde angelegt` : ''}.`
                : undefined
          }
          summary={
            result ? `Summe im Jahr bisher ${euro(result.totals.beforeCents)}, danach ${euro(result.totals.afterCents)}.` : undefined
          }
        />
      )}
      {result && result.items.length > 0 && (
        <TableScroll label="Positionen aus der Datei">
          <table>
            <caption>{result.outcome === 'dry_run' ? 'Vorschau: was die Datei ändern würde' : 'Übernommene Positionen'}</caption>
            <thead>
              <tr>
                <th scope="col">Position</th>
                <th scope="col">Änderung</th>
                <th scope="col">Art</th>
                <th scope="col">Träger</th>
                <th scope="col" className="num">
                  Bisher im Jahr
                </th>
                <th scope="col" className="num">
                  Danach im Jahr
                </th>
                <th scope="col">Zeilen</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((i) => (
                <tr key={i.name}>
                  <th scope="row">{i.name}</th>
                  <td>{actionLabels[i.action]}</td>
                  <td>{categoryLabels[i.category]}</td>
                  <td>{bearerLabels[i.bearer]}</td>
                  <td className="num">{i.yearCentsBefore === null ? '–' : euro(i.yearCentsBefore)}</td>
                  <td className="num">{euro(i.yearCentsAfter)}</td>
                  <td>{i.lines.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
