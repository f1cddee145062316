// Citizen entry of the assistant feature (issue 15): the assistant page, without the staff app.
import './assistant.css';
export { AssistantPage } from './assistant-page';
