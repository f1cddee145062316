import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { $api, failureOf } from '../../app/api-client';
import { usePageTitle } from '../../app/page-title';
import { formatDate, lifecycleLabels, type TenantDetail } from './admin-labels';
import { AgreementPartsForm } from './onboarding-agreement-form';
import { DocumentsSection } from './onboarding-documents';
import { GoLiveSection } from './onboarding-go-live';
import { checkFixLink, checkLabels, type OnboardingDetail, type Readiness } from './onboarding-labels';
import { StepsSection } from './onboarding-steps';
import { TrainedAgentsSection } from './onboarding-trained-agents';

/**
 * Onboarding of one municipality (issue 18, decision 0170): the parts of the purpose agreement with
 * their steps (owner, status, dates) and documents, the readiness checks computed from the data (each
 * with the page that fixes it), the scheduled go-live or leaving and the lifecycle change with the
 * refused checks and the documented override.
 */
export function OnboardingPage() {
  const { tenantId = '' } = useParams<{ tenantId: string }>();
  const queryClient = useQueryClient();
  const path = { params: { path: { tenantId } } };
  const tenantQuery = $api.useQuery('get', '/api/v1/tenants/{tenantId}', path, { enabled: !!tenantId });
  const onboardingQuery = $api.useQuery('get', '/api/v1/tenants/{tenantId}/onboarding', path, { enabled: !!tenantId });
  const readinessQuery = $api.useQuery('get', '/api/v1/tenants/{tenantId}/readiness', path, { enabled: !!tenantId });
  const detail: TenantDetail | null = tenantQuery.data ?? null;
  const onboarding: OnboardingDetail | null = onboardingQuery.data ?? null;
  const readiness: Readiness | null = readinessQuery.data ?? null;
  const error = failureOf(tenantQuery) ?? failureOf(onboardingQuery);
  // Bumped by "Neu laden" after a conflict: the forms start again from the server's state.
  const [generation, setGeneration] = useState(0);
  const { refetch: refetchTenant } = tenantQuery;
  const { refetch: refetchOnboarding } = onboardingQuery;
  const { refetch: refetchReadiness } = readinessQuery;
  const reload = useCallback(async () => {
    await Promise.all([refetchTenant(), refetchOnboarding(), refetchReadiness()]);
  }, [refetchTenant, refetchOnboarding, refetchReadiness]);
  const reloadForms = useCallback(async () => {
    await reload();
    setGeneration((g) => g + 1);
  }, [reload]);
  const setOnboarding = (change: (d: OnboardingDetail) => OnboardingDetail) =>
    queryClient.setQueryData<OnboardingDetail>(
      $api.queryOptions('get', '/api/v1/tenants/{tenantId}/onboarding', path).queryKey,
      (d) => d && change(d),
    );

  usePageTitle(detail ? `Onboarding ${detail.tenant.officialName}` : null);

  if (error && (!detail || !onboarding))
    return (
      <>
        <h1>Onboarding</h1>
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      </>
    );
  if (!detail || !onboarding) return <p role="status">Wird geladen …</p>;
  const { tenant } = detail;
  const failing = readiness?.checks.filter((c) => c.mandatory && !c.ok) ?? [];

  return (
    <>
      <p>
        <Link to={`/verwaltung/mandanten/${tenant.id}`}>← {tenant.officialName}: Stammdaten und Vereinbarung</Link>
      </p>
      <h1>Onboarding {tenant.officialName}</h1>
      <p>
        {lifecycleLabels[tenant.lifecycle]}
        {tenant.pilotStart && `, Pilot seit ${formatDate(tenant.pilotStart)}`}
        {tenant.liveStart && `, Regelbetrieb seit ${formatDate(tenant.liveStart)}`}
        {tenant.endedOn && `, beendet am ${formatDate(tenant.endedOn)}`}
        {onboarding.onboarding.goLiveOn &&
          onboarding.onboarding.goLiveLifecycle &&
          ` · Start (${lifecycleLabels[onboarding.onboarding.goLiveLifecycle]}) geplant am ${formatDate(onboarding.onboarding.goLiveOn)}`}
        {onboarding.onboarding.leavingOn && ` · Austritt geplant am ${formatDate(onboarding.onboarding.leavingOn)}`}
      </p>
      <nav aria-label="Abschnitte dieser Seite">
        <ul className="row-actions" style={{ listStyle: 'none', padding: 0 }}>
          <li>
            <a href="#readiness-heading">Betriebsbereitschaft</a>
          </li>
          <li>
            <a href="#steps-heading">Schritte</a>
          </li>
          <li>
            <a href="#agreement-parts-heading">Vereinbarung</a>
          </li>
          <li>
            <a href="#documents-heading">Dokumente ({onboarding.documents.length})</a>
          </li>
          <li>
            <a href="#trained-heading">Schulungen</a>
          </li>
          <li>
            <a href="#go-live-heading">Start und Austritt</a>
          </li>
        </ul>
      </nav>

      <section className="admin-section" aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">Betriebsbereitschaft</h2>
        {failureOf(readinessQuery) && (
          <div role="alert" className="alert alert-error">
            {failureOf(readinessQuery)}
          </div>
        )}
        {!readiness && !failureOf(readinessQuery) && <p role="status">Prüfungen werden berechnet …</p>}
        {readiness && (
          <>
            <p data-testid="readiness-summary">
              {readiness.ready ? (
                <span className="status-ok">Bereit: alle Pflichtprüfungen sind erfüllt.</span>
              ) : (
                <span className="status-warn">
                  Noch nicht bereit: {failing.length === 1 ? '1 Pflichtprüfung ist' : `${failing.length} Pflichtprüfungen sind`} nicht
                  erfüllt.
                </span>
              )}
            </p>
            <ul className="readiness-list">
              {readiness.checks.map((c) => {
                const fix = checkFixLink(c.key, tenant.id);
                return (
                  <li key={c.key} className={c.ok ? 'readiness-ok' : c.mandatory ? 'readiness-fail' : 'readiness-hint'} data-check={c.key}>
                    <span className="readiness-mark" aria-hidden="true">
                      {c.ok ? '✓' : c.mandatory ? '✗' : '!'}
                    </span>
                    <div>
                      <strong>{checkLabels[c.key] ?? c.key}</strong>{' '}
                      <span className="muted">
                        ({c.mandatory ? 'Pflicht' : 'empfohlen'}, {c.ok ? 'erfüllt' : 'nicht erfüllt'})
                      </span>
                      <br />
                      {c.detail}
                      {!c.ok && <> {fix.to.startsWith('#') ? <a href={fix.to}>{fix.label}</a> : <Link to={fix.to}>{fix.label}</Link>}</>}
                    </div>
                  </li>
                );
              })}
            </ul>
            <p>
              <button type="button" className="secondary" onClick={() => void refetchReadiness()}>
                Prüfungen neu berechnen
              </button>
            </p>
          </>
        )}
      </section>

      <StepsSection
        key={`s${generation}`}
        tenantId={tenant.id}
        steps={onboarding.steps}
        documents={onboarding.documents}
        onSaved={(step) => setOnboarding((d) => ({ ...d, steps: d.steps.map((s) => (s.stepKey === step.stepKey ? step : s)) }))}
        onReload={() => void reloadForms()}
      />
      <AgreementPartsForm
        key={`a${generation}`}
        tenantId={tenant.id}
        onboarding={onboarding.onboarding}
        onSaved={(o) => {
          setOnboarding((d) => ({ ...d, onboarding: o }));
          void refetchReadiness();
        }}
        onReload={() => void reloadForms()}
      />
      <DocumentsSection tenantId={tenant.id} documents={onboarding.documents} onChanged={reload} />
      <TrainedAgentsSection tenantId={tenant.id} onChanged={() => void refetchReadiness()} />
      <GoLiveSection
        key={`g${generation}`}
        tenant={tenant}
        onboarding={onboarding.onboarding}
        readiness={readiness}
        onChanged={reload}
        onReload={() => void reloadForms()}
      />
    </>
  );
}
