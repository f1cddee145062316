import { describe, expect, it } from 'vitest';
import { makeWorkItemReference, normaliseWorkItemReference } from './reference-code.js';

describe('work item reference numbers', () => {
  it('have the channel prefix, the year and eight characters without 0/O/1/I', () => {
    const code = makeWorkItemReference('web_form', 2026);
    expect(code).toMatch(/^KF-2026-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(makeWorkItemReference('chat', 2027, () => 0)).toBe('CH-2027-AAAA-AAAA');
  });

  it('forgive case, spaces and missing dashes, and refuse anything else', () => {
    expect(normaliseWorkItemReference(' kf 2026 abcd efgh ')).toBe('KF-2026-ABCD-EFGH');
    expect(normaliseWorkItemReference('CH2026K7QXM2XD')).toBe('CH-2026-K7QX-M2XD');
    expect(normaliseWorkItemReference('DC-2026-000001-AAAA')).toBeNull();
    expect(normaliseWorkItemReference('KF-2026-ABC')).toBeNull();
    expect(normaliseWorkItemReference('')).toBeNull();
  });
});
