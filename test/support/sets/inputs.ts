// A fixture set as the diagnosis takes it: each file parsed in the format its name says (the tests of the
// diagnosis and of the report share this).
import { parseText } from '../../../shared/formats/parse';
import type { FormatName } from '../../../shared/model/log-entry';
import type { DiagnosisInput } from '../../../shared/pipeline/diagnosis-types';
import type { LogSet } from './types';

function formatOf(name: string, text: string): FormatName {
  if (name.endsWith('SoftwareDistribution.log')) return 'softwaredistribution';
  if (name.endsWith('WSyncMgr.log')) return 'sms';
  if (name.endsWith('CBS.log')) return 'cbs';
  if (name.endsWith('MSI.log')) return 'msi';
  if (name.endsWith('WindowsUpdate.log')) return /^\d{4}-\d{2}-\d{2}\t/.test(text) ? 'windowsupdate-legacy' : 'windowsupdate-10';
  return 'cmtrace';
}

export function inputsOf(set: Pick<LogSet, 'files'>): DiagnosisInput[] {
  return Object.entries(set.files).map(([path, text]) => {
    const name = path.split('/').pop()!;
    const format = formatOf(name, text);
    return { source: path, name, entries: parseText(text.replace(/^\uFEFF/, ''), format), format };
  });
}

