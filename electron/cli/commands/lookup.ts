// cmlens lookup CODE → meaning, symbolic name, guide section.
import { lookupErrorCode } from '../../../shared/knowledge/lookup';
import { reportBadInput } from '../cli-error';

export function lookupCommand(codes: string[], json: boolean): void {
  for (const code of codes) {
    const info = lookupErrorCode(code);
    if (!info) {
      reportBadInput(code, 'not an error code this tool can read (try 0x80244021, 80244021 or -2145107935)');
      continue;
    }
    if (json) {
      process.stdout.write(JSON.stringify(info) + '\n');
    } else {
      const lines = [`${info.code}  ${info.name ?? ''}`.trim(), `  ${info.meaning.en}`, `  ${info.meaning['zh-CN']}`];
      if (info.section) lines.push(`  guide: #guide/${info.section}`);
      process.stdout.write(lines.join('\n') + '\n');
    }
  }
}
