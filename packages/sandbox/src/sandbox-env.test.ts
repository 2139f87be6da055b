import { describe, expect, it } from 'vitest';
import { createSandbox } from './create-sandbox';
import { sandboxOptionsFromEnv } from './sandbox-env';

describe('sandboxOptionsFromEnv', () => {
  it('is empty when nothing is set, or set to nothing', () => {
    expect(sandboxOptionsFromEnv({})).toEqual({});
    expect(
      sandboxOptionsFromEnv({ SANDBOX_FAULTS: '', SANDBOX_NOW: '', SANDBOX_SEED: '' }),
    ).toEqual({});
  });

  it('reads fault rules from SANDBOX_FAULTS', () => {
    const options = sandboxOptionsFromEnv({
      SANDBOX_FAULTS:
        '[{"provider":"google","operation":"events.get","kind":"rate-limit","times":1},{"kind":"latency","latencyMs":200}]',
    });
    expect(options.faults).toEqual([
      { provider: 'google', operation: 'events.get', kind: 'rate-limit', times: 1 },
      { kind: 'latency', latencyMs: 200 },
    ]);
    const sandbox = createSandbox(options);
    expect(sandbox.state.faults.list().map((rule) => rule.kind)).toEqual(['rate-limit', 'latency']);
  });

  it('names SANDBOX_FAULTS and the bad rule when it is not valid', () => {
    expect(() => sandboxOptionsFromEnv({ SANDBOX_FAULTS: '{not json' })).toThrow(
      'Invalid SANDBOX_FAULTS: expects a JSON array of fault rules',
    );
    expect(() => sandboxOptionsFromEnv({ SANDBOX_FAULTS: '{"kind":"server-error"}' })).toThrow(
      'Invalid SANDBOX_FAULTS: expects a JSON array of fault rules',
    );
    expect(() =>
      sandboxOptionsFromEnv({
        SANDBOX_FAULTS: '[{"kind":"server-error","operation":"events.lst"}]',
      }),
    ).toThrow(
      /^Invalid SANDBOX_FAULTS: \[0\]\.operation: unknown operation "events\.lst"; valid: Google events\.get/,
    );
  });

  it('starts the clock at SANDBOX_NOW and lets it run', () => {
    let real = Date.parse('2030-01-01T00:00:00Z');
    const { clock } = sandboxOptionsFromEnv(
      { SANDBOX_NOW: '2026-11-20T15:00:00-05:00' },
      () => real,
    );
    expect(clock?.()).toBe(Date.parse('2026-11-20T20:00:00Z'));
    real += 90_000;
    expect(clock?.()).toBe(Date.parse('2026-11-20T20:01:30Z'));
    expect(() => sandboxOptionsFromEnv({ SANDBOX_NOW: 'tomorrow' })).toThrow(
      /^Invalid SANDBOX_NOW: expects an RFC 3339 instant/,
    );
    expect(() => sandboxOptionsFromEnv({ SANDBOX_NOW: '2026-11-20T15:00:00' })).toThrow(
      /SANDBOX_NOW/,
    );
  });

  it('gives the same data, created times and etags included, for the same seed and SANDBOX_NOW', () => {
    const snapshot = (realNow: number) => {
      const options = sandboxOptionsFromEnv(
        { SANDBOX_NOW: '2026-11-20T20:00:00Z', SANDBOX_SEED: 'demo' },
        () => realNow,
      );
      const sandbox = createSandbox(options);
      return {
        google: [...sandbox.state.google.calendars.primary().events.values()],
        calendly: [...sandbox.state.calendly.store.events.values()],
      };
    };
    expect(snapshot(Date.parse('2031-05-05T10:00:00Z'))).toEqual(
      snapshot(Date.parse('2032-07-07T11:11:11Z')),
    );
  });
});
