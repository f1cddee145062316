import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { useCaseContext } from '../../http/request-context.js';
import { issueApiToken, listApiTokens, MAX_TOKEN_DAYS, revokeApiToken } from './api-token.service.js';
import { apiTokenScopeCatalogue, apiTokenScopes } from './scopes.js';

export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scopes: z.array(z.enum(apiTokenScopes)),
  tenantId: z.uuid().nullable(),
  tokenPrefix: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.uuid().nullable(),
  createdAt: z.date(),
  createdBy: z.string(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  revokedBy: z.string().nullable(),
  lastUsedAt: z.date().nullable(),
  state: z.enum(['active', 'expired', 'revoked']),
});

const createSchema = z.object({
  name: z.string().trim().min(3, 'Mindestens 3 Zeichen.').max(100, 'Höchstens 100 Zeichen.'),
  scopes: z.array(z.enum(apiTokenScopes)).min(1, 'Mindestens eine Berechtigung.'),
  expiresInDays: z.number().int().min(1, 'Mindestens 1 Tag.').max(MAX_TOKEN_DAYS, `Höchstens ${MAX_TOKEN_DAYS} Tage.`).default(365),
  tenantId: z.uuid({ message: 'Keine gültige Kennung.' }).nullable().optional(),
});

const scopeListSchema = z.array(z.object({ scope: z.enum(apiTokenScopes), label: z.string(), issuedHere: z.boolean() }));

export interface ApiTokenRoutesOptions {
  /** Whether a tenant exists (handed in by app.ts: the platform knows no module). */
  tenantExists: (id: string) => Promise<boolean>;
}

/** Admins manage API tokens: list (never the token), issue (shown once), revoke. */
export async function apiTokenRoutes(app: FastifyInstance, options: ApiTokenRoutesOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Betrieb'];

  r.get('/api/v1/api-tokens', {
    schema: {
      tags,
      summary: 'API-Tokens (ohne die Tokens selbst) und die möglichen Berechtigungen',
      response: { 200: z.object({ items: z.array(apiTokenSchema), scopes: scopeListSchema }) },
    },
    handler: async (request) => ({
      items: await listApiTokens(useCaseContext(request, 'admin')),
      scopes: apiTokenScopes.map((scope) => ({
        scope,
        label: apiTokenScopeCatalogue[scope].label,
        issuedHere: apiTokenScopeCatalogue[scope].subjectType === null,
      })),
    }),
  });

  r.post('/api/v1/api-tokens', {
    schema: {
      tags,
      summary: 'API-Token ausstellen (das Token wird nur in dieser Antwort gezeigt)',
      body: createSchema,
      response: { 201: z.object({ token: z.string(), item: apiTokenSchema }) },
    },
    handler: async (request, reply) => {
      const { token, view } = await issueApiToken(useCaseContext(request, 'admin'), request.body, options.tenantExists);
      return reply.status(201).send({ token, item: view });
    },
  });

  r.delete('/api/v1/api-tokens/:id', {
    schema: {
      tags,
      summary: 'API-Token widerrufen (sofort wirksam; bleibt in der Liste)',
      params: z.object({ id: z.uuid({ message: 'Keine gültige Kennung.' }) }),
      response: { 200: apiTokenSchema },
    },
    handler: async (request) => revokeApiToken(useCaseContext(request, 'admin'), request.params.id),
  });
}
