import { describe, expect, it } from 'vitest';
import { english } from '../test-utils/context';
import { errorMessage } from './replies';

const context = { t: english };
const refused = (body: unknown) => ({
  code: 'provider_error',
  message: 'Calendly refused the request (400)',
  retryable: false,
  details: { status: 400, body },
});

describe('errorMessage', () => {
  it('quotes the provider’s own reason for a refusal, and never calls it temporary', () => {
    const calendly = refused({
      title: 'Invalid Argument',
      message: 'The supplied parameters are invalid.',
      details: [{ parameter: 'start_time', message: 'The selected time is not available.' }],
    });
    expect(errorMessage(calendly, 'Calendly', context)).toBe(
      'Calendly did not accept the request: The selected time is not available.',
    );
    const google = refused({ error: { code: 400, message: 'Invalid attendee email.' } });
    expect(errorMessage(google, 'Google Calendar', context)).toBe(
      'Google Calendar did not accept the request: Invalid attendee email.',
    );
    expect(errorMessage(refused(null), 'Calendly', context)).toBe(
      'Calendly did not accept the request, so nothing was changed. Check what you asked for, or ask for something else.',
    );
  });

  it('calls an outage temporary', () => {
    const outage = { code: 'upstream_unavailable', message: 'x', retryable: true };
    expect(errorMessage(outage, 'Calendly', context)).toContain('usually temporary');
  });
});
