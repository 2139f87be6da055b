/**
 * The field names of the request bodies the sandbox takes (`Event` for events.insert,
 * `FreeBusyRequest` for freeBusy), as the discovery document defines them. `value` is any JSON
 * value, `map` an object whose keys are the caller's own (extendedProperties.private, …). A test
 * rebuilds these trees from the discovery document, so they cannot drift from it.
 */
export type FieldTree = { readonly [name: string]: FieldTree | 'value' | 'map' };

const values = (...names: string[]): FieldTree =>
  Object.fromEntries(names.map((name) => [name, 'value' as const]));

const eventDateTime = values('date', 'dateTime', 'timeZone');
const person = values('displayName', 'email', 'id', 'self');

export const eventFields: FieldTree = {
  ...values(
    'anyoneCanAddSelf',
    'attendeesOmitted',
    'colorId',
    'created',
    'description',
    'endTimeUnspecified',
    'etag',
    'eventLabelId',
    'eventType',
    'guestsCanInviteOthers',
    'guestsCanModify',
    'guestsCanSeeOtherGuests',
    'hangoutLink',
    'htmlLink',
    'iCalUID',
    'id',
    'kind',
    'location',
    'locked',
    'privateCopy',
    'recurrence',
    'recurringEventId',
    'sequence',
    'status',
    'summary',
    'transparency',
    'updated',
    'visibility',
  ),
  attachments: values('fileId', 'fileUrl', 'iconLink', 'mimeType', 'title'),
  attendees: values(
    'additionalGuests',
    'asyncOperation',
    'comment',
    'displayName',
    'email',
    'id',
    'optional',
    'organizer',
    'resource',
    'responseStatus',
    'self',
  ),
  birthdayProperties: values('contact', 'customTypeName', 'type'),
  conferenceData: {
    ...values('conferenceId', 'notes', 'signature'),
    conferenceSolution: { ...values('iconUri', 'name'), key: values('type') },
    createRequest: {
      conferenceSolutionKey: values('type'),
      requestId: 'value',
      status: values('statusCode'),
    },
    entryPoints: values(
      'accessCode',
      'entryPointFeatures',
      'entryPointType',
      'label',
      'meetingCode',
      'passcode',
      'password',
      'pin',
      'regionCode',
      'uri',
    ),
    parameters: { addOnParameters: { parameters: 'map' } },
  },
  creator: person,
  end: eventDateTime,
  extendedProperties: { private: 'map', shared: 'map' },
  focusTimeProperties: values('autoDeclineMode', 'chatStatus', 'declineMessage'),
  gadget: {
    ...values('display', 'height', 'iconLink', 'link', 'title', 'type', 'width'),
    preferences: 'map',
  },
  organizer: person,
  originalStartTime: eventDateTime,
  outOfOfficeProperties: values('autoDeclineMode', 'declineMessage'),
  reminders: { overrides: values('method', 'minutes'), useDefault: 'value' },
  source: values('title', 'url'),
  start: eventDateTime,
  workingLocationProperties: {
    customLocation: values('label'),
    homeOffice: 'value',
    officeLocation: values('buildingId', 'deskId', 'floorId', 'floorSectionId', 'label'),
    type: 'value',
  },
};

export const freeBusyRequestFields: FieldTree = {
  ...values('calendarExpansionMax', 'groupExpansionMax', 'timeMax', 'timeMin', 'timeZone'),
  items: values('id'),
};

/**
 * The first field of `body` the tree does not know, with where it sits (`attendees[0]`), or
 * undefined when every field is known. Arrays are walked item by item.
 */
export function findUnknownField(
  body: unknown,
  fields: FieldTree,
  path = '',
): { name: string; path: string } | undefined {
  if (Array.isArray(body)) {
    for (const [index, item] of body.entries()) {
      const found = findUnknownField(item, fields, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  for (const [name, value] of Object.entries(body)) {
    const known = fields[name];
    if (known === undefined) return { name, path };
    if (typeof known === 'object') {
      const found = findUnknownField(value, known, path ? `${path}.${name}` : name);
      if (found) return found;
    }
  }
  return undefined;
}
