import type { ApiResponse } from '../../app/api-types';
import { CitizenFrame } from '../../app/citizen-frame';
import { useApi } from '../../app/use-api';

type Operator = ApiResponse<'/api/v1/public/operator'>;

/**
 * Imprint (§ 5 DDG, § 18 MStV) of the DialogCenter's citizen pages. The operator (by default the host city,
 * which runs the center) comes from the server's settings (OPERATOR_*), so another operator names itself.
 */
export function ImprintPage() {
  const { data: operator, error } = useApi<Operator>('/api/v1/public/operator');
  return (
    <CitizenFrame title="Impressum">
      <div className="legal-page">
        <h2>Herausgeberin</h2>
        {error && <p role="alert">Die Angaben zum Betreiber konnten nicht geladen werden: {error}</p>}
        {operator && (
          <>
            <address>
              {operator.name}
              <br />
              {operator.representedBy}
              <br />
              {operator.street}
              <br />
              {operator.postalCode} {operator.city}
            </address>
            <p>
              Telefon: {operator.phone === '115' ? 'Behördennummer 115 (Montag bis Freitag 8 bis 18 Uhr)' : operator.phone}
              {operator.email && (
                <>
                  <br />
                  E-Mail: <a href={`mailto:${operator.email}`}>{operator.email}</a>
                </>
              )}
            </p>
            <p>
              {operator.name}: {operator.legalForm}.
            </p>
          </>
        )}
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
