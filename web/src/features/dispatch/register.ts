import { registerPages } from '../../app/nav';
import { BoardPage } from './board-page';
import './dispatch.css';
import { IntakePage } from './intake-page';
import { DispatchReportsPage } from './reports-page';
import { GazetteerImportPage } from './gazetteer-import-page';

registerPages(
  { path: '/leitstelle', label: 'Leitstelle', roles: ['dispatcher', 'supervisor'], component: BoardPage },
  { path: '/leitstelle/berichte', label: 'Leitstelle: Berichte', roles: ['dispatcher', 'supervisor'], component: DispatchReportsPage },
  {
    path: '/leitstelle/ortsverzeichnis',
    label: 'Ortsverzeichnis importieren',
    roles: ['supervisor', 'admin'],
    component: GazetteerImportPage,
  },
  { path: '/einsatz-melden', label: 'Ordnungsdienst-Einsatz melden', roles: ['agent', 'supervisor'], component: IntakePage },
);

// The patrol's phone page (/streife/:token) is no staff page: web/src/main.tsx loads it on its own.
