import { hasRole, type Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/http/app-error.js';
import type { BookingChannel } from './appointments.schema.js';

/** Who books through which contingent: the call center for agents, internal for the offices themselves. */
export const appointmentsPolicy = {
  channelFor(actor: Actor): BookingChannel {
    if (hasRole(actor, 'agent', 'supervisor')) return 'callcenter';
    if (hasRole(actor, 'backoffice', 'admin')) return 'internal';
    throw new AppError('FORBIDDEN', 'Sie dürfen keine Termine buchen.');
  },
};
