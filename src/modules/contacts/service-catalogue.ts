import { requireRole } from '../../platform/auth/actor.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { searchKnowledge } from '../knowledge/index.js';
import { mostDocumentedServices } from './contacts.repository.js';

/**
 * The services an agent can code a contact against: the knowledge base's search
 * (German stemming, typos, synonyms; the caller's municipality ranks local
 * answers), or with an empty query the services this center documents most.
 */
export async function searchServices(ctx: UseCaseContext, q: string, municipality?: string) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  if (q.trim() !== '') {
    const result = await searchKnowledge(ctx, { q, municipality, limit: 10 });
    return {
      searchId: result.searchId,
      items: result.items.map((i) => ({ leikaKey: i.leikaKey, title: i.title, answerText: i.answerText })),
    };
  }
  const items = await inActorScope(ctx, (tx) => mostDocumentedServices(tx, 10, ctx.clock.now()));
  return { searchId: null, items };
}
