// Citizen entry of the second level: the secure answer links (the status look-up is in the citizen portal), without the staff app.
export { AccessLinkPage } from './access-link-page';
