import { describe, expect, it, vi } from 'vitest';
import { authorizationUrl, challengeOf, createVerifier, exchangeCode, savePending, takeCallback, tokenRequest } from './oidc';

const metadata = { authorization_endpoint: 'https://id.example/authorize', token_endpoint: 'https://id.example/token' };
const settings = { issuer: 'https://id.example', clientId: 'vendor-sla-ui' };

describe('OpenID Connect with PKCE', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes a 43-character base64url verifier from 32 random bytes', () => {
    const verifier = createVerifier(() => new Uint8Array(32).fill(255));
    expect(verifier).toHaveLength(43);
    expect(verifier).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("sends the browser to the issuer with the code challenge and this attempt's state", async () => {
    const url = new URL(await authorizationUrl(metadata, settings, 'https://sla.example',
      { state: 's-1', verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', returnTo: '/vendors' }));
    expect(url.origin + url.pathname).toBe('https://id.example/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code', client_id: 'vendor-sla-ui', redirect_uri: 'https://sla.example/signin/callback',
      scope: 'openid', state: 's-1', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
  });

  it('takes the code back only with the state this tab sent, and only once', () => {
    savePending({ state: 's-1', verifier: 'v', returnTo: '/x' });
    expect(() => takeCallback('https://sla.example/signin/callback?code=c&state=forged')).toThrow(/does not belong/);
    expect(() => takeCallback('https://sla.example/signin/callback?code=c&state=s-1')).toThrow(/No sign-in was started/);

    savePending({ state: 's-2', verifier: 'v', returnTo: '/x' });
    expect(takeCallback('https://sla.example/signin/callback?code=c-2&state=s-2'))
      .toEqual({ code: 'c-2', pending: { state: 's-2', verifier: 'v', returnTo: '/x' } });
  });

  it('says what the issuer refused', () => {
    savePending({ state: 's', verifier: 'v', returnTo: '/' });
    expect(() => takeCallback('https://sla.example/signin/callback?error=access_denied&state=s'))
      .toThrow('The sign-in service refused: access_denied');
  });

  it('exchanges the code with the verifier as a public client', async () => {
    const { url, init } = tokenRequest(metadata, settings, 'https://sla.example', 'the-code', 'the-verifier');
    expect(url).toBe('https://id.example/token');
    expect(init.method).toBe('POST');
    expect(Object.fromEntries(new URLSearchParams(String(init.body)))).toEqual({
      grant_type: 'authorization_code', code: 'the-code', redirect_uri: 'https://sla.example/signin/callback',
      client_id: 'vendor-sla-ui', code_verifier: 'the-verifier',
    });

    const fetch = vi.fn(async () => new Response(JSON.stringify({ access_token: 'jwt', token_type: 'Bearer' }), { status: 200 }));
    expect(await exchangeCode(metadata, settings, 'https://sla.example', 'the-code', 'the-verifier', fetch as unknown as typeof globalThis.fetch)).toBe('jwt');

    const refusing = vi.fn(async () => new Response(JSON.stringify({ error: 'invalid_grant' }), { status: 400 }));
    await expect(exchangeCode(metadata, settings, 'https://sla.example', 'x', 'y', refusing as unknown as typeof globalThis.fetch))
      .rejects.toThrow('invalid_grant');
  });
});
