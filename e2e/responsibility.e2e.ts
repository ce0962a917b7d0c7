/**
 * Responsibility all the way down in the browser (issue 15), one district from start to end: the office splits
 * the street target across three streets; a street splits its share to its section; a cooperating street reports
 * its share with a photo and the lead unit consolidates it; the lead unit requests completion with evidence and
 * the office accepts it. Each step lives in e2e/responsibility/; screenshots: test-results/responsibility-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser } from './browser';
import { acceptanceStep } from './responsibility/acceptance';
import { ledgerRatingsStep } from './responsibility/ledger-ratings';
import { seedResponsibility, type ResponsibilityWorld } from './responsibility/seed';
import { sharesStep } from './responsibility/shares';
import { subtasksStep } from './responsibility/subtasks';
import { targetSharesStep } from './responsibility/target-shares';

describe('responsibility all the way down in the browser', () => {
  let world: ResponsibilityWorld;
  let browser: Browser;

  beforeAll(async () => {
    world = await seedResponsibility();
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await world?.district.stop();
  });

  it(
    'the office splits the jobs target across the three streets',
    () => targetSharesStep(browser, world),
    120_000,
  );
  it('a street splits its share to its section', () => subtasksStep(browser, world), 120_000);
  it(
    'a cooperating street reports its share with a photo; the lead unit consolidates',
    () => sharesStep(browser, world),
    120_000,
  );
  it('completion is requested with evidence and accepted', () => acceptanceStep(browser, world), 240_000);
  it(
    'the ledger drawer shows the target shares; the lead unit rates its co-units',
    () => ledgerRatingsStep(browser, world),
    180_000,
  );
});
