import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { DiagramDocument } from './model';
import { RecoveryScreen } from './RecoveryScreen';
import { quarantineDiagram } from './store/autosave';
import { currentDocument } from './store/diagram';

interface State {
  error: string | null;
  crashed: DiagramDocument | null;
}

/**
 * The app's last line: a render error anywhere below replaces the app with the recovery screen,
 * and the diagram on screen is set aside so that a reload does not crash again.
 */
export class CrashBoundary extends Component<{ children: ReactNode; embed?: boolean }, State> {
  override state: State = { error: null, crashed: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error.message || error.name : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const crashed = currentDocument();
    // The embed view never saves, so there is nothing to set aside; the editor's autosave is.
    if (!this.props.embed) quarantineDiagram(crashed);
    this.setState({ crashed });
    console.error('the app crashed', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <RecoveryScreen message={this.state.error} crashed={this.state.crashed} embed={this.props.embed} />
    );
  }
}
