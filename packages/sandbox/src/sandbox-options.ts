import { z } from 'zod';

export const providers = ['google', 'calendly'] as const;
export type Provider = (typeof providers)[number];

/** An OAuth client the sandbox's authorization servers accept. */
export interface SandboxClientRegistration {
  provider: Provider;
  clientId: string;
  clientSecret: string;
  /** Exact redirect URIs; the authorize endpoint refuses anything else, as both providers do. */
  redirectUris: string[];
  /** The app name shown on the consent page. */
  name?: string | undefined;
}

export const clientRegistrationSchema = z.object({
  provider: z.enum(providers),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  redirectUris: z.array(z.string().url()).min(1),
  name: z.string().min(1).optional(),
});

/**
 * The fixed sandbox credentials. They duplicate `sandboxClient` in @slotchat/integrations on
 * purpose: the sandbox stands alone and knows only the public APIs it emulates.
 */
export const defaultClientCredentials = {
  google: { clientId: 'slotchat-sandbox-google', clientSecret: 'sandbox-google-secret' },
  calendly: { clientId: 'slotchat-sandbox-calendly', clientSecret: 'sandbox-calendly-secret' },
} as const;

const integrationNames: Record<Provider, string> = {
  google: 'google-calendar',
  calendly: 'calendly',
};

/**
 * The default registrations: the sandbox clients with the proxy's callback URIs
 * (`<origin>/auth/<integration>/callback`) for each origin given.
 */
export function defaultClients(
  origins: readonly string[] = ['http://localhost:3000'],
): SandboxClientRegistration[] {
  return providers.map((provider) => ({
    provider,
    ...defaultClientCredentials[provider],
    name: 'Slotchat',
    redirectUris: origins.map(
      (origin) => `${origin.replace(/\/$/, '')}/auth/${integrationNames[provider]}/callback`,
    ),
  }));
}
