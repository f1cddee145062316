import { registerPages } from '../../app/nav';
import { CalculatorPage } from './calculator-page';
import { PlanPage } from './plan-page';
import { WhatIfPage } from './what-if-page';

registerPages(
  { path: '/personalbedarf/rechner', label: 'Erlang-Rechner', roles: ['supervisor', 'admin'], component: CalculatorPage },
  { path: '/personalbedarf/plan', label: 'Personalbedarfsplan', roles: ['supervisor', 'admin'], component: PlanPage },
  { path: '/personalbedarf/was-waere-wenn', label: 'Was wäre, wenn', roles: ['supervisor', 'admin'], component: WhatIfPage },
);
