import type { Request, Response } from 'express';
import type { Grant } from '../../oauth/oauth-store';
import type { CalendarStore } from './calendar-store';
import type { SeededRandom } from '../../random';

/** What every Calendar API handler gets: the caller's grant and the instance's state. */
export interface CalendarApiContext {
  request: Request;
  response: Response;
  grant: Grant;
  calendars: CalendarStore;
  clock: () => number;
  random: SeededRandom;
}
