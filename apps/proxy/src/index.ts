/**
 * Slotchat's proxy: `loadConfig(env)` then `createApp(config)` (in-process, e.g. supertest) or
 * `startProxy(config)` (listening, with graceful shutdown).
 */
export { loadConfig } from './config/load-config';
export { ConfigError } from './config/config-error';
export type { IntegrationProfile, ProxyConfig } from './config/config-types';
export { bodyLimit, createApp, type ProxyApp } from './app';
export type { AppDeps } from './app-context';
export { startProxy, type RunningProxy } from './server';
export type { Sealed, StorageBackend, Store } from './store/store';
export { encryptingStore } from './store/encrypting-store';
export { createSqliteStore } from './store/sqlite-store';
