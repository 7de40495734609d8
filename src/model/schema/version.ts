/** The version of the stored data layout. Bump it together with a new step in migrations.ts. */
export const SCHEMA_VERSION = 1;
