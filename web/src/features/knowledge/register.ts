import './knowledge.css';
import { registerPages, registerStartSections } from '../../app/nav';
import { KnowledgeEditorPage } from './editor-page';
import { FreshnessPage, GapsPage, ReviewReminderSection } from './freshness-pages';
import { KnowledgeSearchPage } from './search-page';

registerPages(
  {
    path: '/wissen',
    label: 'Wissensdatenbank',
    roles: ['agent', 'supervisor', 'editor', 'backoffice', 'dispatcher', 'admin'],
    component: KnowledgeSearchPage,
  },
  { path: '/wissen/redaktion', label: 'Redaktion', roles: ['editor'], component: KnowledgeEditorPage },
  { path: '/wissen/aktualitaet', label: 'Aktualität', roles: ['editor', 'supervisor', 'admin'], component: FreshnessPage },
  { path: '/wissen/luecken', label: 'Wissenslücken', roles: ['editor', 'supervisor', 'admin'], component: GapsPage },
);

registerStartSections({ id: 'knowledge-reminders', roles: ['editor'], component: ReviewReminderSection, order: 10 });
