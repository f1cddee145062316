import { useState, type FormEvent } from 'react';
import { ImportError, ImportProgress, ImportReport as ImportReportView, useImportUpload } from '../../app/import-upload';
import { plural } from '../../app/plural';
import { TableScroll } from '../../app/table-scroll';
import { $api } from '../../app/api-client';
import type { ImportReport } from './dispatch-types';

type ImportIssue = ImportReport['errors'][number];

const formats = {
  address_list_csv: { label: 'Amtliches Adressverzeichnis (CSV)', accept: '.csv,text/csv', type: 'text/csv' },
  osm_geojson: { label: 'OpenStreetMap-Auszug (GeoJSON)', accept: '.geojson,.json,application/geo+json', type: 'application/geo+json' },
} as const;
const outcomeLabels = { applied: 'übernommen', rejected: 'abgewiesen', dry_run: 'nur geprüft' } as const;
const sourceLabels: Record<string, string> = { demo: 'Demo-Ortsverzeichnis', address_list: 'Adressverzeichnis', osm: 'OpenStreetMap' };
const kindLabels: Record<string, string> = { address: 'Adressen', street: 'Straßen', place: 'Orte' };

function IssueTable({ errors, caption }: { errors: ImportIssue[]; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="import-errors">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Zeile</th>
            <th scope="col">Feld</th>
            <th scope="col">Grund</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i}>
              <td>{e.row === 0 ? 'Datei' : e.row}</td>
              <td>{e.field}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * Import of the gazetteer (Ortsverzeichnis) for the offline address look-up: the city's
 * official address list or an OpenStreetMap extract. The file is checked whole and applied
 * all or nothing; the report names every refused row. History and holdings below.
 */
export function GazetteerImportPage() {
  const overview = $api.useQuery('get', '/api/v1/dispatch/places/imports');
  const [format, setFormat] = useState<keyof typeof formats>('address_list_csv');
  const [file, setFile] = useState<File | null>(null);
  const [isDryRun, setIsDryRun] = useState(true);
  const upload = useImportUpload();
  const { state } = upload;
  const report =
    state.step === 'done' ? (state.run.result as (Partial<ImportReport> & { outcome?: ImportReport['outcome'] }) | null) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const query = new URLSearchParams({ format, fileName: file.name, dryRun: String(isDryRun) });
    upload.start(`/api/v1/dispatch/places/import/uploads?${query}`, file, formats[format].type);
  };

  return (
    <>
      <h1>Ortsverzeichnis importieren</h1>
      <p>
        Die Adresssuche der Leitstelle arbeitet ohne Internet auf diesem Ortsverzeichnis. Hier laden Sie das amtliche Adressverzeichnis der
        Stadt (CSV: Straße, Hausnummer, Postleitzahl, Koordinaten in WGS84 oder ETRS89/UTM 32N, Stadtbezirk) oder einen OpenStreetMap-Auszug
        (GeoJSON). Jede Zeile wird geprüft (Lage in der Region, Hausnummer, Postleitzahl, Dubletten); schon eine fehlerhafte Zeile weist die
        ganze Datei ab, und nichts geht verloren. Eine übernommene Datei ersetzt die früheren Einträge derselben Quelle in ihren Gemeinden.
      </p>
      <form onSubmit={submit}>
        <fieldset>
          <legend>Quelle</legend>
          {(Object.keys(formats) as (keyof typeof formats)[]).map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="format" value={k} checked={format === k} onChange={() => setFormat(k)} /> {formats[k].label}
            </label>
          ))}
        </fieldset>
        <label htmlFor="gaz-file">Datei</label>
        <input id="gaz-file" type="file" accept={formats[format].accept} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <label className="choice">
          <input type="checkbox" checked={isDryRun} onChange={(e) => setIsDryRun(e.target.checked)} /> Nur prüfen, nichts übernehmen
        </label>
        <button type="submit" disabled={!file || upload.busy}>
          {isDryRun ? 'Datei prüfen' : 'Prüfen und übernehmen'}
        </button>
      </form>
      <ImportProgress state={state} onCancel={() => void upload.cancel()} id="gaz-run" />
      <ImportError state={state} />
      {state.step === 'done' && (
        <ImportReportView
          run={state.run}
          id="gaz-report"
          headline={
            report?.outcome === 'dry_run'
              ? `Geprüft: alle ${plural(state.run.rowsRead, { one: 'Zeile', other: 'Zeilen' })} in Ordnung; noch nichts übernommen.`
              : undefined
          }
          summary={
            report?.outcome === 'applied'
              ? `${report.replacedCount ?? 0} frühere ersetzt.${
                  report.byMunicipality && Object.keys(report.byMunicipality).length > 0
                    ? ` Je Gemeinde: ${Object.entries(report.byMunicipality)
                        .map(([m, n]) => `${m} ${n}`)
                        .join(', ')}.`
                    : ''
                }`
              : undefined
          }
        />
      )}
      <h2>Bestand</h2>
      <TableScroll label="Bestand des Ortsverzeichnisses">
        <table>
          <caption className="visually-hidden">Einträge des Ortsverzeichnisses je Quelle und Gemeinde</caption>
          <thead>
            <tr>
              <th scope="col">Quelle</th>
              <th scope="col">Gemeinde</th>
              <th scope="col">Art</th>
              <th scope="col">Einträge</th>
            </tr>
          </thead>
          <tbody>
            {(overview.data?.holdings ?? []).map((h) => (
              <tr key={`${h.source}|${h.municipality}|${h.kind}`}>
                <td>{sourceLabels[h.source] ?? h.source}</td>
                <td>{h.municipality}</td>
                <td>{kindLabels[h.kind] ?? h.kind}</td>
                <td>{h.entries}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>Letzte Importe</h2>
      {overview.data?.imports.length === 0 && <p>Noch keine Importe.</p>}
      <ul className="import-history">
        {(overview.data?.imports ?? []).map((i) => (
          <li key={i.id}>
            <details>
              <summary>
                {new Date(i.at).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })}: {i.fileName} ({outcomeLabels[i.outcome]},{' '}
                {plural(i.acceptedCount, { one: 'Eintrag', other: 'Einträge' })} von {i.rowCount}, {i.actorName})
              </summary>
              {i.errors.length > 0 ? (
                <IssueTable errors={i.errors} caption={`Abgewiesene Zeilen von ${i.fileName}`} />
              ) : (
                <p>Keine abgewiesenen Zeilen.</p>
              )}
            </details>
          </li>
        ))}
      </ul>
      <p className="muted small">
        Quellenangaben: OpenStreetMap-Daten © OpenStreetMap contributors (ODbL 1.0); Gemeindegrenzen © GeoBasis-DE / BKG 2013 (Daten
        verändert), dl-de/by-2-0; das Demo-Ortsverzeichnis ist eigene Arbeit mit ungefähren Koordinaten.
      </p>
    </>
  );
}
