// The backend process's entry (built to backend.cjs beside main's and the CLI's bundles). Electron main starts it
// as a utilityProcess, browser mode's server with child_process.fork; both then relay calls to it.
import { runBackendProcess } from './backend-process';

runBackendProcess();
