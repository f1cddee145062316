import type { Role } from '../roles.js';

/**
 * What an API token may do. Each route that machines call names the one scope it needs
 * (`requireApiToken('telephony:events')`, `acceptApiToken('reporting:read')`).
 *
 * `actsAs`: for routes that also serve staff sessions, the role a token's actor holds on
 * that one route (never elsewhere: the token is only looked at by routes that name its scope).
 * `subjectType`: the scope speaks for one thing (a telephone system); such tokens are issued
 * where that thing is managed, not through the general token endpoint.
 * `tenantBindable`: a token may be bound to one tenant (it then reads that tenant's data only);
 * the other scopes act center-wide and refuse a binding.
 */
export const apiTokenScopeCatalogue = {
  'telephony:events': { label: 'Telefonie: Anrufereignisse senden', subjectType: 'telephone_system', actsAs: [], tenantBindable: false },
  'itfaults:status': { label: 'IT-Störungen: Status melden', subjectType: null, actsAs: [], tenantBindable: false },
  'reporting:read': { label: 'Berichte lesen', subjectType: null, actsAs: ['supervisor'], tenantBindable: true },
  'billing:read': { label: 'Abrechnung lesen (Rechnungen)', subjectType: null, actsAs: ['billing'], tenantBindable: true },
  'metrics:read': { label: 'Betrieb: Metriken lesen (/metrics)', subjectType: null, actsAs: [], tenantBindable: false },
} as const satisfies Record<string, { label: string; subjectType: string | null; actsAs: readonly Role[]; tenantBindable: boolean }>;

export type ApiTokenScope = keyof typeof apiTokenScopeCatalogue;
export const apiTokenScopes = Object.keys(apiTokenScopeCatalogue) as [ApiTokenScope, ...ApiTokenScope[]];
