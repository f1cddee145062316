// Citizen entry of the legal pages (imprint, privacy notice, accessibility statement), without the staff app.
export { AccessibilityStatementPage } from './accessibility-page';
export { ImprintPage } from './imprint-page';
export { PrivacyNoticePage } from './privacy-notice-page';
