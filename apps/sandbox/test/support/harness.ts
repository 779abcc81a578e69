// Starts a sandbox on a free 127.0.0.1 port with a fresh database, and calls it. Every response
// is checked against the bundled spec for its operation and status, and remembered so a test
// can assert that no password or hash ever left the server.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { expect } from 'vitest';
import { API_PREFIX, documentAsOf, LATEST } from '@extender-users/api-types';
import { loadBundledSpec, SpecValidator } from '@extender-users/spec';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../src/index.js';

export const PREFIX = API_PREFIX;
const validators = new Map<string, SpecValidator>();
/** Answers are checked against the description as the sandbox's Extender version had it. */
function validatorFor(version: string): SpecValidator {
  let validator = validators.get(version);
  if (!validator) {
    const spec = loadBundledSpec();
    validator = new SpecValidator(version === LATEST ? spec : documentAsOf(spec, version));
    validators.set(version, validator);
  }
  return validator;
}

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export interface CallOptions {
  auth?: string | null;
  body?: unknown;
  rawBody?: BodyInit;
  headers?: Record<string, string>;
}

export const basic = (name: string, password: string) =>
  `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
export const ADMIN = basic('admin', 'admin');

export class Harness {
  readonly seen: string[] = [];
  private constructor(readonly sandbox: RunningSandbox) {}

  static async start(options: Partial<SandboxOptions> = {}): Promise<Harness> {
    return new Harness(await startSandbox({ dbPath: ':memory:', port: 0, seedUsers: 40, ...options }));
  }

  get baseUrl(): string {
    return this.sandbox.baseUrl;
  }

  /** Sends a request; when `operationId` is given, the response must match the spec. */
  async call(operationId: string | null, method: string, path: string, options: CallOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    const auth = options.auth === undefined ? ADMIN : options.auth;
    if (auth) headers.authorization = auth;
    let body: BodyInit | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    this.seen.push(text, JSON.stringify([...response.headers]));
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    if (operationId) {
      const check = validatorFor(this.sandbox.extenderVersion).validateResponse(
        operationId,
        response.status,
        response.headers.get('content-type'),
        parsed,
      );
      expect(check.violations, `${method} ${path} → ${response.status} ${text.slice(0, 200)}`).toEqual([]);
    }
    return { status: response.status, headers: response.headers, body: parsed, text };
  }

  close(): Promise<void> {
    return this.sandbox.close();
  }
}

/**
 * A GET sent from another local address (127.0.0.2, ...): the server sees another client, as it
 * would another machine. Linux routes all of 127.0.0.0/8 to the loopback interface.
 */
export function getFrom(
  localAddress: string,
  url: string,
  auth: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { localAddress, headers: { authorization: auth }, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: JSON.parse(text) }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}
