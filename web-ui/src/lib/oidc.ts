/**
 * OpenID Connect authorization code flow with PKCE (RFC 7636) for production (ui.md, Sign-in): the browser goes to
 * the issuer the sides already trust, comes back with a code, and exchanges it for an access token that the API
 * client sends as a bearer token. Each piece is a function of its inputs so it can be tested on its own.
 */

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope?: string;
  /** Where the issuer sends the browser back; defaults to <origin>/signin/callback. */
  redirectUri?: string;
}

export interface IssuerMetadata {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

/** What waits in sessionStorage between leaving for the issuer and coming back. */
export interface PendingSignIn {
  state: string;
  verifier: string;
  returnTo: string;
}

const PENDING_KEY = 'sla.oidc.pending';

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  bytes.forEach((b) => {
    binary += String.fromCharCode(b);
  });
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A code verifier: 32 random bytes, base64url (43 characters, RFC 7636 §4.1). */
export function createVerifier(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  return base64Url(random(32));
}

/** The S256 code challenge of a verifier: base64url(SHA-256(verifier)) (RFC 7636 §4.2). */
export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export function redirectUriOf(settings: OidcSettings, origin: string): string {
  return settings.redirectUri ?? `${origin}/signin/callback`;
}

export async function discover(issuer: string, fetchImpl: typeof fetch = fetch): Promise<IssuerMetadata> {
  const response = await fetchImpl(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) {
    throw new Error(`The sign-in service at ${issuer} could not be reached (${response.status}).`);
  }
  return (await response.json()) as IssuerMetadata;
}

/** The address of the issuer's sign-in page for this attempt. */
export async function authorizationUrl(metadata: IssuerMetadata, settings: OidcSettings, origin: string,
  pending: PendingSignIn): Promise<string> {
  const url = new URL(metadata.authorization_endpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('redirect_uri', redirectUriOf(settings, origin));
  url.searchParams.set('scope', settings.scope ?? 'openid');
  url.searchParams.set('state', pending.state);
  url.searchParams.set('code_challenge', await challengeOf(pending.verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}

export function savePending(pending: PendingSignIn, storage: Storage = sessionStorage): void {
  storage.setItem(PENDING_KEY, JSON.stringify(pending));
}

/**
 * The code the issuer sent back, once its state is checked against the one this tab sent: a callback whose state
 * does not match (a forged or replayed redirect) is refused. The pending attempt is used up either way.
 */
export function takeCallback(callbackUrl: string, storage: Storage = sessionStorage): { code: string; pending: PendingSignIn } {
  const raw = storage.getItem(PENDING_KEY);
  storage.removeItem(PENDING_KEY);
  const params = new URL(callbackUrl).searchParams;
  const error = params.get('error');
  if (error) {
    throw new Error(`The sign-in service refused: ${params.get('error_description') ?? error}`);
  }
  if (!raw) {
    throw new Error('No sign-in was started in this tab. Please sign in again.');
  }
  const pending = JSON.parse(raw) as PendingSignIn;
  const state = params.get('state');
  if (!state || state !== pending.state) {
    throw new Error('The sign-in answer does not belong to this sign-in. Please sign in again.');
  }
  const code = params.get('code');
  if (!code) {
    throw new Error('The sign-in service sent no code. Please sign in again.');
  }
  return { code, pending };
}

/** The token request of RFC 6749 §4.1.3 with the PKCE verifier (a public client: no secret). */
export function tokenRequest(metadata: IssuerMetadata, settings: OidcSettings, origin: string, code: string,
  verifier: string): { url: string; init: RequestInit } {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUriOf(settings, origin),
    client_id: settings.clientId,
    code_verifier: verifier,
  });
  return {
    url: metadata.token_endpoint,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
    },
  };
}

export async function exchangeCode(metadata: IssuerMetadata, settings: OidcSettings, origin: string, code: string,
  verifier: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  const { url, init } = tokenRequest(metadata, settings, origin, code, verifier);
  const response = await fetchImpl(url, init);
  const answer = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string };
  if (!response.ok || !answer.access_token) {
    throw new Error(`The sign-in service did not issue a token (${answer.error ?? response.status}).`);
  }
  return answer.access_token;
}
