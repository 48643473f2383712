import type { components } from './api-types';

/** The API's types, generated from docs/openapi/standalone.json (npm run gen:api): a changed field breaks the build. */
export type Schemas = components['schemas'];

/**
 * A decimal as the API sends it (api.md: decimals are JSON strings such as "100000.00"). Accepts a number too while
 * a document still types it so; the interface shows it exactly as given, never through floating point arithmetic.
 */
export type Decimal = string | number;
