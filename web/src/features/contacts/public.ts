// Citizen entry of the contacts feature: contact form and web chat, without the staff app.
import './contacts.css';
export { PublicChatPage, PublicContactPage } from './public-pages';
