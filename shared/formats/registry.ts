// Every format, in tie-break order for detection (more specific first; plain, the fallback, last).
import type { FormatName } from '../model/log-entry';
import { cbsFormat } from './cbs';
import { cmtraceFormat } from './cmtrace/format';
import { iisW3cFormat } from './iis-w3c';
import type { LogFormat } from './log-format';
import { msiFormat } from './msi';
import { plainFormat } from './plain';
import { smsFormat } from './sms/format';
import { softwareDistributionFormat } from './softwaredistribution';
import { windowsUpdate10Format } from './windowsupdate-10';
import { windowsUpdateLegacyFormat } from './windowsupdate-legacy';

export const FORMATS: readonly LogFormat[] = [
  cmtraceFormat,
  smsFormat,
  windowsUpdateLegacyFormat,
  windowsUpdate10Format,
  softwareDistributionFormat,
  cbsFormat,
  msiFormat,
  iisW3cFormat,
  plainFormat,
];

const BY_NAME = new Map<FormatName, LogFormat>(FORMATS.map((f) => [f.name, f]));

export function formatByName(name: FormatName): LogFormat {
  return BY_NAME.get(name) ?? plainFormat;
}
