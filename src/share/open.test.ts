import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n';
import { type DiagramDocument, emptyDocument } from '../model';
import { randomDiagram } from '../model/testing/randomDiagram';
import { currentDocument, diagramActions } from '../store/diagram';
import { useRecent } from '../store/recent';
import { useUi } from '../store/ui';
import { documentFragment } from './linkCodec';
import { offerDocument, openFromLocation } from './open';

const mine: DiagramDocument = {
  ...emptyDocument('Mine'),
  nodes: [{ id: 'n1', kind: 'service', label: 'My service', position: { x: 0, y: 0 }, props: {} }],
};
const shared = randomDiagram(11, 5);

function setLocation(href: string): { replaced: string[] } {
  const url = new URL(href);
  const record = { replaced: [] as string[] };
  vi.stubGlobal('location', url);
  vi.stubGlobal('history', {
    state: null,
    replaceState: (_: unknown, __: string, to: string) => {
      record.replaced.push(to);
      url.hash = '';
    },
  });
  return record;
}

beforeEach(() => {
  vi.stubGlobal('localStorage', undefined);
  useUi.setState({ confirm: null, notices: [] });
  showLanguage('en');
  useRecent.setState({ entries: [], persisted: 'ok' });
  diagramActions.replace(emptyDocument());
});
afterEach(() => vi.unstubAllGlobals());

describe('opening a diagram over the person’s work', () => {
  it('opens straight away over an empty diagram', () => {
    offerDocument(shared, 'link');
    expect(useUi.getState().confirm).toBeNull();
    expect(currentDocument()).toEqual(shared);
    expect(useRecent.getState().entries).toEqual([]);
  });

  it('asks first over the person’s own diagram, and keeps theirs in Recent diagrams', () => {
    diagramActions.replace(mine);
    offerDocument(shared, 'link');
    const confirm = useUi.getState().confirm;
    expect(confirm?.title).toBe('Open the shared diagram?');
    expect(confirm?.body).toContain('(1 component)');
    expect(currentDocument()).toEqual(mine);

    confirm?.onConfirm();
    expect(currentDocument()).toEqual(shared);
    expect(useRecent.getState().entries).toMatchObject([{ name: 'Mine', nodes: 1, reason: 'replaced' }]);
    const texts = useUi.getState().notices.map((n) => n.text);
    expect(texts[0]).toMatch(/^Opened “.*”\. Your previous diagram is kept under Open → Recent diagrams\.$/s);
    // This test runs without localStorage: the person is told the copy lives only in this tab, and offered a download.
    expect(useUi.getState().notices[1]).toMatchObject({
      kind: 'warning',
      persistent: true,
      action: { label: 'Download it' },
    });
    expect(texts[1]).toContain('could not be kept in this browser’s storage');
  });

  it('does not ask when the incoming diagram is the one on screen', () => {
    diagramActions.replace(shared);
    offerDocument(structuredClone(shared), 'file', 'x.json');
    expect(useUi.getState().confirm).toBeNull();
    expect(useRecent.getState().entries).toEqual([]);
  });
});

describe('opening from the address', () => {
  it('opens a #d= link and clears the fragment, so a reload does not open it again', async () => {
    const history = setLocation(`http://localhost:4173/app/?x=1#${documentFragment(shared)}`);
    await openFromLocation();
    expect(currentDocument()).toEqual(shared);
    expect(history.replaced).toEqual(['/app/?x=1']);
  });

  it('says why a cut link cannot be opened, and leaves the diagram as it was', async () => {
    diagramActions.replace(mine);
    const fragment = documentFragment(shared);
    setLocation(`http://localhost:4173/#${fragment.slice(0, fragment.length - 20)}`);
    await openFromLocation();
    expect(currentDocument()).toEqual(mine);
    const notice = useUi.getState().notices.at(-1);
    expect(notice).toMatchObject({ kind: 'error', persistent: true });
    expect(notice?.text).toMatch(
      /^This link could not be opened: it is incomplete or damaged, probably cut off/,
    );
    expect(notice?.text).toMatch(/Your diagram was not changed\.$/);
  });

  it('opens a built-in diagram by #t=, and refuses an unknown one by name', async () => {
    setLocation('http://localhost:4173/#t=starter-queue');
    await openFromLocation();
    expect(currentDocument().name).toBe('Starter: a queue between two services');
    setLocation('http://localhost:4173/#t=no-such-thing');
    await openFromLocation();
    expect(useUi.getState().notices.at(-1)?.text).toContain(
      'there is no built-in diagram called “no-such-thing”',
    );
  });

  it('leaves unrelated fragments alone', async () => {
    const history = setLocation('http://localhost:4173/#section');
    await openFromLocation();
    expect(history.replaced).toEqual([]);
    expect(currentDocument()).toEqual(emptyDocument());
  });
});
