import { CitizenFrame } from '../../app/citizen-frame';

/** When this statement was last checked against the pages (BITV 2.0 asks for the date). */
const REVIEWED = '1. Dezember 2026';

/**
 * Accessibility statement (Erklärung zur Barrierefreiheit, BITV 2.0 § 7, NBGG) with the feedback route.
 * States honestly what is not yet accessible.
 */
export function AccessibilityStatementPage() {
  return (
    <CitizenFrame title="Erklärung zur Barrierefreiheit">
      <div className="legal-page">
        <p>
          Die Landeshauptstadt Hannover ist bemüht, die Bürgerseiten des DialogCenters im Einklang mit dem Niedersächsischen
          Behindertengleichstellungsgesetz (NBGG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu
          machen. Diese Erklärung gilt für die Seiten unter „/buerger“, das Kontaktformular, den Chat und die Statusabfrage.
        </p>
        <h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
        <p>
          Die Seiten sind <strong>teilweise</strong> mit den Anforderungen vereinbar (WCAG 2.1, Stufe AA). Jede Seite wird bei jeder
          Änderung automatisch mit axe-core bei 1366 und 390 Pixel Breite geprüft und mit der Tastatur allein bedient.
        </p>
        <h2>Nicht barrierefreie Inhalte</h2>
        <ul>
          <li>Erläuterungen in Leichter Sprache und in Deutscher Gebärdensprache fehlen noch.</li>
          <li>Die Seiten sind nur zum Teil auf Englisch verfügbar; rechtliche Hinweise gibt es nur auf Deutsch.</li>
          <li>Eine Prüfung durch eine unabhängige Prüfstelle (BITV-Test) steht noch aus; bewertet wurde bisher selbst.</li>
        </ul>
        <h2>Erstellung dieser Erklärung</h2>
        <p>Diese Erklärung wurde am {REVIEWED} erstellt und beruht auf einer Selbstbewertung.</p>
        <h2>Barrieren melden: Feedback und Kontakt</h2>
        <p>
          Sind Ihnen Mängel aufgefallen, oder brauchen Sie einen Inhalt in einer anderen Form? Schreiben Sie uns über das{' '}
          <a href="/de/kontakt">Kontaktformular</a> (Anliegen: „Barriere melden“) oder rufen Sie die Behördennummer 115 an (Montag bis
          Freitag 8 bis 18 Uhr). Wir antworten innerhalb von 24 Arbeitsstunden; den Stand sehen Sie mit Ihrer Vorgangsnummer auf der{' '}
          <a href="/de/status">Statusseite</a>.
        </p>
        <h2>Durchsetzungsverfahren</h2>
        <p>
          Bleibt Ihre Rückmeldung ohne zufriedenstellende Antwort, können Sie sich an die Landesbeauftragte für Menschen mit Behinderungen
          in Niedersachsen wenden, die das Durchsetzungsverfahren nach dem NBGG führt.
        </p>
      </div>
    </CitizenFrame>
  );
}
