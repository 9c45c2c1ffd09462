// The window: toolbar; sidebar of open logs; pipeline strip, find/filter bars, panes and details in the
// middle; diagnosis on the right; status bar. #guide/<id> shows a guide section instead of the panes.
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortcuts } from './keys/use-shortcuts';
import { i18n } from './i18n/i18n';
import { useLogs } from './store/logs-store';
import { useSettings } from './store/settings-store';
import { showDialog, useUi, type Dialog } from './store/ui-store';
import { activePane, useView } from './store/view-store';
import { landOnSets, landingBusy } from './actions/land';
import { DetailsPane } from './components/DetailsPane';
import { DiagnosisPanel } from './components/DiagnosisPanel';
import { DropZone } from './components/DropZone';
import { FilterBar } from './components/FilterBar';
import { FindBar } from './components/FindBar';
import { FleetView } from './components/FleetView';
import { useFleet } from './store/fleet-store';
import { ForceScanDialog } from './components/ForceScanDialog';
import { GoToTimeDialog } from './components/GoToTimeDialog';
import { GuideView } from './components/GuideView';
import { HelpOverlay } from './components/HelpOverlay';
import { HighlightDialog } from './components/HighlightDialog';
import { LogPane } from './components/LogPane';
import { LookupDialog } from './components/LookupDialog';
import { OpenDialog } from './components/OpenDialog';
import { PipelineStrip } from './components/PipelineStrip';
import { Sidebar } from './components/Sidebar';
import { StatusBar } from './components/StatusBar';
import { Toasts } from './components/Toasts';
import { Timeline } from './components/Timeline';
import { Toolbar } from './components/Toolbar';
import { listen } from './components/listen';

/** What each dialog the UI store names shows. */
const DIALOGS: Record<NonNullable<Dialog>, () => React.ReactNode> = {
  open: OpenDialog, lookup: LookupDialog, help: HelpOverlay, goto: GoToTimeDialog, forceScan: ForceScanDialog, highlight: HighlightDialog,
};

const onHashChange = (on: () => void) => listen(window, { hashchange: on });

export function App() {
  const { t } = useTranslation();
  useShortcuts();
  const theme = useSettings((s) => s.theme);
  const lang = useSettings((s) => s.lang);
  const layout = useSettings((s) => s.layout);
  const showDetails = useSettings((s) => s.showDetails);
  const showDiagnosis = useSettings((s) => s.showDiagnosis);
  const logs = useLogs((s) => s.logs);
  const panes = useView((s) => s.panes);
  const ui = useUi();
  const hash = useSyncExternalStore(onHashChange, () => location.hash);
  const guide = /^#guide\/(.+)$/.exec(hash)?.[1];
  const fleetShown = useFleet((s) => s.shown);
  const ShownDialog = ui.dialog && DIALOGS[ui.dialog];

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang]);
  // closed logs leave their panes; logs already open at startup (`cmlens serve PATH`) land on their failure
  useEffect(() => {
    useView.getState().pruneLogs(new Set(logs.map((l) => l.id)));
    const view = useView.getState();
    if (logs.length && !view.panes.length && !view.arranged && !landingBusy()) void landOnSets(logs);
  }, [logs]);
  // the diagnosis panel and the pipeline strip follow the set of the pane the user works in
  const activePaneId = useView((s) => s.activePaneId);
  useEffect(() => {
    const set = logs.find((l) => l.id === activePane()?.logIds[0])?.set;
    if (set) useLogs.setState({ activeSetId: set.id });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- when the user moves to another pane, not on every log update
  }, [activePaneId]);

  return (
    <div className="app">
      <Toolbar />
      <div className="workspace">
        <Sidebar />
        <main className="center">
          {guide ? (
            <GuideView sectionId={decodeURIComponent(guide)} />
          ) : fleetShown ? (
            <FleetView />
          ) : (
            <>
              <PipelineStrip />
              <Timeline />
              {ui.findOpen && <FindBar />}
              {ui.filterOpen && <FilterBar />}
              <div className={`panes panes-${layout}`}>
                {panes.map((p) => <LogPane key={p.id} pane={p} />)}
                {!panes.length && (
                  <div className="welcome">
                    <h1>{t('welcome.title')}</h1>
                    <p>{t('welcome.body')}</p>
                    <button className="primary" onClick={() => showDialog('open')}>{t('toolbar.open')}</button>
                  </div>
                )}
              </div>
              {showDetails && <DetailsPane />}
            </>
          )}
        </main>
        {showDiagnosis && !fleetShown && <DiagnosisPanel />}
      </div>
      <StatusBar />
      {ShownDialog && <ShownDialog />}
      <DropZone />
      <Toasts />
    </div>
  );
}
