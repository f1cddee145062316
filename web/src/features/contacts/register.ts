import { registerPages, registerStartSections } from '../../app/nav';
import './contacts.css';
import { DesktopPage } from './desktop-page';
import { QueueLogImportPage } from './queue-log-import-page';
import { ContactsStartSection } from './start-section';
import { QueuePage, UndocumentedPage } from './supervisor-pages';
import { WallboardPage } from './wallboard-page';

registerPages(
  { path: '/arbeitsplatz', label: 'Mein Arbeitsplatz', roles: ['agent', 'supervisor'], component: DesktopPage },
  { path: '/wallboard', label: 'Wallboard', roles: ['agent', 'supervisor'], component: WallboardPage },
  { path: '/teamleitung/undokumentiert', label: 'Nicht dokumentiert', roles: ['supervisor'], component: UndocumentedPage },
  { path: '/teamleitung/warteschlange', label: 'Warteschlange', roles: ['supervisor'], component: QueuePage },
  { path: '/telefonie/import', label: 'Anrufdaten einlesen', roles: ['supervisor', 'admin'], component: QueueLogImportPage },
);

registerStartSections({ id: 'contacts-desktop', roles: ['agent', 'supervisor'], component: ContactsStartSection, order: 10 });
