import express from 'express';
import {
  integrationIdSchema,
  integrationIds,
  type DisconnectResult,
  templateCatalogue,
  type AuthMode,
  type IntegrationStatus,
  type IntegrationsStatus,
} from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import { requireSession, sessionOf } from '../security/require-session';
import type { GrantSubject } from '../store/store';
import { disconnectGrant } from '../auth/disconnect';

/** Which account answers for a session: its own in user mode, the owner's when pre-authorized. */
export function subjectFor(profile: { mode: AuthMode }, sessionId: string): GrantSubject {
  return profile.mode === 'preauthorized' ? { kind: 'owner' } : { kind: 'visitor', sessionId };
}

export function integrationRoutes(context: AppContext): express.Router {
  const router = express.Router();

  router.get('/api/integrations', requireSession(context), async (_request, response) => {
    const session = sessionOf(response);
    const integrations: IntegrationStatus[] = [];
    const enabledTemplates: string[] = [];
    for (const id of integrationIds) {
      const profile = await context.profile(id);
      const subject = subjectFor(profile, session.id);
      const grant = await context.store.findGrant(id, subject);
      integrations.push({
        id,
        name: profile.name,
        mode: profile.mode,
        connected: grant !== undefined,
        connectedBy: grant ? (subject.kind === 'owner' ? 'owner' : 'visitor') : null,
        account: grant?.account ?? null,
        sandbox: profile.sandbox,
        enabled: profile.enabled,
      });
      for (const template of templateCatalogue) {
        if (
          template.integration === id &&
          profile.enabled &&
          !profile.disabledTemplates.includes(template.id)
        ) {
          enabledTemplates.push(template.id);
        }
      }
    }
    const answer: IntegrationsStatus = { integrations, enabledTemplates };
    response.json(answer);
  });

  router.delete(
    '/api/integrations/:id/connection',
    requireSession(context),
    async (request, response) => {
      const id = integrationIdSchema.safeParse(request.params.id);
      if (!id.success) throw new ApiError('not_found', 'No such integration');
      const profile = await context.profile(id.data);
      if (profile.mode === 'preauthorized') {
        // The site owner's account serves every visitor; only the admin page or CLI may remove it.
        throw new ApiError(
          'conflict',
          `${profile.name} is connected by the site owner; only they can disconnect it`,
          {
            status: 403,
            integration: profile.id,
          },
        );
      }
      const grant = await context.store.findGrant(id.data, {
        kind: 'visitor',
        sessionId: sessionOf(response).id,
      });
      const outcome = grant ? await disconnectGrant(context, grant) : undefined;
      const answer: DisconnectResult = {
        integration: profile.id,
        wasConnected: grant !== undefined,
        // Nothing connected: nothing can be live at the provider on our account.
        revoked: outcome?.revoked ?? true,
      };
      response.set('cache-control', 'no-store').json(answer);
    },
  );

  return router;
}
