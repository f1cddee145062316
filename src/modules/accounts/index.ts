/**
 * Public entry of the accounts module: the only file other modules, app.ts, demo data and CLI import
 * (rules in .dependency-cruiser.cjs, decision record 0063). Users, roles, tenant binding, sessions.
 */
export { accountsRoutes } from './accounts.routes.js';
export { createUser, getUser, listUsers, resolveSession, SESSION_COOKIE } from './accounts.service.js';
