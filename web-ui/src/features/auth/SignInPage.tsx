import { useState, type FormEvent } from 'react';
import { useAuth } from '../../lib/auth';
import { TextField } from '../../components/FormField';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import type { UiConfig } from '../../lib/uiConfig';
import { authorizationUrl, createVerifier, discover, savePending } from '../../lib/oidc';
import { randomUuid } from '../../lib/ids';

const DEMO_USERS = [
  { name: 'manager', role: 'vendor manager' },
  { name: 'legal', role: 'legal' },
  { name: 'auditor', role: 'auditor' },
  { name: 'admin', role: 'admin' },
  { name: 'northwind', role: "Northwind Hosting's own user" },
];

/** Sign-in: the demo users' form (HTTP Basic underneath), or the way to the OpenID Connect issuer. */
export function SignInPage({ config }: { config: UiConfig }) {
  useDocumentTitle('Sign in');
  return (
    <main id="main" className="sign-in">
      <h1>Vendor SLA governance</h1>
      {config.auth === 'oidc' ? <OidcSignIn config={config} /> : <DemoSignIn />}
    </main>
  );
}

function DemoSignIn() {
  const { signIn } = useAuth();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      await signIn({ kind: 'basic', username: username.trim(), password });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Sign-in failed.');
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="sign-in-heading" className="card">
      <h2 id="sign-in-heading">Sign in</h2>
      <p>Demo users: {DEMO_USERS.map((u, i) => (
        <span key={u.name}>{i > 0 ? ', ' : ''}<code>{u.name}</code> ({u.role})</span>
      ))}. Each one&apos;s password is its name.</p>
      <form onSubmit={submit} noValidate>
        <TextField label="User name" name="username" autoComplete="username" required value={username}
          onChange={(e) => setUsername(e.target.value)} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required
          value={password} onChange={(e) => setPassword(e.target.value)} />
        {error ? <p role="alert" className="notice notice--error">{error}</p> : null}
        <button type="submit" disabled={pending}>{pending ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </section>
  );
}

function OidcSignIn({ config }: { config: Extract<UiConfig, { auth: 'oidc' }> }) {
  const [error, setError] = useState<string>();
  async function start() {
    try {
      const metadata = await discover(config.oidc.issuer);
      const pending = { state: randomUuid(), verifier: createVerifier(), returnTo: window.location.pathname + window.location.search };
      savePending(pending);
      window.location.assign(await authorizationUrl(metadata, config.oidc, window.location.origin, pending));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Sign-in failed.');
    }
  }
  return (
    <section aria-labelledby="sign-in-heading" className="card">
      <h2 id="sign-in-heading">Sign in</h2>
      <p>You sign in with your organisation&apos;s account.</p>
      {error ? <p role="alert" className="notice notice--error">{error}</p> : null}
      <button type="button" onClick={() => void start()}>Sign in with your organisation</button>
    </section>
  );
}
