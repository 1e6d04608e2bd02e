import AxeBuilder from '@axe-core/playwright';
import { TUTORIALS } from '../src/tutorials/index';
import { expect, test } from './fixtures';
import { openApp } from './helpers';
import { completeByHand } from './tutorialDriver';

/** Opens the Learn dialog and starts a tutorial, as a person does from the toolbar. */
async function startFromLearn(
  page: import('@playwright/test').Page,
  title: string,
  lang: 'en' | 'uk' = 'en',
) {
  await page.getByRole('button', { name: lang === 'en' ? 'Learn' : 'Навчання', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByRole('button', { name: new RegExp(`^(Start|Почати): ${title.replace(/[()]/g, '\\$&')}$`) })
    .click();
  await expect(page.getByTestId('tutorial-card')).toBeVisible();
}

// Messages drawn a few times a second (the app honours reduced motion): the page stays quick to
// drive while a run goes on at 50x, and each tutorial takes a minute or two rather than three.
test.use({ reducedMotion: 'reduce' });

// The first tutorial is completed by hand in Ukrainian below (from the first-visit welcome), which
// covers it; the others in English.
for (const tutorial of TUTORIALS.slice(1)) {
  test(`a person completes the “${tutorial.title.en}” tutorial with the mouse and keyboard`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await openApp(page);
    await startFromLearn(page, tutorial.title.en);
    await completeByHand(page, tutorial, 'en');
  });
}

test('the first tutorial, completed in Ukrainian, from the first-visit welcome', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  await page.getByLabel('Language').selectOption('uk');
  await page.getByRole('button', { name: 'Почати перший урок' }).click();
  await completeByHand(page, TUTORIALS[0]!, 'uk');
  await expect(page.getByRole('heading', { name: 'Урок пройдено' })).toBeVisible();
});

test('a hint appears after 30 seconds without progress, progress survives a reload, a tutorial opens by link', async ({
  page,
}) => {
  await page.clock.install();
  await openApp(page);
  const first = TUTORIALS[0]!;
  // The page's clock stands still from just before the step starts: on a flowing clock a loaded
  // machine's real seconds would add to the 29 fast-forwarded ones.
  await page.getByRole('button', { name: 'Learn', exact: true }).click();
  const start = page.getByRole('dialog').getByRole('button', { name: `Start: ${first.title.en}` });
  await expect(start).toBeVisible();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await start.click();
  // The step's timer starts once the tutorial's code has loaded, and the dialog closes just after
  // that: jumping the clock earlier would jump past nothing. (The card itself shows only after
  // the jump: React reveals a loaded lazy part on a timer, and this clock stands still.)
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.clock.fastForward('00:29');
  const card = page.getByTestId('tutorial-card');
  await expect(card.getByRole('heading', { name: first.steps[0]!.title.en })).toBeVisible();
  await expect(card.getByText('Hint')).toHaveCount(0);
  await page.clock.fastForward('00:02');
  await expect(card.getByText('Hint')).toBeVisible();
  await page.clock.resume();
  // Done with step 1 by hand, then a reload: the Learn dialog says where I was and continues there.
  await page.getByRole('button', { name: 'Add Client', exact: true }).click();
  await card.getByRole('button', { name: 'Continue' }).click();
  await expect(card.getByRole('heading', { name: first.steps[1]!.title.en })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Learn', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText(`At step 2 of ${first.steps.length}`);
  await page.getByRole('button', { name: `Continue: ${first.title.en}` }).click();
  await expect(card.getByRole('heading', { name: first.steps[1]!.title.en })).toBeVisible();
  // The client added before the reload is still there: resuming judges the diagram as it is.
  await expect(page.locator('.component-node[data-kind="client"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Leave' }).click();
  await expect(card).toHaveCount(0);
  await expect(page.locator('.component-node[data-kind="client"]')).toHaveCount(1);
  await page.goto(`/#l=${TUTORIALS[1]?.id ?? first.id}`);
  await expect(card).toBeVisible();
  await page.goto('/#l=no-such-tutorial');
  await expect(page.getByRole('alert')).toContainText('There is no tutorial called “no-such-tutorial”');
});

test('a tutorial step has no serious or critical accessibility violation', async ({ page }) => {
  await openApp(page);
  await startFromLearn(page, TUTORIALS[0]!.title.en);
  await page.getByRole('button', { name: 'Show me' }).click();
  await expect(page.getByTestId('tutorial-card').getByText('Done!')).toBeVisible();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
