import { Component, type ReactNode } from 'react';
import i18n from '../i18n';

type State = { failed: boolean };

/**
 * A page that throws while rendering (or whose lazy chunk cannot be loaded) shows a translated message with a reload
 * button instead of an empty screen; the error itself goes to the console for whoever debugs it.
 */
export default class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="card page-error" role="alert">
        <h1>{i18n.t('pageError.title')}</h1>
        <button type="button" onClick={() => window.location.reload()}>{i18n.t('pageError.reload')}</button>
      </div>
    );
  }
}
