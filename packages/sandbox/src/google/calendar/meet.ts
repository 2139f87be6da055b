import type { SeededRandom } from '../../random';
import type { ConferenceData } from './event-resource';

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** A Meet code like `abc-defg-hij`. */
export function meetCode(random: SeededRandom): string {
  return `${random.string(3, letters)}-${random.string(4, letters)}-${random.string(3, letters)}`;
}

/** The conference fields Google fills when a Meet is created: `hangoutLink` and `conferenceData`. */
export function meetConference(
  random: SeededRandom,
  createRequest?: ConferenceData['createRequest'],
): { hangoutLink: string; conferenceData: ConferenceData } {
  const code = meetCode(random);
  const uri = `https://meet.google.com/${code}`;
  return {
    hangoutLink: uri,
    conferenceData: {
      ...(createRequest ? { createRequest } : {}),
      entryPoints: [{ entryPointType: 'video', uri, label: `meet.google.com/${code}` }],
      conferenceSolution: {
        key: { type: 'hangoutsMeet' },
        name: 'Google Meet',
        iconUri:
          'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png',
      },
      conferenceId: code,
    },
  };
}
