// What the runner hands the suite through vitest's provide/inject: where the target is, the
// credentials, which Extender version to check and what the suite may do there.
import type {} from 'vitest';

export type Credentials = { user: string; password: string } | { token: string };
export type TargetKind = 'prism' | 'sandbox' | 'url';

export interface ContractSettings {
  kind: TargetKind;
  /** The Confluence base URL: `http://host[:port][/contextPath]`, no trailing slash. */
  baseUrl: string;
  auth: Credentials;
  nonAdmin?: { user: string; password: string };
  /** Write checks may run (always on prism and sandbox; `--allow-writes` on url). */
  writes: boolean;
  /** The server keeps state and knows its users (not a mock). */
  stateful: boolean;
  /** The Extender version checked: `X.Y.Z` or `latest`. */
  version: string;
  /** Where the version came from, for the report: e.g. `the plugin manager`, `--extender-version`. */
  versionSource: string;
  /** `--strict`: every expectation fails when not met, our assumptions and undocumented answers included. */
  strict: boolean;
  /** The seed of the model's generated sequences (--seed), when given. */
  seed?: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    contract: ContractSettings;
  }
}
