import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderAt } from '../../test/render';
import { useAuth } from '../../lib/auth';
import { SignInPage } from './SignInPage';

function Probe() {
  const { session } = useAuth();
  return session ? <p>signed in as {session.user.username} ({session.user.roles.join()})</p> : <SignInPage config={{ auth: 'demo' }} />;
}

describe('signing in with a demo user', () => {
  it('checks the name and password with the platform and keeps who signed in for this tab', async () => {
    const user = userEvent.setup();
    renderAt([{ path: '/', element: <Probe /> }], '/', (url, init) => {
      const authorization = new Headers(init.headers).get('Authorization');
      expect(url).toBe('/api/me');
      return authorization === `Basic ${btoa('legal:legal')}`
        ? jsonResponse(200, { username: 'legal', roles: ['LEGAL'] })
        : jsonResponse(401, { status: 401, code: 'UNAUTHENTICATED' });
    }, null);

    await user.type(screen.getByRole('textbox', { name: /User name/ }), 'legal');
    await user.type(screen.getByLabelText(/Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The user name or password is wrong.');

    await user.clear(screen.getByLabelText(/Password/));
    await user.type(screen.getByLabelText(/Password/), 'legal');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.getByText('signed in as legal (LEGAL)')).toBeInTheDocument());
    expect(sessionStorage.getItem('sla.session')).toContain('"username":"legal"');
  });
});
