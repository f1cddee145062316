import { registerPages } from '../../app/nav';
import { AgentsReportPage } from './agents-page';
import { CallsReportPage, IntervalReportPage } from './calls-report-page';
import { ChannelMixPage } from './channels-page';
import { AgreementCompliancePage } from './compliance-page';
import { DataBasisPage } from './data-basis-page';
import { HeatmapPage } from './heatmap-page';
import { PilotEvaluationPage } from './pilot-page';
import { TopServicesPage } from './services-page';
import { TrendPage } from './trend-page';

const roles = ['supervisor', 'admin'] as const;
registerPages(
  { path: '/berichte/anrufe', label: 'Anrufbericht', roles: [...roles], component: CallsReportPage },
  { path: '/berichte/intervalle', label: 'Intervallbericht', roles: [...roles], component: IntervalReportPage },
  { path: '/berichte/verlauf', label: 'Verlauf (Wochen, Monate)', roles: [...roles], component: TrendPage },
  { path: '/berichte/heatmap', label: 'Heatmap', roles: [...roles], component: HeatmapPage },
  { path: '/berichte/agenten', label: 'Agentenbericht', roles: [...roles], component: AgentsReportPage },
  { path: '/berichte/leistungen', label: 'Top-Leistungen', roles: [...roles], component: TopServicesPage },
  { path: '/berichte/kanaele', label: 'Kanalmix', roles: [...roles], component: ChannelMixPage },
  { path: '/berichte/pilot', label: 'Pilotbewertung', roles: [...roles], component: PilotEvaluationPage },
  { path: '/berichte/servicevereinbarung', label: 'Servicevereinbarung', roles: [...roles], component: AgreementCompliancePage },
  { path: '/berichte/datenbasis', label: 'Datenbasis', roles: [...roles], component: DataBasisPage },
);
