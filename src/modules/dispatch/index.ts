/**
 * The dispatch desk (Leitstelle) of the municipal public order service: incidents,
 * patrol units with radio status, assignments, the live board, the offline
 * gazetteer and the reports. Other modules import only this file.
 */
export { dispatchRoutes } from './dispatch.routes.js';
export { seedDispatchDemo } from './dispatch.demo.js';
export { purgeCallbackNumbers } from './incidents.service.js';
export { importPlaces } from './gazetteer.service.js';
export { CALLBACK_RETENTION_DAYS } from './dispatch-rules.js';
export { dispatchPersonalData } from './dispatch.privacy.js';
