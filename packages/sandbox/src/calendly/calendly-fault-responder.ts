import type { FaultResponder } from '../faults/fault-controller';
import { calendlyErrors } from './calendly-error';

/** Calendly's answers to the fault switches. Both rate-limit kinds are a 429 on Calendly. */
export function calendlyFaultResponder(limit: number): FaultResponder {
  return (kind, response) => {
    switch (kind) {
      case 'rate-limit':
      case 'rate-limit-429':
        return calendlyErrors
          .tooManyRequests({
            'X-RateLimit-Limit': String(limit),
            'X-RateLimit-Remaining': '0',
            'X-RateLimit-Reset': '60',
          })
          .send(response);
      case 'server-error':
        return calendlyErrors.internal().send(response);
      case 'unavailable':
        return calendlyErrors.unavailable().send(response);
      case 'malformed-json':
        response.status(200).type('application/json').send('{"resource": {"uri": "');
        return;
    }
  };
}
