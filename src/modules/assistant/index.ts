/**
 * Public entry of the assistant module (issue 15): the only file other modules, app.ts, demo data and CLI
 * import (rules in .dependency-cruiser.cjs, decision record 0063). The citizen assistant's API (answers only
 * from official texts, asks for the town, hands over to a person with the transcript), its personal-data provider (transcripts as a retention kind),
 * and its base rules: the intent of a message before any search and the no-invented-facts check.
 */
export { assistantRoutes } from './assistant.routes.js';
export { assistantPersonalData } from './assistant.privacy.js';
export {
  assistantSettings,
  handleAssistantMessage,
  handOverConversation,
  type AssistantSettings,
} from './assistant.service.js';
export { classifyIntent, type Intent } from './intent.js';
export { checkGrounded, extractFacts, type GroundingResult } from './grounding.js';
// Postal codes of the Region Hannover (OSM, ODbL): a code shared by two municipalities asks which one.
export { municipalitiesForPostalCode } from '../tenancy/index.js';
