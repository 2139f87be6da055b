import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { integrationsStatusSchema } from '@slotchat/integrations';
import { adminSecret, signIn } from '../test-utils/admin-console';
import { api, createHarness, createSession, type Harness } from '../test-utils/harness';
import { runCli, type CliDeps } from './run-cli';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

/** The CLI on the running proxy's DATA_DIR, as an operator's automation runs it. */
async function cli(argv: string[], options: { stdin?: string; env?: Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const deps: CliDeps = {
    env: { ...harness.env, ...options.env },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    logDestination: harness.logs.stream,
    clock: harness.clock.now,
    readStdin: async () => options.stdin ?? '',
  };
  const code = await runCli(argv, deps);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('proxy CLI: what the admin console does', () => {
  it('sets a profile with the secret from standard input, never echoing it', async () => {
    harness = await createHarness({ env: { ADMIN_SECRET: adminSecret } });
    const set = await cli(
      [
        'profile',
        'set',
        'google-calendar',
        '--client-id',
        'slotchat-sandbox-google',
        '--client-secret-stdin',
        '--authorization-url',
        `${harness.sandboxUrl}/google/o/oauth2/v2/auth`,
        '--token-url',
        `${harness.sandboxUrl}/google/token`,
        '--refresh-token-url',
        `${harness.sandboxUrl}/google/token`,
      ],
      { stdin: 'sandbox-google-secret\n' },
    );
    expect(set.code, set.err).toBe(0);
    expect(set.out).toContain('client secret      set');
    expect(set.out).not.toContain('sandbox-google-secret');
    // The running proxy sees it at once, and the console shows who changed it.
    const console = await signIn(harness);
    const { body } = await console.get('/admin/api/integrations');
    expect(body.integrations[0].profile.clientId.value).toBe('slotchat-sandbox-google');
    const audit = await console.get('/admin/api/audit');
    expect(audit.body.entries[1]).toMatchObject({ actor: 'cli', action: 'profile.saved' });
  });

  it('refuses a bad profile with each field named, and a secret on the command line', async () => {
    harness = await createHarness();
    const bad = await cli([
      'profile',
      'set',
      'calendly',
      '--client-id',
      'abc',
      '--token-url',
      'http://auth.calendly.example/oauth/token',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('tokenUrl: Use https://');
    expect(bad.err).toContain('clientSecret:');
    const onCommandLine = await cli(['profile', 'set', 'calendly', '--client-secret', 'oops']);
    expect(onCommandLine.code).toBe(2);
    expect(onCommandLine.err).toMatch(/Unknown option '--client-secret'/);
  });

  it('switches modes, integrations and templates, as the widget then sees', async () => {
    harness = await createHarness();
    const visitor = await createSession(harness);
    expect((await cli(['mode', 'calendly', 'preauthorized'])).out).toContain(
      'cli connect calendly',
    );
    expect((await cli(['disable', 'google-calendar'])).code).toBe(0);
    expect((await cli(['template', 'disable', 'calendly.schedule'])).code).toBe(0);
    const status = integrationsStatusSchema.parse(
      (await api(harness, visitor).get('/api/integrations')).body,
    );
    expect(
      status.integrations.map((integration) => [
        integration.id,
        integration.mode,
        integration.enabled,
      ]),
    ).toEqual([
      ['google-calendar', 'user', false],
      ['calendly', 'preauthorized', true],
    ]);
    expect(status.enabledTemplates).toEqual([
      'calendly.list-events',
      'calendly.get-invitees',
      'calendly.get-event',
      'calendly.list-events-by-named-range',
    ]);
    const templates = await cli(['templates']);
    expect(templates.out).toMatch(/off\s+calendly\.schedule/);
    const unknown = await cli(['template', 'enable', 'calendly.nothing']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No template called calendly.nothing');
    expect((await cli(['mode', 'calendly', 'sometimes'])).code).toBe(2);
  });

  it('edits the embedding origins and lists the audit log', async () => {
    harness = await createHarness({ env: { ALLOWED_ORIGINS: '' } });
    const added = await cli(['origins', 'add', 'https://clinic.example']);
    expect(added.out).toContain('https://clinic.example');
    const session = await request(harness.proxy.app)
      .post('/api/sessions')
      .set('origin', 'https://clinic.example')
      .send({});
    expect(session.status).toBe(201);
    const refused = await cli(['origins', 'add', 'https://clinic.example/booking']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('without a path');
    await cli(['origins', 'remove', 'https://clinic.example']);
    const audit = await cli(['audit', '--limit', '5']);
    expect(audit.out.split('\n')).toHaveLength(2);
    expect(audit.out).toMatch(/cli\s+origins\.changed/);
  });
});
