// Exports in progress in the backend process, by number: the parent pulls each one chunk by chunk (a download
// that reads slowly holds the export back instead of piling its text up in the parent) and may drop it.
import type { ExportChunk, ExportOpened } from '../../../shared/api/backend-protocol';
import type { ExportFile } from './export-file';

/** Exports left open at once; a parent that forgets to close them loses the oldest, not the backend's memory. */
const MAX_OPEN = 16;

export class ExportStreams {
  private nextId = 1;
  private readonly open = new Map<number, AsyncIterator<string>>();

  start(file: ExportFile): ExportOpened {
    if (this.open.size >= MAX_OPEN) this.close(this.open.keys().next().value!);
    const stream = this.nextId++;
    this.open.set(stream, file.chunks()[Symbol.asyncIterator]());
    return { stream, fileName: file.fileName, mime: file.mime };
  }

  async pull(stream: number): Promise<ExportChunk> {
    const it = this.open.get(stream);
    if (!it) throw new Error(`no export ${stream} in progress`);
    const r = await it.next();
    if (r.done) this.open.delete(stream);
    return { chunk: r.done ? null : r.value };
  }

  close(stream: number): null {
    void this.open.get(stream)?.return?.();
    this.open.delete(stream);
    return null;
  }
}
