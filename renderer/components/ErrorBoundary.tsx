import { Component, type ReactNode } from 'react';

/** A rendering bug must not leave a blank window: say what happened and offer a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // In place of the whole frame: trying again draws it, timeline included, afresh from the store.
    return (
      <div className="nl-crash" role="alert">
        <h1>Newsline hit a problem showing this article</h1>
        <p>{error.message}</p>
        <button type="button" className="nl-button nl-button--text" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
