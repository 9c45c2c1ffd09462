import { useEffect } from 'react';
import { api } from './api/client';
import { LogPane } from './components/LogPane';
import { useLogs } from './store/logs-store';

export function App() {
  const { logs, selected, select } = useLogs();
  useEffect(() => {
    void api.listLogs({}).then((l) => useLogs.getState().setLogs(l));
  }, []);
  const current = logs.find((l) => l.id === selected[0]);
  return (
    <div className="app">
      <aside className="log-list">
        {logs.map((l) => (
          <button key={l.id} className={selected.includes(l.id) ? 'active' : ''} onClick={() => select([l.id])}>
            {l.name} <small>{l.entries}</small>
          </button>
        ))}
      </aside>
      <main>{current ? <LogPane logIds={[current.id]} label={current.name} /> : <p>No logs open.</p>}</main>
    </div>
  );
}
