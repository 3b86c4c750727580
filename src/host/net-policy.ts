// Host-side network access for scripts: the allowlist (NetPolicy) and a fetch that enforces it.
// The `requests` module and the isolate bridge call these; see docs/host-net.md.

export { NetPolicy, isIpLiteral } from './net-policy/policy.js';
export type { NetPolicyOptions, NetTarget } from './net-policy/policy.js';
export { policyFetch, DEFAULT_NET_CAPS } from './net-policy/fetch.js';
export type { NetCaps, NetRequest, NetResponse } from './net-policy/fetch.js';
export { NetError, isNetDenied } from './net-policy/errors.js';
export type { NetErrorType } from './net-policy/errors.js';
