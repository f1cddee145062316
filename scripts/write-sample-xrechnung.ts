/**
 * Writes sample XRechnung documents for the official validation (scripts/validate-xrechnung.sh):
 * invoice not taxable (§ 2b UStG, category O), invoice taxable (S 19 %), credit note. Dev only.
 *   npx tsx scripts/write-sample-xrechnung.ts /tmp/xr-samples
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleSnapshot } from '../src/modules/billing/invoice-fixture.js';
import { renderXRechnung } from '../src/modules/billing/xrechnung.js';

const dir = process.argv[2] ?? '/tmp/xr-samples';
mkdirSync(dir, { recursive: true });
const docs = {
  'invoice-not-taxable.xml': renderXRechnung(sampleSnapshot('invoice', 'not_taxable'), {
    number: 'DC-2026-00001',
    issueDate: '2026-11-03',
    dueDate: '2026-12-03',
  }),
  'invoice-taxable.xml': renderXRechnung(sampleSnapshot('invoice', 'taxable'), {
    number: 'DC-2026-00002',
    issueDate: '2026-11-03',
    dueDate: '2026-12-03',
  }),
  'credit-note.xml': renderXRechnung(sampleSnapshot('credit_note', 'not_taxable'), {
    number: 'DC-2026-00003',
    issueDate: '2026-11-10',
    dueDate: null,
  }),
  'credit-note-taxable.xml': renderXRechnung(sampleSnapshot('credit_note', 'taxable'), {
    number: 'DC-2026-00004',
    issueDate: '2026-11-10',
    dueDate: null,
  }),
};
for (const [name, xml] of Object.entries(docs)) writeFileSync(join(dir, name), xml);
console.log(
  Object.keys(docs)
    .map((n) => join(dir, n))
    .join('\n'),
);
