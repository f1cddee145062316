/**
 * Public entry of the knowledge module (Wissensdatenbank): the only file other modules, app.ts, demo data
 * and CLI import (rules in .dependency-cruiser.cjs, decision record 0063).
 */
export { knowledgeRoutes } from './knowledge.routes.js';
export { knowledgePublicRoutes } from './public.routes.js';
export { findServiceByLeikaKey } from './catalogue.service.js';
export { englishToGerman } from './search/english-glossary.js';
export { noteDocumentedService, recordKnowledgeGapInTx, searchKnowledge, searchKnowledgePublic } from './search.service.js';
export { seedKnowledgeBase } from './knowledge.seed.js';
/** The demo catalogue (302 services), for other modules' demo data. */
export { demoServices } from './demo/demo-catalogue.js';
/** The knowledge base's state and monthly activity per tenant (reporting: data basis). */
export {
  catalogueServicesInTx,
  knowledgeBasisInTx,
  knowledgeTrendInTx,
  localPartCoverageInTx,
  type LocalPartCoverage,
  type KnowledgeBasis,
  type KnowledgeTrendRow,
} from './knowledge-basis.js';
// German text normalisation of the search (filler words, umlauts), reused by the IT fault desk's known-error search.
export { foldUmlauts, normalizeText, restoreUmlauts, tokenize } from './search/german-text.js';
export { knowledgePersonalData } from './knowledge.privacy.js';
// The subject areas (onboarding: which ones the center answers for a municipality).
export { categories as knowledgeCategories, categoryLabels as knowledgeCategoryLabels } from './knowledge.categories.js';
// Re-verifying a local part (onboarding's demo: the pilot tenants' editors catch up on due reviews).
export { verifyEntry } from './editing.service.js';
export { completeLocalPartsDueForReview as completeLocalPartsDueForReviewInTx } from './knowledge.repository.js';
