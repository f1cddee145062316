import { CitizenFrame } from '../../app/citizen-frame';
import { plural } from '../../app/plural';
import { useApi } from '../../app/use-api';

interface RetentionNotice {
  items: { kind: string; label: string; action: 'delete' | 'anonymise'; basis: string; days: number }[];
}

/** "30 Tage", "1 Jahr" … as the administration set it. */
function period(days: number): string {
  if (days % 365 === 0) return plural(days / 365, { one: 'Jahr', other: 'Jahre' });
  return plural(days, { one: 'Tag', other: 'Tage' });
}

/**
 * Privacy notice (Art. 13 GDPR) of the citizen pages: what the center stores per channel, how long (the
 * retention the administration set, read live so the notice says what the daily retention job does), and
 * the citizen's rights with the supervisory authority.
 */
export function PrivacyNoticePage() {
  const retention = useApi<RetentionNotice>('/api/v1/public/privacy/retention');
  return (
    <CitizenFrame title="Datenschutzhinweise">
      <div className="legal-page">
        <h2>Verantwortlich</h2>
        <p>
          Verantwortlich für die Verarbeitung im DialogCenter ist die Landeshauptstadt Hannover, Der Oberbürgermeister, Trammplatz 2, 30159
          Hannover (siehe <a href="/buerger/impressum">Impressum</a>). Leiten wir Ihr Anliegen an Ihre Stadt, Gemeinde oder die Region
          Hannover weiter, ist diese für die weitere Bearbeitung verantwortlich. Die Datenschutzbeauftragte der Landeshauptstadt Hannover
          erreichen Sie unter derselben Anschrift mit dem Zusatz „Datenschutzbeauftragte“.
        </p>
        <h2>Was wir speichern und wozu</h2>
        <ul>
          <li>
            <strong>Anrufe:</strong> Ihre Rufnummer (sofern übermittelt), Zeitpunkt und Dauer des Gesprächs, die Leistung, um die es ging,
            und eine kurze Notiz der Mitarbeiterin oder des Mitarbeiters. Gespräche werden nicht aufgezeichnet.
          </li>
          <li>
            <strong>Kontaktformular und weitergeleitete Anliegen:</strong> Name, E-Mail-Adresse oder Telefonnummer, Ihre Nachricht und die
            Antwort der zuständigen Stelle.
          </li>
          <li>
            <strong>Termine:</strong> Name, Kontaktangaben, die gebuchte Leistung und der Termin.
          </li>
          <li>
            <strong>Assistent und Chat:</strong> nur was Sie eingeben und die Antworten, ohne IP-Adresse.
          </li>
          <li>
            <strong>Meldungen an den Städtischen Ordnungsdienst:</strong> Ort, Beschreibung und, wenn Sie möchten, eine Rückrufnummer.
          </li>
        </ul>
        <p>
          Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit dem Niedersächsischen Datenschutzgesetz: die Erfüllung der
          Aufgaben der Verwaltung, für die Sie sich an uns wenden. Die Bürgerseiten setzen keine Cookies zur Analyse und laden nichts von
          anderen Anbietern nach.
        </p>
        <h2>Wie lange wir speichern</h2>
        {retention.loading && !retention.data && <p role="status">Speicherfristen werden geladen …</p>}
        {retention.error && <p role="alert">Die Speicherfristen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.</p>}
        {retention.data && (
          <table>
            <caption className="visually-hidden">Speicherfristen je Art der Daten</caption>
            <thead>
              <tr>
                <th scope="col">Daten</th>
                <th scope="col">Frist</th>
                <th scope="col">Danach</th>
              </tr>
            </thead>
            <tbody>
              {retention.data.items.map((item) => (
                <tr key={item.kind}>
                  <td>{item.label}</td>
                  <td>{period(item.days)}</td>
                  <td>{item.action === 'delete' ? 'gelöscht' : 'anonymisiert (nur noch für Statistik)'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>Die Frist beginnt mit dem Abschluss des Vorgangs. Gelöscht wird täglich und automatisch.</p>
        <h2>Ihre Rechte</h2>
        <p>
          Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art.
          18) und Widerspruch (Art. 21). Wenden Sie sich dazu an die Datenschutzbeauftragte oder über das{' '}
          <a href="/de/kontakt">Kontaktformular</a> an uns.
        </p>
        <p>
          Sie können sich außerdem bei der Aufsichtsbehörde beschweren: Die Landesbeauftragte für den Datenschutz Niedersachsen,
          Prinzenstraße 5, 30159 Hannover.
        </p>
      </div>
    </CitizenFrame>
  );
}
