/** One step of the responsibility browser test (e2e/responsibility.e2e.ts); to be written. */
import type { Browser } from 'playwright-core';
import type { ResponsibilityWorld } from './seed';

export async function acceptanceStep(_browser: Browser, _world: ResponsibilityWorld): Promise<void> {
  throw new Error('acceptance: this step is not written yet');
}
