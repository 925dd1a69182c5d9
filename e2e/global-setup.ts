import type { FullConfig } from '@playwright/test';
import { startEnvironment } from './support/environment';

// Starts Dovecot and Mailroom once for all tests; the returned function is
// the global teardown. Tests read the facts from the environment.
export default async function globalSetup(_config: FullConfig) {
  const env = await startEnvironment();
  process.env.MAILROOM_E2E_URL = env.baseURL;
  process.env.MAILROOM_E2E_ADMIN_PASSWORD = env.adminPassword;
  process.env.MAILROOM_E2E_IMAPS_PORT = String(env.imapsPort);
  process.env.MAILROOM_E2E_CERT = env.certPEM;
  return () => env.stop();
}
