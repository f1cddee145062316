/**
 * Public entry of the routing module (the one routed queue): the only file other modules, app.ts, demo
 * data and CLI import (rules in .dependency-cruiser.cjs, decision record 0063).
 * The `…InTx` functions take part in the CALLER's transaction (a contact documented and its work item
 * completed together; a call-back handed over with its ticket).
 */
export { routingRoutes } from './routing.routes.js';
export {
  completeWorkItemInTx,
  enqueueWorkItem,
  enqueueWorkItemInTx,
  findAgentStateInTx,
  findWorkItemInTx,
  getOwnAgentState,
  listAgentStatesInTx,
  listTrainedAgents,
  listTrainedAgentsInTx,
  setTrainedAgents,
  listMyWorkItems,
  readAgentPresenceInTx,
  lookUpWorkItemByReference,
  lockAgentStateInTx,
  setAgentStateInTx,
  setOwnAgentState,
  startChat,
  requestCallback,
  submitContactForm,
  waitingPerTenantInTx,
  stateSecondsPerAgentInTx,
  workItemsReceivedPerChannelInTx,
  type AgentPresence,
  type AgentStateRecord,
  type WorkItem,
} from './routing.service.js';
export type { AgentState } from './routing.schema.js';
// The e-mail channel: other modules may claim inbound mail before it becomes a work item.
export { receiveInboundMail, registerInboundMailClaim, type InboundMail, type InboundMailClaim } from './inbound-mail.js';
export { agentStateSchema, workItemSchema } from './routing.contract.js';
export { routingPersonalData } from './routing.privacy.js';
