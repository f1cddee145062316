import { z } from 'zod';

export const importStatusSchema = z.enum(['receiving', 'processing', 'completed', 'rejected', 'cancelled', 'failed']);

/** A large-file import as the API shows it (decision 0126). */
export const importRunSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  fileName: z.string(),
  status: importStatusSchema,
  phase: z.string().nullable().describe('Was gerade geschieht (Hochladen, Prüfen, Speichern), solange der Import läuft'),
  bytesTotal: z.number().int().nullable(),
  bytesReceived: z.number().int(),
  share: z.number().min(0).max(1).nullable().describe('Anteil der Datei, der verarbeitet ist (0 bis 1)'),
  rowsRead: z.number().int(),
  rowsAccepted: z.number().int(),
  rowsRefused: z.number().int(),
  refused: z.array(z.object({ row: z.string(), reason: z.string() })).describe('Jede abgewiesene Zeile mit Grund'),
  result: z.record(z.string(), z.unknown()).nullable(),
  message: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});
