import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';

/** The center's operator for the imprint, from the validated configuration (OPERATOR_*), nothing else. */
export const operatorSchema = z.object({
  name: z.string(),
  representedBy: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  phone: z.string(),
  email: z.string().nullable(),
  legalForm: z.string(),
});
export type Operator = z.infer<typeof operatorSchema>;

export const operatorOf = (config: Config): Operator => ({
  name: config.OPERATOR_NAME,
  representedBy: config.OPERATOR_REPRESENTED_BY,
  street: config.OPERATOR_STREET,
  postalCode: config.OPERATOR_POSTAL_CODE,
  city: config.OPERATOR_CITY,
  phone: config.OPERATOR_PHONE,
  email: config.OPERATOR_EMAIL ?? null,
  legalForm: config.OPERATOR_LEGAL_FORM,
});

export async function operatorRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/public/operator',
    {
      schema: {
        tags: ['Mandanten'],
        summary: 'Betreiber des DialogCenters für das Impressum (öffentlich)',
        security: [],
        response: { 200: operatorSchema },
      },
    },
    async () => operatorOf(app.config),
  );
}
