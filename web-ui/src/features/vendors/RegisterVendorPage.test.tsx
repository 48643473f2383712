import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderAt } from '../../test/render';
import { RegisterVendorPage } from './RegisterVendorPage';

const routes = [
  { path: '/vendors/new', element: <RegisterVendorPage /> },
  { path: '/vendors/:vendorId', element: <p>vendor page</p> },
];

describe('registering a vendor', () => {
  it("shows the platform's validation message at the field, then registers once it is fixed", async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    const keys: (string | null)[] = [];
    const { router } = renderAt(routes, '/vendors/new', (_url, init) => {
      const body = JSON.parse(String(init.body));
      bodies.push(body);
      keys.push(new Headers(init.headers).get('Idempotency-Key'));
      return body.country === 'DE' ? jsonResponse(201, { id: 'vnd-9', version: 0 })
        : jsonResponse(400, { status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'country', message: 'must be an ISO-3166 alpha-2 country code such as DE' }] });
    });

    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Acme');
    await user.type(screen.getByRole('textbox', { name: 'Country' }), 'Germany');
    await user.click(screen.getByRole('button', { name: 'Register vendor' }));

    const country = await screen.findByRole('textbox', { name: 'Country', description: /ISO-3166 alpha-2/ });
    expect(country).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(country).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need attention.');

    await user.clear(country);
    await user.type(country, 'DE');
    await user.click(screen.getByRole('button', { name: 'Register vendor' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/vendors/vnd-9'));
    expect(bodies).toEqual([{ name: 'Acme', country: 'Germany' }, { name: 'Acme', country: 'DE' }]);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBeTruthy();
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('sends one request when the submit is clicked twice', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const { router } = renderAt(routes, '/vendors/new', async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 30));
      return jsonResponse(201, { id: 'vnd-1', version: 0 });
    });
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Acme');

    await user.dblClick(screen.getByRole('button', { name: 'Register vendor' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/vendors/vnd-1'));
    expect(calls).toBe(1);
  });
});
