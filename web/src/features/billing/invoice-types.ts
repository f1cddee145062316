/** An invoice or credit note as the list and detail endpoints return it. */
export interface InvoiceItem {
  id: string;
  number: string | null;
  tenantAgs: string;
  tenantName: string;
  kind: 'invoice' | 'credit_note';
  status: 'draft' | 'checked' | 'approved' | 'issued';
  period: string;
  issueDate: string | null;
  netTotal: number;
  vatTotal: number;
  grossTotal: number;
  currency: string;
  correctsInvoiceId: string | null;
  createdBy: string;
  checkedBy: string | null;
  approvedBy: string | null;
  issuedBy: string | null;
  version: number;
}

/** The workflow's next step from a status (draft → checked → approved by a second person → issued). */
export const nextStep: Record<string, { step: string; label: string } | undefined> = {
  draft: { step: 'check', label: 'Prüfen' },
  checked: { step: 'approve', label: 'Freigeben' },
  approved: { step: 'issue', label: 'Ausstellen und versenden' },
};
