/**
 * Provider limits that the templates need as well as the operations. Kept apart from the operation
 * definitions, whose param schemas only the proxy uses, so the chat chunk does not bundle those.
 */

/** Google refuses free/busy spans longer than about 90 days (provider-apis.md §1.4). */
export const freeBusyMaxDays = 90;

/** Calendly answers at most 31 days of open times per request (since July 2026; provider-apis.md §2.6). */
export const availableTimesMaxDays = 31;
