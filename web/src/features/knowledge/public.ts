// Citizen entry of the knowledge feature: services A to Z, without the staff app.
import './knowledge.css';
export { PublicServicesPage } from './public-services-page';
