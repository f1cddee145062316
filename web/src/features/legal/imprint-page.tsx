import { CitizenFrame } from '../../app/citizen-frame';

/** Imprint (§ 5 DDG, § 18 MStV) of the DialogCenter's citizen pages: the host city operates the center. */
export function ImprintPage() {
  return (
    <CitizenFrame title="Impressum">
      <div className="legal-page">
        <h2>Herausgeberin</h2>
        <address>
          Landeshauptstadt Hannover
          <br />
          Der Oberbürgermeister
          <br />
          Trammplatz 2
          <br />
          30159 Hannover
        </address>
        <p>Telefon: Behördennummer 115 (Montag bis Freitag 8 bis 18 Uhr)</p>
        <p>Die Landeshauptstadt Hannover ist eine Körperschaft des öffentlichen Rechts. Sie wird durch den Oberbürgermeister vertreten.</p>
        <h2>Das DialogCenter</h2>
        <p>
          Das DialogCenter beantwortet Fragen zu Verwaltungsleistungen für die Landeshauptstadt Hannover, die Region Hannover und die
          teilnehmenden Städte und Gemeinden der Region. Die Landeshauptstadt Hannover betreibt es für die beteiligten Verwaltungen auf
          Grundlage einer Zweckvereinbarung.
        </p>
        <h2>Verantwortung für die Inhalte</h2>
        <p>
          Für die allgemeinen Leistungsbeschreibungen ist die Landeshauptstadt Hannover verantwortlich. Für die örtlichen Angaben einer
          Leistung (zuständige Stelle, Anschrift, Öffnungszeiten, Gebühren) ist die jeweils genannte Stadt oder Gemeinde oder die Region
          Hannover verantwortlich.
        </p>
        <h2>Links auf andere Angebote</h2>
        <p>
          Verweise auf Online-Dienste anderer Stellen führen zu deren Angeboten; für deren Inhalte ist die jeweilige Stelle verantwortlich.
        </p>
        <p>
          <a href="/buerger/datenschutz">Datenschutzhinweise</a> · <a href="/buerger/barrierefreiheit">Erklärung zur Barrierefreiheit</a>
        </p>
      </div>
    </CitizenFrame>
  );
}
