// A render error shows what broke and a way back, never a blank window.
import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h1>{i18n.t('crash.title')}</h1>
        <pre>{this.state.error.message}</pre>
        <button onClick={() => this.setState({ error: null })}>{i18n.t('crash.retry')}</button>
      </div>
    );
  }
}
