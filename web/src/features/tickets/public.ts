// Citizen entry of the second level: status look-up and the secure answer links, without the staff app.
export { AccessLinkPage } from './access-link-page';
export { PublicStatusPage } from './public-status-page';
