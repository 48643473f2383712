import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../lib/auth';
import { discover, exchangeCode, takeCallback } from '../../lib/oidc';
import type { UiConfig } from '../../lib/uiConfig';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** Where the issuer sends the browser back: checks the state, exchanges the code, signs in with the token. */
export function OidcCallback({ config }: { config: UiConfig }) {
  useDocumentTitle('Signing in');
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const started = useRef(false);
  useEffect(() => {
    if (started.current || config.auth !== 'oidc') {
      return;
    }
    started.current = true;
    (async () => {
      const { code, pending } = takeCallback(window.location.href);
      const metadata = await discover(config.oidc.issuer);
      const token = await exchangeCode(metadata, config.oidc, window.location.origin, code, pending.verifier);
      await signIn({ kind: 'bearer', token });
      navigate(pending.returnTo || '/', { replace: true });
    })().catch((failure: unknown) => setError(failure instanceof Error ? failure.message : 'Sign-in failed.'));
  }, [config, signIn, navigate]);
  return (
    <main id="main">
      <h1>Signing in</h1>
      {error ? <p role="alert" className="notice notice--error">{error} <a href="/">Start again</a></p>
        : <p role="status">Signing you in…</p>}
    </main>
  );
}
