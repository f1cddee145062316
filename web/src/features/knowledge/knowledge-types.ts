/** Shapes of the knowledge API as the web app uses them. */
export interface Segment {
  text: string;
  hit: boolean;
}

export interface TenantRef {
  id: string;
  slug: string;
  name: string;
  officialName: string;
}

export interface ResponsibleUnit {
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
  verifiedBy: string | null;
  verifiedAt: string | null;
  reviewDue: string;
  isOverdue: boolean;
}

export interface SearchItem {
  serviceId: string;
  leikaKey: string;
  title: string;
  category: string;
  score: number;
  shortText: string;
  tenant: TenantRef | null;
  responsibleUnit: ResponsibleUnit | null;
  highlights: { title: Segment[]; shortText: Segment[] };
  verifiedBy: string | null;
  verifiedAt: string | null;
  reviewDue: string;
  answerText?: string;
}

export interface SearchResult {
  searchId?: string | null;
  municipality: TenantRef | null;
  corrections: { from: string; to: string }[];
  items: SearchItem[];
}

export interface Service {
  id: string;
  leikaKey: string;
  title: string;
  category: string;
  responsibility: 'municipality' | 'region' | 'region_or_host';
  ozgId: string | null;
  shortText: string;
  fullText: string | null;
  eligibility: string | null;
  requiredDocuments: string | null;
  fees: string | null;
  deadlines: string | null;
  processingTime: string | null;
  procedure: string | null;
  legalBasis: string | null;
  forms: string | null;
  onlineServiceUrl: string | null;
  notes: string | null;
  keywords: string[];
  reviewIntervalMonths: number;
  reviewDue: string;
  verifiedBy: string | null;
  verifiedAt: string | null;
  version: number;
}

export interface ServiceDetail {
  service: Service;
  municipality: TenantRef | null;
  tenant: TenantRef | null;
  responsibleUnit: ResponsibleUnit | null;
  answerText: string;
}

export interface Draft {
  id: string;
  leikaKey: string;
  part: 'shared' | 'local';
  content: Record<string, unknown>;
  status: 'draft' | 'in_review' | 'published' | 'rejected' | 'withdrawn';
  createdBy: string;
  submittedBy: string | null;
  reviewedBy: string | null;
  reviewComment: string | null;
  updatedAt: string;
  version: number;
}

export const draftStatusLabels: Record<Draft['status'], string> = {
  draft: 'Entwurf',
  in_review: 'in Prüfung',
  published: 'veröffentlicht',
  rejected: 'zurückgewiesen',
  withdrawn: 'zurückgezogen',
};

export const formatDate = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString('de-DE') : '–');
