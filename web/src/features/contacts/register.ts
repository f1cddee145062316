import { registerPages, registerPublicPages, registerStartSections } from '../../app/nav';
import './contacts.css';
import { DesktopPage } from './desktop-page';
import { PublicChatPage, PublicContactPage } from './public-pages';
import { QueueLogImportPage } from './queue-log-import-page';
import { ContactsStartSection } from './start-section';
import { QueuePage, UndocumentedPage } from './supervisor-pages';
import { WallboardPage, WallScreenPage } from './wallboard-page';

registerPages(
  { path: '/arbeitsplatz', label: 'Mein Arbeitsplatz', roles: ['agent', 'supervisor'], component: DesktopPage },
  { path: '/wallboard', label: 'Wallboard', roles: ['agent', 'supervisor'], component: WallboardPage },
  { path: '/teamleitung/undokumentiert', label: 'Nicht dokumentiert', roles: ['supervisor'], component: UndocumentedPage },
  { path: '/teamleitung/warteschlange', label: 'Warteschlange', roles: ['supervisor'], component: QueuePage },
  { path: '/telefonie/import', label: 'Anrufdaten einlesen', roles: ['supervisor', 'admin'], component: QueueLogImportPage },
);

registerPublicPages(
  { path: '/kontakt', component: PublicContactPage },
  { path: '/chat', component: PublicChatPage },
  // The wall screen has no navigation; it needs a signed-in session (the wall PC's supervisor account).
  { path: '/wandanzeige', component: WallScreenPage },
);

registerStartSections({ id: 'contacts-desktop', roles: ['agent', 'supervisor'], component: ContactsStartSection, order: 10 });
