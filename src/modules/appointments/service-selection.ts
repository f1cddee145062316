import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { appointmentMinutes } from './capacity.js';
import type { ServiceRequest } from './appointments.contract.js';
import type { BookedService } from './appointments.schema.js';
import * as repo from './appointments.repository.js';

/** The requested services as offered at one location, with the appointment's length and booking window. */
export interface Selection {
  services: BookedService[];
  durationMinutes: number;
  leadMinutes: number;
  horizonDays: number;
}

/** Resolves service codes at a location; a service it does not offer or too many of one is a clear 400. */
export async function selectServices(tx: Tx, location: repo.LocationRow, requests: ServiceRequest): Promise<Selection> {
  const offered = new Set((await repo.listLocationServices(tx, [location.id])).map((r) => r.serviceId));
  const services = (await repo.listServices(tx, [location.tenantId])).filter((s) => offered.has(s.id));
  return selectFrom(services, requests, location.slotMinutes);
}

export function selectFrom(services: repo.ServiceRow[], requests: ServiceRequest, slotMinutes: number): Selection {
  const booked: BookedService[] = [];
  for (const [index, request] of requests.entries()) {
    const service = services.find((s) => s.code === request.code);
    if (!service) {
      throw new AppError('VALIDATION_FAILED', 'Diese Leistung wird an diesem Standort nicht angeboten.', {
        issues: [{ field: `services.${index}.code`, message: 'Leistung hier nicht buchbar.' }],
      });
    }
    if (request.quantity > service.maxQuantity) {
      throw new AppError('VALIDATION_FAILED', `„${service.name}“ kann höchstens ${service.maxQuantity}-mal je Termin gebucht werden.`, {
        issues: [{ field: `services.${index}.quantity`, message: `Höchstens ${service.maxQuantity}.` }],
      });
    }
    booked.push({
      serviceId: service.id,
      code: service.code,
      name: service.name,
      quantity: request.quantity,
      minutes: service.durationMinutes,
    });
  }
  const chosen = booked.map((b) => services.find((s) => s.id === b.serviceId)!);
  return {
    services: booked,
    durationMinutes: appointmentMinutes(
      booked.map((b) => b.minutes * b.quantity),
      slotMinutes,
    ),
    leadMinutes: Math.max(...chosen.map((s) => s.leadMinutes)),
    horizonDays: Math.min(...chosen.map((s) => s.horizonDays)),
  };
}

/** Can a selection be offered at a location (all codes there)? */
export const offersAll = (services: repo.ServiceRow[], requests: ServiceRequest) =>
  requests.every((r) => services.some((s) => s.code === r.code && r.quantity <= s.maxQuantity));

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
export const newSecret = () => randomBytes(24).toString('base64url');

// No 0/O, 1/I/L: references and codes are read out on the phone.
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const pick = (length: number) => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
export const newReference = () => `T-${pick(6)}`;
export const newCancelCode = () => pick(10);

/** Person key for the per-person limit: the name, lower case, without accents and extra spaces. */
export const personKeyOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
