import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import './i18n/i18n';
import { connectBackend } from './store/logs-store';
import { useToasts } from './store/toasts-store';
import './styles/app.css';

// anything that escapes a handler still reaches the user
window.addEventListener('unhandledrejection', (e) => useToasts.getState().push('error', String((e.reason as Error)?.message ?? e.reason)));
connectBackend();
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary>
    <App />
  </ErrorBoundary>,
);
