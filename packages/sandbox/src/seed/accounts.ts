import type { SeededRandom } from '../random';

/** The Google account that signs in on the sandbox's consent page and owns the primary calendar. */
export interface GoogleAccount {
  email: string;
  name: string;
  timeZone: string;
}

/** The Calendly host: a user in an organization, both named by UUID. */
export interface CalendlyAccount {
  userUuid: string;
  organizationUuid: string;
  name: string;
  email: string;
  slug: string;
  timezone: string;
}

const calendlyAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Calendly-style resource ids: 16 upper-case letters and digits. */
export function calendlyUuid(random: SeededRandom): string {
  return random.string(16, calendlyAlphabet);
}

export function seedGoogleAccount(): GoogleAccount {
  return { email: 'avery.chen@example.com', name: 'Avery Chen', timeZone: 'America/New_York' };
}

export function seedCalendlyAccount(random: SeededRandom): CalendlyAccount {
  return {
    userUuid: calendlyUuid(random),
    organizationUuid: calendlyUuid(random),
    name: 'Jordan Alvarez',
    email: 'jordan@northwind-consulting.example',
    slug: 'jordan-alvarez',
    timezone: 'Europe/Madrid',
  };
}
