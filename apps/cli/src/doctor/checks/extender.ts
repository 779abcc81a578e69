// The Extender check: installed and enabled, which version (from the plugin manager), or what the
// Users API's answer says instead.
import { EXTENDER_PLUGIN_KEY } from '@extender-users/api-types';
import { describeAnswer } from '@extender-users/cli-kit';
import { describeError } from '../../errors.js';
import type { CheckResult } from '../check-result.js';
import { isAnswer, isFailure, type Facts } from '../probe.js';
import { ADVICE, failedRequest, SUBJECT } from './requests.js';

const answered = isAnswer;

export function extenderCheck(facts: Facts): { result: CheckResult; version?: string } {
  const { plugin, api } = facts;
  const apiWorks = api !== undefined && 'ok' in api;
  if (isFailure(api))
    return {
      result: {
        check: 'extender',
        verdict: 'fail',
        message: `not checked: ${failedRequest(SUBJECT.api, api)}: ${ADVICE[api.failure]}`,
      },
    };
  if (answered(plugin) && plugin.status === 200 && plugin.json && typeof plugin.json === 'object') {
    const { version, enabled, name } = plugin.json as { version?: unknown; enabled?: unknown; name?: unknown };
    const label = `${typeof name === 'string' ? name : 'Extender'} ${typeof version === 'string' ? version : '(version not given)'}`;
    if (enabled === false)
      return {
        result: {
          check: 'extender',
          verdict: 'fail',
          message: `${label} is installed but disabled: enable it in Confluence administration › Manage apps`,
        },
      };
    return {
      result: { check: 'extender', verdict: 'ok', message: `${label} is installed and enabled` },
      ...(typeof version === 'string' ? { version } : {}),
    };
  }
  if (apiWorks)
    return {
      result: {
        check: 'extender',
        verdict: 'ok',
        message: `the Users API answers; its version is not known (the plugin manager answered ${answered(plugin) ? describeAnswer(plugin) : 'nothing'})`,
      },
    };
  if (answered(plugin) && plugin.status === 404) {
    return {
      result: {
        check: 'extender',
        verdict: 'fail',
        message: `Extender for Confluence is not installed (the plugin manager does not know ${EXTENDER_PLUGIN_KEY}): install it from the Atlassian Marketplace, or check the base URL's context path`,
      },
    };
  }
  const apiError = api && 'error' in api ? api.error : undefined;
  if (apiError?.kind === 'forbidden' || (answered(plugin) && plugin.status === 403)) {
    return {
      result: {
        check: 'extender',
        verdict: 'skip',
        message: 'not checked: the plugin manager and the Users API answer administrators only',
      },
    };
  }
  if (apiError?.kind === 'not-extender')
    return {
      result: {
        check: 'extender',
        verdict: 'fail',
        message: `the Users API does not answer (${apiError.status === undefined ? 'no answer' : `HTTP ${apiError.status}`}): install or enable Extender for Confluence, or check the base URL's context path`,
      },
    };
  return {
    result: {
      check: 'extender',
      verdict: 'skip',
      message: `not known: ${apiError ? describeError(apiError).message : 'the plugin manager did not say'}`,
    },
  };
}
