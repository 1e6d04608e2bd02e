import { create } from 'zustand';

/** Which learning UI is open. In the first page load: the rest of the tutorials load on first use. */
export const useLearnUi = create<{ dialog: boolean; active: boolean }>()(() => ({
  dialog: false,
  active: false,
}));

/** The tutorials' runtime (xstate, the runner, the content), loaded on first use. */
export const loadSession = () => import('./session');

export const learnUiActions = {
  openDialog: () => useLearnUi.setState({ dialog: true }),
  closeDialog: () => useLearnUi.setState({ dialog: false }),
  /** Starts (or resumes) a tutorial; false when there is none with that id. */
  async start(id: string, fresh: boolean): Promise<boolean> {
    const session = await loadSession();
    const ok = session.startTutorial(id, fresh);
    if (ok) useLearnUi.setState({ dialog: false, active: true });
    return ok;
  },
  async leave(): Promise<void> {
    (await loadSession()).leaveTutorial();
    useLearnUi.setState({ active: false });
  },
};
