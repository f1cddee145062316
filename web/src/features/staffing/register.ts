import { registerPages } from '../../app/nav';
import { CalculatorPage } from './calculator-page';
import { MissedPage } from './missed-page';
import { PlanPage } from './plan-page';
import { WhatIfPage } from './what-if-page';

registerPages(
  { path: '/personalbedarf/rechner', label: 'Erlang-Rechner', roles: ['supervisor', 'admin'], component: CalculatorPage },
  { path: '/personalbedarf/plan', label: 'Personalbedarfsplan', roles: ['supervisor', 'admin'], component: PlanPage },
  { path: '/personalbedarf/rueckblick', label: 'Verfehlte halbe Stunden', roles: ['supervisor', 'admin'], component: MissedPage },
  { path: '/personalbedarf/was-waere-wenn', label: 'Was wäre, wenn', roles: ['supervisor', 'admin'], component: WhatIfPage },
);
