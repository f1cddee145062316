import type { Config } from '../../config.js';
import type { ReadinessSettings } from './readiness.js';

/** The readiness thresholds from the validated app config (README: ONBOARDING_*). */
export function onboardingSettings(config: Config): ReadinessSettings {
  return { knowledgeSharePercent: config.ONBOARDING_KNOWLEDGE_SHARE, minTrainedAgents: config.ONBOARDING_MIN_TRAINED_AGENTS };
}
