import { sql } from 'drizzle-orm';
import { requireRole } from '../../platform/auth/actor.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { queryRows } from '../../platform/db/database.js';

/**
 * The services an agent can code a contact against. The knowledge module owns the
 * catalogue; until it exports its lookup this falls back to the services already
 * used in documented contacts, so the form still offers something useful.
 */
export async function searchServices(ctx: UseCaseContext, q: string) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return inActorScope(ctx, (tx) =>
    queryRows<{ leikaKey: string; title: string }>(
      tx,
      sql`select leika_key as "leikaKey", max(service_title) as title from contacts
          where leika_key is not null and service_title is not null
            and (${q} = '' or service_title ilike ${pattern} or leika_key like ${pattern})
          group by leika_key order by count(*) desc limit 15`,
    ),
  );
}
