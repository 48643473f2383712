import { NavLink, Outlet } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../lib/auth';
import type { SignedInUser } from '../lib/session';
import { navigationFor, roleName } from './navigation';

/** The frame of every page: skip link, header with the main navigation and the signed-in user, the page. */
export function Layout({ user }: { user: SignedInUser }) {
  const { signOut } = useAuth();
  const queryClient = useQueryClient();
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <span className="app-name">Vendor SLA</span>
        <nav aria-label="Main">
          <ul>
            {navigationFor(user).map((link) => (
              <li key={link.name}>
                <NavLink to={link.to} end={link.to === '/'}>{link.name}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-user">
          <span>{user.username} ({user.roles.map(roleName).join(', ')})</span>
          <button type="button" className="button--quiet" onClick={() => {
            signOut();
            queryClient.clear();
          }}>Sign out</button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
