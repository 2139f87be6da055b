export { createSandbox } from './create-sandbox';
export type { RunningSandbox, Sandbox, SandboxOptions } from './create-sandbox';
export { defaultClientCredentials, defaultClients } from './sandbox-options';
export type { Provider, SandboxClientRegistration } from './sandbox-options';
export { faultKinds } from './faults/fault-rule';
export type { FaultKind, FaultRule, FaultRuleInput } from './faults/fault-rule';
export { s256Challenge } from './oauth/pkce';
