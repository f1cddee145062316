import type { ApiItem, ApiResponse } from '../../app/api-types';

/** Shapes of the knowledge API, from the generated OpenAPI types (decision record 0066), and German labels. */
export type SearchResult = ApiResponse<'/api/v1/knowledge/search'>;
export type PublicSearchResult = ApiResponse<'/api/public/v1/knowledge/search'>;
export type SearchItem = SearchResult['items'][number];
export type Segment = SearchItem['highlights']['title'][number];
export type TenantRef = NonNullable<SearchItem['tenant']>;
export type ResponsibleUnit = NonNullable<SearchItem['responsibleUnit']>;
export type ServiceDetail = ApiResponse<'/api/v1/knowledge/services/{leikaKey}'>;
export type Service = ServiceDetail['service'];
export type Draft = ApiItem<'/api/v1/knowledge/drafts'>;

export const draftStatusLabels: Record<Draft['status'], string> = {
  draft: 'Entwurf',
  in_review: 'in Prüfung',
  published: 'veröffentlicht',
  rejected: 'zurückgewiesen',
  withdrawn: 'zurückgezogen',
};

export const formatDate = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString('de-DE') : '–');
