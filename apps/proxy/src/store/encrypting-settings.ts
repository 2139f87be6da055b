import type { IntegrationSettingsRecord, SettingsStore } from '../settings/settings-records';
import type { Sealed } from './store';
import type { TokenCipher } from './token-cipher';

/**
 * The settings half of `encryptingStore`: the client secret an owner saved in the console
 * reaches the backend only sealed, bound to its integration.
 */
export function encryptingSettings(
  backend: SettingsStore<Sealed>,
  cipher: TokenCipher,
): SettingsStore {
  const secretContext = (integration: string) =>
    `integration_settings:${integration}:client_secret`;
  return {
    async findIntegrationSettings(integration) {
      const found = await backend.findIntegrationSettings(integration);
      if (!found?.profile) return found as IntegrationSettingsRecord | undefined;
      const { clientSecret } = found.profile;
      return {
        ...found,
        profile: {
          ...found.profile,
          clientSecret:
            clientSecret === null ? null : cipher.decrypt(clientSecret, secretContext(integration)),
        },
      };
    },
    saveIntegrationSettings(settings) {
      const { profile } = settings;
      return backend.saveIntegrationSettings({
        ...settings,
        profile: profile
          ? {
              ...profile,
              clientSecret:
                profile.clientSecret === null
                  ? null
                  : cipher.encrypt(profile.clientSecret, secretContext(settings.integration)),
            }
          : null,
      });
    },
    findAllowedOrigins: () => backend.findAllowedOrigins(),
    saveAllowedOrigins: (origins) => backend.saveAllowedOrigins(origins),
    createAdminSession: (session) => backend.createAdminSession(session),
    findAdminSessionByTokenHash: (tokenHash, now) =>
      backend.findAdminSessionByTokenHash(tokenHash, now),
    deleteAdminSession: (id) => backend.deleteAdminSession(id),
    appendAudit: (entry) => backend.appendAudit(entry),
    listAudit: (limit) => backend.listAudit(limit),
  };
}
