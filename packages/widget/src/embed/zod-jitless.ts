/**
 * Imported first by the chat's entry points. zod probes `new Function` when its first object
 * schema is built; under a strict Content-Security-Policy that probe is reported as a violation
 * even though zod falls back quietly. jitless skips the probe, so it must be set before any
 * schema module (ours or @slotchat/integrations') is evaluated.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });
