import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { actionLabels, daysText, moduleLabel } from './privacy-labels';

interface Activity {
  module: string;
  name: string;
  purpose: string;
  legalBasis: string;
  dataSubjects: string[];
  dataKinds: string[];
  recipients: string[];
  retention: { kind: string; label: string; days: number; action: string }[];
}

const path = '/api/v1/privacy/processing-activities';

/**
 * Records of processing activities (Art. 30 GDPR, decision 0137): what each module declares, with the
 * retention as set today; downloaded as PDF or Excel for the data-protection officer's files.
 */
export function ProcessingRecordsPage() {
  const { data, error } = useApi<{ items: Activity[] }>(path);
  return (
    <>
      <h1>Verzeichnis der Verarbeitungstätigkeiten</h1>
      <p>
        Nach Art. 30 DSGVO, erstellt aus den Angaben der Bereiche des DialogCenters und den eingestellten Aufbewahrungsfristen.
        Herunterladen:{' '}
        <a href={`${path}?format=pdf`} download>
          PDF
        </a>{' '}
        ·{' '}
        <a href={`${path}?format=xlsx`} download>
          Excel
        </a>{' '}
        ·{' '}
        <a href={`${path}?format=json`} download="verzeichnis-verarbeitungstaetigkeiten.json">
          JSON
        </a>
      </p>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {!data && !error && <p role="status">Wird geladen …</p>}
      {data && (
        <TableScroll label="Verarbeitungstätigkeiten">
          <table>
            <caption className="visually-hidden">Verarbeitungstätigkeiten</caption>
            <thead>
              <tr>
                <th scope="col">Tätigkeit</th>
                <th scope="col">Zweck und Rechtsgrundlage</th>
                <th scope="col">Betroffene und Datenarten</th>
                <th scope="col">Empfänger</th>
                <th scope="col">Speicherdauer</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <tr key={`${a.module}-${a.name}`}>
                  <th scope="row" className="cell-wrap">
                    {a.name}
                    <br />
                    <span className="muted">{moduleLabel(a.module)}</span>
                  </th>
                  <td className="cell-wrap">
                    {a.purpose}
                    <br />
                    <span className="muted">{a.legalBasis}</span>
                  </td>
                  <td className="cell-wrap">
                    {a.dataSubjects.join(', ')}
                    <br />
                    <span className="muted">{a.dataKinds.join(', ')}</span>
                  </td>
                  <td className="cell-wrap">{a.recipients.join(', ')}</td>
                  <td className="cell-wrap">
                    {a.retention.map((r) => (
                      <span key={r.kind}>
                        {r.label}: {daysText(r.days)}, dann {actionLabels[r.action as keyof typeof actionLabels] ?? r.action}
                        <br />
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
