/**
 * Data protection (issue 16, decision 0137): retention per kind of data with the daily job,
 * citizens' requests (Art. 15/17/18 GDPR) across every module's personal-data provider, and the
 * records of processing activities (Art. 30). Other modules import only this file.
 */
export { privacyRoutes } from './privacy.routes.js';
export { privacyNoticeRoutes } from './privacy-notice.js';
export { runRetention, providers as personalDataProviders } from './privacy.service.js';
