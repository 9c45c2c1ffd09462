// Which of WindowsUpdate.log's searches are Configuration Manager's. The agent also searches for Automatic Updates,
// the driver retrieval client, MoUpdateOrchestrator, Defender and others; only a search by CcmExec
// ("ClientId = CcmExec", "CallerId = CcmExec") is step 13 of the client scan. The others are context: their lines
// never make a cycle, fail a step or lend their codes to the verdict. A search runs on one thread from its START
// to its END, so lines are attributed by thread; the COMAPI lines that follow the END on other threads count for a
// few lines after a CcmExec search.
import type { LogEntry } from '../model/log-entry';
import type { StepHit } from './tag-steps';

const CCM = /\bCcmExec\b/i;
const FINDING_START = /START\s*\*\*?\s*(?:Agent: )?Finding updates/i;
const FINDING_END = /END\s*\*\*?\s*(?:Agent: )?Finding updates/i;
/** Lines after a CcmExec search's END that may still report it ("WU client failed Searching", COMAPI's END). */
const AFTER_END = 8;

/** Reads one WindowsUpdate.log in order. */
export class CcmSearchReader {
  /** A search by CcmExec started somewhere in the lines read. */
  sawCcmSearch = false;
  private readonly ccmByThread = new Map<number | null, boolean>();
  private sinceCcmEnd = Infinity;

  /** The line's step hit once other callers' searches are taken out, and whether it belongs to another caller's search. */
  read(entry: LogEntry, hit: StepHit | null): { hit: StepHit | null; otherCaller: boolean } {
    this.sinceCcmEnd++;
    const mine = this.ccmByThread.get(entry.thread);
    if (!hit || hit.step !== '13') return { hit, otherCaller: mine === false };
    const ccm = CCM.test(entry.text);
    if (ccm) this.sawCcmSearch = true;
    if (FINDING_START.test(entry.text)) {
      this.ccmByThread.set(entry.thread, ccm);
      return { hit: ccm ? hit : null, otherCaller: !ccm };
    }
    if (FINDING_END.test(entry.text)) {
      this.ccmByThread.delete(entry.thread);
      if (ccm) this.sinceCcmEnd = 0;
      return { hit: ccm ? hit : null, otherCaller: !ccm };
    }
    if (ccm) return { hit, otherCaller: false };
    if (mine !== undefined) return { hit: mine ? hit : null, otherCaller: !mine };
    // "Found N updates", "WU client failed Searching" on a thread we did not see start: only near a CcmExec search
    const near = [...this.ccmByThread.values()].some(Boolean) || this.sinceCcmEnd <= AFTER_END;
    return { hit: near ? hit : null, otherCaller: false };
  }
}
