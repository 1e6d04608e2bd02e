import { create } from 'zustand';
import type { DiagramDocument } from '../model';

export type LearnTab = 'tutorials' | 'challenges' | 'interview';

interface LearnUi {
  /** The Learn dialog, on one of its tabs, or closed. */
  dialog: LearnTab | null;
  /** A tutorial is on screen. */
  active: boolean;
  /**
   * A challenge asked for (from the dialog, a tutorial's end or a `#c=` link), with the attempt
   * to open instead of its starting diagram; the practice layer opens it and clears `request`.
   */
  challenge: { id: string; attempt: DiagramDocument | null; request: boolean } | null;
  /** The interview round is open. */
  interview: boolean;
}

/** Which learning UI is open. In the first page load: the rest loads on first use. */
export const useLearnUi = create<LearnUi>()(() => ({
  dialog: null,
  active: false,
  challenge: null,
  interview: false,
}));

/** The tutorials' runtime (xstate, the runner, the content), loaded on first use. */
export const loadSession = () => import('./session');

export const learnUiActions = {
  openDialog: (tab: LearnTab = 'tutorials') => useLearnUi.setState({ dialog: tab }),
  closeDialog: () => useLearnUi.setState({ dialog: null }),
  /** Starts (or resumes) a tutorial; false when there is none with that id. */
  async start(id: string, fresh: boolean): Promise<boolean> {
    const session = await loadSession();
    const ok = session.startTutorial(id, fresh);
    if (ok) useLearnUi.setState({ dialog: null, active: true, challenge: null, interview: false });
    return ok;
  },
  async leave(): Promise<void> {
    (await loadSession()).leaveTutorial();
    useLearnUi.setState({ active: false });
  },
  /** Asks for a challenge to be opened (by the practice layer, which loads it). */
  openChallenge(id: string, attempt: DiagramDocument | null = null): void {
    if (useLearnUi.getState().active) void learnUiActions.leave();
    useLearnUi.setState({ dialog: null, challenge: { id, attempt, request: true }, interview: false });
  },
  closeChallenge: () => useLearnUi.setState({ challenge: null }),
  /** A tutorial was started elsewhere (the interview's "Show me"): show its card. */
  markActive: () => useLearnUi.setState({ dialog: null, active: true, challenge: null, interview: false }),
  openInterview: () => useLearnUi.setState({ dialog: null, interview: true }),
  closeInterview: () => useLearnUi.setState({ interview: false }),
};
