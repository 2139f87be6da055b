import { describe, expect, it } from 'vitest';
import { readConsentForm } from './consent';

const page = `<form method="post" action="/google/o/oauth2/v2/auth/decision">
<input type="hidden" name="consent_id" value="abc&amp;1">
<li><label><input type="checkbox" name="scope" value="https://www.googleapis.com/auth/calendar" checked> Calendar</label></li>
<li><label><input type="checkbox" name="scope" value="extra"> Extra</label></li>
<button type="submit" name="decision" value="deny">Deny</button>
<button type="submit" name="decision" value="allow">Allow</button>
</form>`;

describe('readConsentForm', () => {
  it('submits hidden and checked fields with the clicked button', () => {
    expect(readConsentForm(page, 'Allow')).toEqual({
      action: '/google/o/oauth2/v2/auth/decision',
      fields: [
        { name: 'consent_id', value: 'abc&1' },
        { name: 'scope', value: 'https://www.googleapis.com/auth/calendar' },
        { name: 'decision', value: 'allow' },
      ],
    });
    expect(readConsentForm(page, 'Deny')?.fields.at(-1)).toEqual({
      name: 'decision',
      value: 'deny',
    });
  });

  it('finds nothing when there is no such button', () => {
    expect(readConsentForm('<p>Error</p>', 'Allow')).toBeUndefined();
  });
});
