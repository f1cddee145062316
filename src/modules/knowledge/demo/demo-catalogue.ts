import { expandFamily, type ServiceSeed } from './catalogue-builder.js';
import { citizenFamilies } from './services-citizen.data.js';
import { communityFamilies } from './services-community.data.js';
import { economyFamilies } from './services-economy.data.js';
import { mobilityFamilies } from './services-mobility.data.js';
import { orderFamilies } from './services-order.data.js';
import { socialFamilies } from './services-social.data.js';

/** Every demo service (300+), expanded from the hand-written families. */
export function demoServices(): ServiceSeed[] {
  return [...citizenFamilies, ...mobilityFamilies, ...economyFamilies, ...socialFamilies, ...orderFamilies, ...communityFamilies].flatMap(
    expandFamily,
  );
}
