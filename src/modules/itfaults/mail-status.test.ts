import { describe, expect, it } from 'vitest';
import { parseStatusReply, referenceInSubject } from './mail-status.js';

describe('status by mail reply', () => {
  it('finds the reference in a reply subject', () => {
    expect(referenceInSubject('AW: [ITS-2026-000123] P2 hoch: Drucker, Bürgerbüro')).toBe('ITS-2026-000123');
    expect(referenceInSubject('Re: Drucker')).toBeNull();
  });
  it('reads status, ticket and workaround lines above the quote', () => {
    expect(
      parseStatusReply(
        'Status: in Bearbeitung\nTicket: INC-4711\nWir tauschen den Toner.\n\nAm 02.12.2026 schrieb DialogCenter:\n> Status: geschlossen',
      ),
    ).toEqual({ status: 'in_progress', itTicketNumber: 'INC-4711', workaround: null, message: 'Wir tauschen den Toner.' });
    expect(parseStatusReply('Status: gelöst\nUmgehung: Drucker aus- und einschalten')).toMatchObject({
      status: 'resolved',
      workaround: 'Drucker aus- und einschalten',
    });
    expect(parseStatusReply('Danke, schauen wir uns an.')).toMatchObject({ status: null, message: 'Danke, schauen wir uns an.' });
  });
});
