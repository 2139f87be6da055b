/** Values that survive `JSON.stringify` → `JSON.parse` unchanged: what dialog state may hold. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
