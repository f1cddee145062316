/**
 * Public entry of the assistant module (issue 15, in progress): the only file other modules, app.ts, demo
 * data and CLI import (rules in .dependency-cruiser.cjs, decision record 0063). So far it offers the two
 * rules the assistant API will stand on: the intent of a message before any search (emergency, a person,
 * out of scope) and the no-invented-facts check of a reply against its cited official texts.
 */
export { classifyIntent, type Intent } from './intent.js';
export { checkGrounded, extractFacts, type GroundingResult } from './grounding.js';
// Postal codes of the Region Hannover (OSM, ODbL): a code shared by two municipalities asks which one.
export { municipalitiesForPostalCode } from './postal-codes.data.js';
