import { expect, test } from './fixtures';
import { connect, dragFromPalette, node, openApp, setField } from './helpers';

/** Opens a design challenge from the Learn dialog, as a person does. */
async function openChallenge(page: import('@playwright/test').Page, title: string) {
  await page.getByRole('button', { name: 'Learn', exact: true }).click();
  await page.getByRole('tab', { name: 'Challenges' }).click();
  await page.getByRole('button', { name: `Open: ${title}` }).click();
  await expect(page.getByTestId('challenge-card')).toBeVisible();
}

const check = async (page: import('@playwright/test').Page) => {
  const card = page.getByTestId('challenge-card');
  await card.getByRole('button', { name: 'Check my design' }).click();
  await expect(card.getByRole('button', { name: 'Check my design' })).toBeEnabled({ timeout: 30_000 });
  return card;
};

test('a person solves two design challenges; the first check fails, says why, and the fix passes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await openChallenge(page, 'A report that blocks');
  // The obvious first move: make the app asynchronous.
  await node(page, 'Accounting app').click();
  await page.getByLabel('Mode', { exact: true }).selectOption('async');
  let card = await check(page);
  await expect(card.getByText('Not yet: some goals did not hold.')).toBeVisible();
  await expect(card.locator('tr[data-goal="throughput"]')).toHaveClass(/is-fail/);
  await expect(card.locator('tr[data-goal="ack"]')).toHaveClass(/is-pass/);
  // The result says why: Reports turned requests away. More instances fix it.
  await expect(card.getByText(/its backlog was full/).first()).toBeVisible();
  await node(page, 'Reports').click();
  await setField(page, 'Instances', '6');
  card = await check(page);
  await expect(card.getByText('Passed: every goal held on every run.')).toBeVisible();

  // The second: a queue in front of Invoicing rides out its outage.
  await openChallenge(page, 'Invoicing goes down');
  await page.getByText('Invoicing', { exact: true }).first().waitFor();
  const before = await page.locator('.react-flow__edge').count();
  const a = await node(page, 'Checkout').locator('.react-flow__handle.source').boundingBox();
  const b = await node(page, 'Invoicing').locator('.react-flow__handle.target').boundingBox();
  await page.mouse.click((a!.x + b!.x) / 2 + 4, (a!.y + b!.y) / 2 + 4);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(before - 1);
  // Below the two components, left of the challenge card (the diagram was fitted beside it).
  const checkout = (await node(page, 'Checkout').boundingBox())!;
  await dragFromPalette(page, 'Message queue', {
    x: checkout.x + checkout.width / 2 + 60,
    y: checkout.y + 260,
  });
  await connect(page, 'Checkout', 'Message queue');
  await connect(page, 'Message queue', 'Invoicing');
  await node(page, 'Invoicing').click();
  await setField(page, 'Instances', '3');
  card = await check(page);
  await expect(card.getByText('Passed: every goal held on every run.')).toBeVisible();
  // Both show as solved in the list.
  await page.getByRole('button', { name: 'Learn', exact: true }).click();
  await page.getByRole('tab', { name: 'Challenges' }).click();
  await expect(page.getByRole('dialog').getByText('Solved')).toHaveCount(2);
});

test('five interview questions in practice mode, in Ukrainian; what was not known comes back first', async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel('Language').selectOption('uk');
  await page.getByRole('button', { name: 'Навчання', exact: true }).click();
  await page.getByRole('tab', { name: 'Підготовка до співбесіди' }).click();
  await page.getByRole('button', { name: 'Почати тренування' }).click();
  const round = page.getByTestId('interview');
  const marks = ['Ще ні', 'Знав(ла)', 'Частково', 'Знав(ла)', 'Знав(ла)'];
  const asked: string[] = [];
  for (const [i, mark] of marks.entries()) {
    await expect(round.getByText(new RegExp(`^Питання ${i + 1} з \\d+$`))).toBeVisible();
    asked.push((await round.locator('.interview__question').textContent()) ?? '');
    await round.getByLabel(/Ваша відповідь/).fill('Черга згладжує сплески навантаження.');
    await round.getByRole('button', { name: 'Показати зразкову відповідь' }).click();
    await expect(round.getByRole('region', { name: 'Зразкова відповідь' })).toBeVisible();
    await round.getByRole('button', { name: mark, exact: true }).click();
  }
  await page.getByRole('button', { name: 'Закрити' }).click();
  // Next time, the question not yet known is asked first, then the partly known one.
  await page.getByRole('button', { name: 'Навчання', exact: true }).click();
  await page.getByRole('tab', { name: 'Підготовка до співбесіди' }).click();
  await page.getByRole('button', { name: 'Почати тренування' }).click();
  await expect(round.locator('.interview__question')).toHaveText(asked[0]!);
  await round.getByRole('button', { name: 'Показати зразкову відповідь' }).click();
  await round.getByRole('button', { name: 'Ще ні', exact: true }).click();
  await expect(round.locator('.interview__question')).toHaveText(asked[2]!);
  // Show me opens what demonstrates the answer.
  await round.getByRole('button', { name: 'Показати зразкову відповідь' }).click();
  await round.getByRole('button', { name: 'Покажіть' }).click();
  await expect(round).toHaveCount(0);
  // A tutorial opens at its step, or an example opens (running where that helps).
  await expect(page.getByTestId('tutorial-card').or(page.locator('.react-flow__node').first())).toBeVisible();
});
