// Citizen entry of the appointments feature: loaded without the staff app (see web/src/citizen-routes.tsx).
import './appointments.css';
export { ManageAppointmentPage } from './manage-page';
export { WaitlistOfferPage } from './offer-page';
export { PublicBookingPage } from './public-booking-page';
