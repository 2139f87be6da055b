import { calendlyErrors } from '../calendly-error';
import type { CalendlyStore } from '../calendly-store';
import { uuidFromUri } from './query';

/**
 * Checks the `user` / `organization` parameters of list endpoints: one is required; they must name
 * the host or the host's organization (the sandbox has no other members).
 */
export function checkOwner(
  store: CalendlyStore,
  user: string | undefined,
  organization: string | undefined,
): void {
  if (!user && !organization) {
    throw calendlyErrors.invalidArgument([
      { parameter: 'user', message: 'One of user, organization, or group is required' },
    ]);
  }
  if (
    organization !== undefined &&
    uuidFromUri(organization, 'organizations') !== store.account.organizationUuid
  ) {
    throw calendlyErrors.permissionDenied('You do not have permission to access this organization');
  }
  if (user !== undefined && uuidFromUri(user, 'users') !== store.account.userUuid) {
    throw calendlyErrors.permissionDenied(
      organization
        ? 'This user is not in your organization'
        : 'Please also specify organization when requesting events for a user within your organization.',
    );
  }
}
