// Citizen entry of the contacts feature: the web chat (the contact form is in the citizen portal), without the staff app.
import './contacts.css';
export { PublicChatPage } from './public-pages';
