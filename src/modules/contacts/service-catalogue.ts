import { sql } from 'drizzle-orm';
import { requireRole } from '../../platform/auth/actor.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { queryRows } from '../../platform/db/database.js';
import { searchKnowledge } from '../knowledge/search.service.js';

/**
 * The services an agent can code a contact against: the knowledge base's search
 * (German stemming, typos, synonyms; the caller's municipality ranks local
 * answers), or with an empty query the services this center documents most.
 */
export async function searchServices(ctx: UseCaseContext, q: string, municipality?: string) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  if (q.trim() !== '') {
    const result = await searchKnowledge(ctx, { q, municipality, limit: 10 });
    return { searchId: result.searchId, items: result.items.map((i) => ({ leikaKey: i.leikaKey, title: i.title, answerText: i.answerText })) };
  }
  const items = await inActorScope(ctx, (tx) =>
    queryRows<{ leikaKey: string; title: string; answerText: null }>(
      tx,
      sql`select leika_key as "leikaKey", max(service_title) as title, null as "answerText" from contacts
          where leika_key is not null and service_title is not null and started_at > now() - interval '30 days'
          group by leika_key order by count(*) desc limit 10`,
    ),
  );
  return { searchId: null, items };
}
