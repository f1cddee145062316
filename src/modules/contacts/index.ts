/**
 * Public entry of the contacts module (telephony, contact records, agent desktop, wallboard): the only
 * file other modules, app.ts, demo data and CLI import (rules in .dependency-cruiser.cjs, decision record 0063).
 */
export { contactsRoutes } from './contacts.routes.js';
export { DEMO_ACD_TOKEN, demoHotline, seedContactsDemo } from './contacts.demo.js';
