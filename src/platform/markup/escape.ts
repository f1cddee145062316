/**
 * Text for XML or HTML, in element content and in double-quoted attribute values: the four characters
 * that could end or open markup become entities. Used by the XRechnung writer and the portal's page HTML.
 */
export const escapeMarkup = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
