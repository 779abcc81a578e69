import { describe, expect, it } from 'vitest';
import { makeSelfContained } from '../src/render-docs.js';

const redocPage = (extra = '') =>
  `<html><head></head><body>${extra}<img src="https://cdn.redoc.ly/redoc/logo-mini-full.svg"><img src="https://cdn.redoc.ly/redoc/logo-mini.svg"><script>a="https://cdn.redocly.com/icons/fa/7.0.0";b="https://cdn.redocly.com/icons/code/5.24.0";c="https://otel.cloud.redocly.com/v1/traces"</script></body></html>`;

describe('makeSelfContained', () => {
  it('replaces every CDN and collector address of a Redoc page, and adds an inline favicon', () => {
    const page = makeSelfContained(redocPage());
    expect(page).not.toMatch(/cdn\.redoc\.ly|cdn\.redocly\.com|otel\.cloud\.redocly\.com/);
    expect(page).toContain('<link rel="icon" href="data:,">');
  });

  it('fails when Redoc no longer has one of them, so an upgrade is looked at', () => {
    expect(() =>
      makeSelfContained(
        redocPage().replace('https://otel.cloud.redocly.com/v1/traces', 'https://elsewhere.example/traces'),
      ),
    ).toThrow(/otel\.cloud\.redocly\.com.* is not in the rendered docs any more/);
  });
});
