import type { EffectiveProfile } from '../settings/effective-profile';
import { ApiError } from './api-error';

/** Refuses anything for an integration the site owner switched off in the admin console. */
export function requireEnabled(profile: EffectiveProfile): void {
  if (!profile.enabled) {
    throw new ApiError('integration_disabled', `${profile.name} is not offered on this site`, {
      integration: profile.id,
    });
  }
}
