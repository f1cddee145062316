import { hasRole, type Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/http/app-error.js';
import type { KnowledgePart } from './knowledge.schema.js';

/**
 * Who may do what in the knowledge base. Central editors are editors bound to the
 * host tenant (Landeshauptstadt Hannover): they keep the shared texts and synonyms.
 * Every other editor keeps only the local parts of their own tenant.
 */
export const knowledgePolicy = {
  /** Everyone who answers or routes citizens' questions may search. */
  assertCanSearch(actor: Actor) {
    if (!hasRole(actor, 'agent', 'supervisor', 'editor', 'backoffice', 'dispatcher', 'admin')) throw new AppError('FORBIDDEN');
  },
  isCentralEditor(actor: Actor, hostTenantId: string) {
    return hasRole(actor, 'editor') && actor.tenantId === hostTenantId;
  },
  /** The tenant that owns drafts and versions of a part: the host for shared texts. */
  ownerTenantOf(actor: Actor, part: KnowledgePart, hostTenantId: string): string {
    if (!hasRole(actor, 'editor') || !actor.tenantId) {
      throw new AppError('FORBIDDEN', 'Nur die Redaktion darf Einträge der Wissensdatenbank bearbeiten.');
    }
    if (part === 'shared' && actor.tenantId !== hostTenantId) {
      throw new AppError(
        'FORBIDDEN',
        'Die gemeinsamen Texte ändert nur die Zentralredaktion; Sie können den örtlichen Teil Ihrer Kommune bearbeiten.',
      );
    }
    return part === 'shared' ? hostTenantId : actor.tenantId;
  },
  /** Drafts are worked on and reviewed by editors of the tenant that owns them. */
  assertDraftEditor(actor: Actor, draftTenantId: string) {
    if (!hasRole(actor, 'editor') || actor.tenantId !== draftTenantId) {
      throw new AppError('FORBIDDEN', 'Diesen Entwurf bearbeiten und prüfen nur Redakteurinnen und Redakteure derselben Verwaltung.');
    }
  },
  /** Written or submitted by the actor: under the four-eyes rule someone else publishes it. */
  isOwnDraft(actor: Actor, draft: { createdBy: string; submittedBy: string | null }) {
    return draft.createdBy === actor.username || draft.submittedBy === actor.username;
  },
  assertCanManageSynonyms(actor: Actor, hostTenantId: string) {
    if (!this.isCentralEditor(actor, hostTenantId)) {
      throw new AppError('FORBIDDEN', 'Synonyme und Umgangssprache pflegt die Zentralredaktion.');
    }
  },
  /** Freshness and gaps: editors for their tenant, the center's supervisors and administrators for all. */
  assertCanSeeFreshness(actor: Actor) {
    if (!hasRole(actor, 'editor', 'supervisor', 'admin')) throw new AppError('FORBIDDEN');
  },
  assertCanImport(actor: Actor, part: KnowledgePart, hostTenantId: string) {
    this.ownerTenantOf(actor, part, hostTenantId);
  },
};
