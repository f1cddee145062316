import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { useCaseContext } from '../../platform/http/request-context.js';
import { erlangRequestSchema, erlangResponseSchema } from './staffing.contract.js';
import { calculateErlang } from './staffing.service.js';

const tags = ['Personalbedarf'];

/** Staffing: Erlang calculator, forecast, plan and what-if (supervisors and administrators). */
export async function staffingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/staffing/erlang', {
    schema: {
      tags,
      summary: 'Erlang C oder Erlang A: Kennzahlen für eine Agentenzahl oder die kleinste Agentenzahl für ein Ziel',
      body: erlangRequestSchema,
      response: { 200: erlangResponseSchema },
    },
    handler: async (request) => calculateErlang(useCaseContext(request, 'supervisor', 'admin'), request.body),
  });
}
