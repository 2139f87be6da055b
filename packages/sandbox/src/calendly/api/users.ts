import { calendlyErrors } from '../calendly-error';
import { renderUser } from '../calendly-render';
import type { CalendlyApiContext } from './api-context';
import { noQuery, parseCalendlyQuery } from './query';

/** `GET /users/me` and `GET /users/{uuid}` (only the host exists in the sandbox). */
export function getUser({ request, response, store, urls, clock }: CalendlyApiContext): void {
  parseCalendlyQuery(noQuery, request.query);
  const uuid = String(request.params.uuid ?? 'me');
  if (uuid !== 'me' && uuid !== store.account.userUuid) throw calendlyErrors.notFound();
  response.json({ resource: renderUser(store.account, urls, clock() - 400 * 86_400_000) });
}
