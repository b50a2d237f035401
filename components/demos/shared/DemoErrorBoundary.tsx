/**
 * Wrap each island's content: `<DemoErrorBoundary demoName="Optimizer playground"><Inner /></DemoErrorBoundary>`.
 * A render error inside shows a message and a "Reset demo" button inside the demo only; the page stays intact.
 * Reset remounts the children (fresh state and a fresh worker, and a fresh download of a view that failed to load);
 * `onReset` may also clear URL state. A chunk that could not be downloaded is said as such, with Reload beside Reset.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isChunkLoadError } from './lazy-view';

interface Props {
  demoName: string;
  children: ReactNode;
  onReset?: () => void;
}

interface State {
  error: Error | undefined;
  generation: number;
}

export class DemoErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Logged as a warning, not an error: the failure is contained and shown in the demo.
    console.warn(`${this.props.demoName} crashed:`, error, info.componentStack);
  }

  private readonly reset = (): void => {
    this.props.onReset?.();
    this.setState((s) => ({ error: undefined, generation: s.generation + 1 }));
  };

  override render(): ReactNode {
    const { error, generation } = this.state;
    if (error === undefined) return <div key={generation} className="gd-root-inner">{this.props.children}</div>;
    if (isChunkLoadError(error)) {
      return (
        <div className="gd-message gd-message-error gd-load-failure" role="alert" data-testid="demo-load-failure">
          <p>
            <strong>This demo could not load (offline or the site was updated).</strong>
          </p>
          <p className="gd-load-actions">
            <button type="button" className="gd-button gd-button-primary" onClick={this.reset}>
              Reset demo
            </button>
            <button type="button" className="gd-button" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          </p>
        </div>
      );
    }
    return (
      <div className="gd-message gd-message-error" role="alert">
        <p>
          <strong>{this.props.demoName} stopped working:</strong> {error.message}
        </p>
        <button type="button" className="gd-button" onClick={this.reset}>
          Reset demo
        </button>
      </div>
    );
  }
}
