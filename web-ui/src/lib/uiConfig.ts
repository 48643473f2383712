import type { OidcSettings } from './oidc';

/**
 * How this installation signs people in, read at start from /ui-config.json (served beside index.html; README,
 * "Web interface"): {"auth": "demo"} shows the demo users' form (HTTP Basic), {"auth": "oidc", "oidc": {issuer,
 * clientId, scope?}} sends people to the OpenID Connect issuer the sides trust.
 */
export type UiConfig = { auth: 'demo' } | { auth: 'oidc'; oidc: OidcSettings };

export function parseUiConfig(raw: unknown): UiConfig {
  if (raw && typeof raw === 'object' && (raw as { auth?: unknown }).auth === 'oidc') {
    const oidc = (raw as { oidc?: Partial<OidcSettings> }).oidc;
    if (!oidc?.issuer || !oidc.clientId) {
      throw new Error('ui-config.json: "oidc" needs "issuer" and "clientId"');
    }
    return { auth: 'oidc', oidc: { issuer: oidc.issuer, clientId: oidc.clientId, scope: oidc.scope, redirectUri: oidc.redirectUri } };
  }
  return { auth: 'demo' };
}

export async function loadUiConfig(fetchImpl: typeof fetch = fetch): Promise<UiConfig> {
  try {
    const response = await fetchImpl('/ui-config.json', { headers: { Accept: 'application/json' } });
    return response.ok ? parseUiConfig(await response.json()) : { auth: 'demo' };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('ui-config.json')) {
      throw error;
    }
    return { auth: 'demo' };
  }
}
