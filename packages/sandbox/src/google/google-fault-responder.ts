import type { FaultResponder } from '../faults/fault-controller';
import { googleErrors } from './google-error';

/** Google's answers to the fault switches. */
export const googleFaultResponder: FaultResponder = (kind, response) => {
  switch (kind) {
    case 'rate-limit':
      return googleErrors.rateLimit403().send(response);
    case 'rate-limit-429':
      return googleErrors.rateLimit429().send(response);
    case 'server-error':
      return googleErrors.backendError().send(response);
    case 'unavailable':
      return googleErrors.unavailable().send(response);
    case 'malformed-json':
      // A 200 whose body stops mid-value: what a truncated upstream response looks like.
      response
        .status(200)
        .type('application/json')
        .send('{\n  "kind": "calendar#event",\n  "id": "');
      return;
  }
};
