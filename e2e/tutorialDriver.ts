import { expect, type Page } from '@playwright/test';
import { loadLanguage, translate } from '../src/i18n';
// The page's later English (the inspector's, the run panels', the dialogs') arrives with the parts
// that show it; the driver names their fields and buttons, so it has all of it.
import '../src/i18n/later/editorText';
import '../src/i18n/later/runText';
import '../src/i18n/later/shareText';
import { CATALOGUE, type DiagramDocument, type Lang } from '../src/model';
import { resolveRoles } from '../src/tutorials/roles';
import type { Action, Tutorial } from '../src/tutorials/types';
import { TUTORIAL_TEXT } from '../src/tutorials/ui/strings';

/*
 * Plays a tutorial the way a person does: every "Show me" action of every step is done with the
 * mouse and keyboard (palette drags, wiring drags, inspector fields, the run bar, the context
 * menu), then the test waits for the tutorial card to say the step is done. Roles are resolved
 * from what the page shows (components by kind in order, wires by their ends), as the app does.
 */

/** The diagram's shape as the page shows it: components with their kinds, wires with their ends. */
async function shapeOnPage(page: Page): Promise<DiagramDocument> {
  const nodes = await page.locator('.react-flow__node').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-id') ?? '',
      kind: el.querySelector('[data-kind]')?.getAttribute('data-kind') ?? '',
    })),
  );
  const edges = await page.locator('.react-flow__edge-path[data-source]').evaluateAll((els) =>
    els.map((el) => ({
      source: el.getAttribute('data-source') ?? '',
      target: el.getAttribute('data-target') ?? '',
    })),
  );
  return {
    version: 1,
    name: '',
    nodes: nodes.map((n) => ({
      ...n,
      kind: n.kind as never,
      label: '',
      position: { x: 0, y: 0 },
      props: {},
    })),
    edges: edges.map((e, i) => ({ id: `w${i}`, ...e, props: {} })),
    viewport: { x: 0, y: 0, zoom: 1 },
    run: { seed: 1, speed: 1 },
  };
}

async function roleId(page: Page, tutorial: Tutorial, role: string): Promise<string> {
  const id = resolveRoles(await shapeOnPage(page), tutorial.roles).get(role);
  if (!id) throw new Error(`${tutorial.id}: no component for role ${role}`);
  return id;
}

const nodeEl = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function centre(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`not on screen: ${selector}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A free spot on the visible canvas, near where the tutorial would put the component: a grid of
 * cells clear of other components and of the tutorial card, nearest first. When the canvas is
 * full, zoom out (the controls' button, as a person would) and look again.
 */
async function dropPoint(page: Page, at: { x: number; y: number }) {
  for (let attempt = 0; attempt < 4; attempt++) {
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const rects = (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    const nodes = (await rects('.react-flow__node')) as Box[];
    const busy = [
      ...nodes,
      ...((await rects('.tutorial-card, .react-flow__controls, .react-flow__minimap, .legend')) as Box[]),
    ];
    // A drop puts the component's centre at the pointer; a component is about 184 by 130 at zoom 1.
    const scale = nodes[0] ? (nodes[0].right - nodes[0].left) / 184 : 1;
    const [hw, hh] = [92 * scale + 24, 70 * scale + 20];
    const free = (x: number, y: number) =>
      busy.every((b) => x + hw < b.left || x - hw > b.right || y + hh < b.top || y - hh > b.bottom);
    const want = { x: pane.x + 120 + at.x * 0.8 * scale, y: pane.y + 110 + at.y * 0.8 * scale };
    const cells: { x: number; y: number }[] = [];
    for (let y = pane.y + hh + 10; y < pane.y + pane.height - hh; y += 30)
      for (let x = pane.x + hw + 10; x < pane.x + pane.width - hw; x += 30)
        if (free(x, y)) cells.push({ x, y });
    cells.sort((a, b) => Math.hypot(a.x - want.x, a.y - want.y) - Math.hypot(b.x - want.x, b.y - want.y));
    if (cells[0]) return cells[0];
    await page.locator('.react-flow__controls-zoomout').click();
    await page.waitForTimeout(400);
  }
  throw new Error('no free place on the canvas for another component');
}

/** A point on a component's outgoing handle where the page has the handle on top (a wire may run over it). */
async function handlePoint(page: Page, id: string) {
  return page
    .locator(`.react-flow__node[data-id="${id}"] .react-flow__handle.source`)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      const points = [
        [0.5, 0.5],
        [0.75, 0.5],
        [0.5, 0.25],
        [0.5, 0.75],
        [0.25, 0.5],
        [0.9, 0.9],
        [0.9, 0.1],
      ].map(([fx, fy]) => ({ x: r.left + fx! * r.width, y: r.top + fy! * r.height }));
      return points.find((p) => el.contains(document.elementFromPoint(p.x, p.y))) ?? points[0]!;
    });
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a person clicks a component: its heading (clear of the fields and badges inside), or the
 * middle of it when the view is zoomed so far out that components show as bare name bars.
 */
async function nodeHead(page: Page, id: string) {
  const head = `.react-flow__node[data-id="${id}"] .component-node__kind`;
  await expect(nodeEl(page, id), `component ${id}`).toBeVisible();
  return centre(page, (await page.locator(head).count()) ? head : `.react-flow__node[data-id="${id}"]`);
}

async function select(page: Page, id: string) {
  const head = await nodeHead(page, id);
  await page.mouse.click(head.x, head.y);
}

/**
 * A point on the wire itself, near its target: its label sits in the middle, and wires from one
 * component run together near their source. A person clicks where the wire shows, so the point
 * must be one where the page has this wire on top (not a component, a label or the card).
 */
async function wirePoint(page: Page, source: string, target: string) {
  return page
    .locator(`.react-flow__edge-path[data-source="${source}"][data-target="${target}"]`)
    .evaluate((el) => {
      const path = el as SVGPathElement;
      const edge = path.closest('.react-flow__edge');
      const m = path.getScreenCTM()!;
      const total = path.getTotalLength();
      const fractions = Array.from({ length: 39 }, (_, i) => 0.03 + i * 0.025).sort(
        (a, b) => Math.abs(a - 0.7) - Math.abs(b - 0.7),
      );
      let first: { x: number; y: number } | null = null;
      for (const f of fractions) {
        const p = path.getPointAtLength(total * f);
        const at = { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
        first ??= at;
        const hit = document.elementFromPoint(at.x, at.y);
        if (hit && edge && hit.closest('.react-flow__edge') === edge) return at;
      }
      return first!;
    });
}

async function clickWire(page: Page, source: string, target: string, button: 'left' | 'right' = 'left') {
  const p = await wirePoint(page, source, target);
  await page.mouse.click(p.x, p.y, { button });
}

/**
 * Selects a component or wire with `pick` until the inspector shows the field (a click that
 * landed while the page redrew under a fast run may not select it: a person clicks again).
 */
async function openField(page: Page, key: string, pick: () => Promise<void>) {
  const field = page.locator(`.inspector [data-prop="${key}"]`);
  for (let attempt = 0; attempt < 3; attempt++) {
    await pick();
    const shown = await field.waitFor({ timeout: 4_000 }).then(
      () => true,
      () => false,
    );
    if (shown) return;
  }
}

async function setField(page: Page, key: string, value: string | number | boolean) {
  const field = page.locator(`.inspector [data-prop="${key}"]`);
  await expect(field, `field ${key}`).toBeVisible();
  const select = field.locator('select');
  if (await select.count()) {
    await select.selectOption(String(value));
    return;
  }
  const toggle = field.locator('input[type="checkbox"], [role="switch"]');
  if (await toggle.count()) {
    const on =
      (await toggle.getAttribute('aria-checked')) === 'true' || (await toggle.isChecked().catch(() => false));
    if (on !== value) await toggle.click();
    return;
  }
  const input = field.locator('input');
  await input.fill(String(value));
  await input.press('Enter');
}

/** The fault menu item a fault is offered as, in the page's language. */
function faultLabel(lang: Lang, fault: string): string | RegExp {
  const t = (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) =>
    translate(lang, k, p);
  switch (fault) {
    case 'stop':
      return t('fault.stop');
    case 'start':
      return t('fault.start');
    case 'slow':
      return t('fault.slow', { factor: 5 });
    case 'errors':
      return t('fault.errors', { pct: 50 });
    case 'instanceDown':
      return t('fault.instanceDown');
    case 'instanceUp':
      return t('fault.instanceUp');
    case 'deploy':
      return t('fault.deploy');
    case 'restore':
      return t('fault.restore');
    case 'cut':
      return t('fault.cut');
    case 'heal':
      return t('fault.heal');
    default:
      return new RegExp(`^${t('fault.replay', { group: '@@' }).split('@@')[0]!.replace(/[()]/g, '\\$&')}`);
  }
}

async function runButton(page: Page, lang: Lang, which: 'run.play' | 'run.pause') {
  const button = page.getByRole('button', { name: translate(lang, which), exact: true });
  if (await button.isVisible()) await button.click();
}

/**
 * Does a gesture until `items` has one more element, at most three times: a person whose drop or
 * wiring drag did not land (the page was busy with a fast run) does it again.
 */
async function gestureAdding(
  items: import('@playwright/test').Locator,
  what: string,
  gesture: () => Promise<void>,
): Promise<void> {
  const before = await items.count();
  for (let attempt = 0; attempt < 3; attempt++) {
    await gesture();
    const landed = await expect(items)
      .toHaveCount(before + 1, { timeout: 8_000 })
      .then(
        () => true,
        () => false,
      );
    if (landed) return;
    if (process.env.TUTORIAL_TIMING) console.log(`${what}: again`);
  }
  await expect(items, what).toHaveCount(before + 1);
}

/** Does one "Show me" action by hand. */
export async function performByHand(
  page: Page,
  tutorial: Tutorial,
  action: Action,
  lang: Lang,
): Promise<void> {
  switch (action.do) {
    case 'add': {
      const name = CATALOGUE[action.kind].name[lang];
      const item = page.locator(`.palette [data-kind="${action.kind}"]`);
      await gestureAdding(page.locator('.react-flow__node'), `added ${name}`, async () => {
        await item.scrollIntoViewIfNeeded();
        const to = await dropPoint(page, action.at);
        const from = await centre(page, `.palette [data-kind="${action.kind}"]`);
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await page.mouse.move(from.x + 30, from.y + 5, { steps: 2 });
        await page.mouse.move(to.x, to.y, { steps: 6 });
        await page.mouse.up();
      });
      if (action.label) {
        const field = page.getByLabel(translate(lang, 'inspector.name'), { exact: true });
        await field.fill(action.label[lang]);
        await field.press('Enter');
      }
      return;
    }
    case 'connect': {
      const [s, t] = [await roleId(page, tutorial, action.from), await roleId(page, tutorial, action.to)];
      await gestureAdding(
        page.locator('.react-flow__edge'),
        `wired ${action.from} → ${action.to}`,
        async () => {
          const start = await handlePoint(page, s);
          const target = (await nodeEl(page, t).boundingBox())!;
          await page.mouse.move(start.x, start.y);
          await page.mouse.down();
          await page.mouse.move(start.x + 20, start.y, { steps: 2 });
          await page.mouse.move(target.x + 4, target.y + target.height / 2, { steps: 6 });
          await page.mouse.up();
        },
      );
      return;
    }
    case 'set': {
      const id = await roleId(page, tutorial, action.role);
      await openField(page, action.key, () => select(page, id));
      await setField(page, action.key, action.value);
      return;
    }
    case 'setWire': {
      const [s, t] = [await roleId(page, tutorial, action.from), await roleId(page, tutorial, action.to)];
      await openField(page, action.key, () => clickWire(page, s, t));
      await setField(page, action.key, action.value);
      return;
    }
    case 'remove':
      await select(page, await roleId(page, tutorial, action.role));
      await page.keyboard.press('Delete');
      return;
    case 'run':
      await runButton(page, lang, 'run.play');
      // As a person does, wait until it is going before reaching for the context menu.
      await expect(
        page.getByRole('button', { name: translate(lang, 'run.pause'), exact: true }),
      ).toBeVisible();
      return;
    case 'pause':
      await runButton(page, lang, 'run.pause');
      await expect(
        page.getByRole('button', { name: translate(lang, 'run.play'), exact: true }),
      ).toBeVisible();
      return;
    case 'reset': {
      // Disabled when the run is already at its start (a wiring change while stopped restarted
      // it): a person sees there is nothing to reset and goes on.
      const reset = page.getByRole('button', { name: translate(lang, 'run.reset'), exact: true });
      if (await reset.isEnabled()) {
        await reset.click();
        // The run is back at its start (the clock at zero, Reset greyed out) before a person
        // presses Run: a Run pressed while the reset is still on its way finds the Pause button
        // there, and the reset then stops the run it would have started.
        await expect(reset).toBeDisabled();
      }
      return;
    }
    case 'speed':
      await page
        .getByRole('combobox', { name: translate(lang, 'run.speed'), exact: true })
        .selectOption(String(action.value));
      return;
    case 'fault': {
      const item = page.getByRole('menuitem', { name: faultLabel(lang, action.fault), exact: true });
      // A right-click that lands while the canvas re-renders under a fast run can miss: a person
      // whose menu did not open right-clicks again.
      for (let attempt = 0; ; attempt++) {
        if ('from' in action) {
          const [s, t] = [await roleId(page, tutorial, action.from), await roleId(page, tutorial, action.to)];
          await clickWire(page, s, t, 'right');
        } else {
          const head = await nodeHead(page, await roleId(page, tutorial, action.role));
          await page.mouse.click(head.x, head.y, { button: 'right' });
        }
        if (attempt === 2) break;
        const opened = await item.waitFor({ timeout: 5_000 }).then(
          () => true,
          () => false,
        );
        if (opened) break;
        await page.keyboard.press('Escape');
      }
      await item.click();
      return;
    }
  }
}

/** Plays a whole tutorial by hand from its first step to its completion screen. */
export async function completeByHand(page: Page, tutorial: Tutorial, lang: Lang): Promise<void> {
  const card = page.getByTestId('tutorial-card');
  const t = (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) =>
    translate(lang, k, p);
  const tt = (k: keyof typeof TUTORIAL_TEXT) => TUTORIAL_TEXT[k][lang] as string;
  // The page's words in the page's language (Ukrainian loads on demand here too).
  await loadLanguage(lang);
  // Faster virtual time, as a person in a hurry would choose; a step may change it again.
  await page.getByRole('combobox', { name: t('run.speed'), exact: true }).selectOption('50');
  for (const [i, step] of tutorial.steps.entries()) {
    const stepStarted = Date.now();
    await expect(
      card.getByRole('heading', { name: step.title[lang] }),
      `${tutorial.id} step ${i + 1}`,
    ).toBeVisible();
    const done = () => card.getByText(tt('tutorial.done')).isVisible();
    for (const action of step.showMe) {
      // A person stops once the card says the step is done (a later action may not be needed).
      if (step.goal && (await done())) break;
      const actionStarted = Date.now();
      try {
        await performByHand(page, tutorial, action, lang);
        if (process.env.TUTORIAL_TIMING)
          console.log(`  ${tutorial.id} ${step.id} ${action.do} ${Date.now() - actionStarted} ms`);
      } catch (error) {
        // The step was done meanwhile (the goal held before this action): nothing is missing.
        if (!(step.goal && (await done()))) throw error;
      }
    }
    // A step that slowed the run down to watch it (webhooks polling at 5x) has been done by hand;
    // while its figures build up, a person in a hurry puts the speed back to 50x, as at the start.
    if (step.goal && step.showMe.some((a) => a.do === 'speed' && a.value < 50) && !(await done()))
      await page.getByRole('combobox', { name: t('run.speed'), exact: true }).selectOption('50');
    if (step.goal)
      await expect(card.getByText(tt('tutorial.done')), `${tutorial.id}: ${step.id} reached`).toBeVisible({
        timeout: 60_000,
      });
    await card.getByRole('button', { name: tt('tutorial.continue') }).click();
    if (process.env.TUTORIAL_TIMING) console.log(`${tutorial.id} ${step.id} ${Date.now() - stepStarted} ms`);
  }
  await expect(card.getByRole('heading', { name: tt('tutorial.question') })).toBeVisible();
  // However long the panels' contents, the page itself is the window's height: only the panels scroll.
  expect(
    await page.evaluate(() => document.documentElement.scrollHeight - innerHeight),
    'how far the page could scroll',
  ).toBe(0);
  const right = tutorial.check.options.find((o) => o.correct)!;
  // A click (not check(): the question is gone the moment it is answered).
  await card.getByLabel(right.text[lang]).click();
  await expect(card.getByRole('heading', { name: tt('tutorial.complete') })).toBeVisible();
  await expect(card.getByText(tt('tutorial.answerRight'))).toBeVisible();
}
