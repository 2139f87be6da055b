import type { Request, Response } from 'express';
import type { Grant } from '../../oauth/oauth-store';
import type { SeededRandom } from '../../random';
import type { CalendlyUrls } from '../calendly-render';
import type { CalendlyStore } from '../calendly-store';

export interface CalendlyApiContext {
  request: Request;
  response: Response;
  grant: Grant;
  store: CalendlyStore;
  urls: CalendlyUrls;
  clock: () => number;
  random: SeededRandom;
}
