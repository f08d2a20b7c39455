import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESPONSE_HEADERS } from '../../../main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/security';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name, values] as [string, string[]];
    }),
  );
}

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('denies by default and allows scripts only from the app itself', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });

  it('has no unsafe-inline, unsafe-eval, wildcard, nonce-less hash or remote source anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|blob:|wasm|strict-dynamic/);
    // data: only for images (vis-timeline draws a few as data URLs); never for scripts, styles or frames.
    for (const [name, values] of csp) if (name !== 'img-src') expect(values).not.toContain('data:');
  });

  it('shuts every other door', () => {
    for (const name of ['connect-src', 'object-src', 'base-uri', 'form-action', 'frame-src', 'frame-ancestors']) {
      expect(csp.get(name), name).toEqual(["'none'"]);
    }
    expect(csp.get('style-src')).toEqual(["'self'"]);
  });

  it('is sent with every app:// response', () => {
    expect(RESPONSE_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    const shell = readFileSync(new URL('../../../main/protocol-shell.ts', import.meta.url), 'utf8');
    expect(shell).toMatch(/headers: resolved\.headers/);
  });
});
