/**
 * The text an agent copies into a mail or reads out: the service in brief, what to
 * bring, what it costs, and where to go, for the caller's municipality.
 */
export interface AnswerInput {
  title: string;
  shortText: string;
  requiredDocuments: string | null;
  fees: string | null;
  onlineServiceUrl: string | null;
  unit: {
    unitName: string;
    street: string | null;
    postalCode: string | null;
    city: string | null;
    openingHours: string | null;
    phone: string | null;
    email: string | null;
    web: string | null;
    localFees: string | null;
    localNotes: string | null;
  } | null;
}

export function composeAnswerText(a: AnswerInput): string {
  const lines = [a.title, '', a.shortText];
  if (a.requiredDocuments) lines.push('', `Unterlagen: ${a.requiredDocuments}`);
  const fees = a.unit?.localFees ?? a.fees;
  if (fees) lines.push('', `Gebühren: ${fees}`);
  if (a.onlineServiceUrl) lines.push('', `Online: ${a.onlineServiceUrl}`);
  if (a.unit) {
    const u = a.unit;
    lines.push('', `Zuständig: ${u.unitName}`);
    const address = [u.street, [u.postalCode, u.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    if (address) lines.push(address);
    if (u.openingHours) lines.push(`Öffnungszeiten: ${u.openingHours}`);
    const reach = [u.phone && `Telefon ${u.phone}`, u.email && `E-Mail ${u.email}`].filter(Boolean).join(', ');
    if (reach) lines.push(reach);
    if (u.web) lines.push(u.web);
    if (u.localNotes) lines.push(`Hinweis: ${u.localNotes}`);
  }
  return lines.join('\n');
}
