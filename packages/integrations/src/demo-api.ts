/**
 * The demo page's controls (only when the proxy runs with DEMO_CONTROLS and every integration
 * is on the sandbox): switch who authorizes, and connect the sandbox's site-owner account.
 *
 * | method + path                         | body                 | answer            |
 * |---------------------------------------|----------------------|-------------------|
 * | GET  /api/demo                        |                      | 200 DemoState     |
 * | PUT  /api/demo/mode                   | {mode}               | 200 DemoState     |
 * | POST /api/demo/owner-attempts         | {integration}        | 201 AttemptCreated|
 * | GET  /api/demo/owner-attempts/:id     |                      | 200 AttemptStatus |
 */
import { z } from 'zod';
import { integrationIdSchema } from './proxy-api';

export const demoStateSchema = z.object({
  integrations: z.array(
    z.object({
      id: integrationIdSchema,
      name: z.string(),
      mode: z.enum(['user', 'preauthorized']),
      /** The site owner's sandbox account, when connected. */
      ownerAccount: z.string().nullable(),
      ownerConnected: z.boolean(),
    }),
  ),
});
export type DemoState = z.infer<typeof demoStateSchema>;

export const demoModeInputSchema = z.object({ mode: z.enum(['user', 'preauthorized']) });
