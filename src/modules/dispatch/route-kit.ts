import type { FastifyRequest } from 'fastify';
import type { Role } from '../../platform/auth/roles.js';
import type { UseCaseContext } from '../../platform/context.js';

/** What the dispatch route files share: the OpenAPI tag, the path prefix, the context maker. */
export const tags = ['Leitstelle'];
export const base = '/api/v1/dispatch';
/** The use-case context of a request with the desk's clock. */
export type ContextOf = (request: FastifyRequest, ...roles: Role[]) => UseCaseContext;
