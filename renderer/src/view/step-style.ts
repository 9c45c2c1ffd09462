// Pipeline steps as the UI colours them: one hue each along the strip's order (shared/pipeline/steps.ts),
// client scan steps around the wheel, the WSUS sync steps in purples.
import { ALL_STEPS } from '../../../shared/pipeline/steps';

const STEP_ORDER: readonly string[] = ALL_STEPS.map((s) => s.id);

export function stepColor(step: string): string {
  const i = STEP_ORDER.indexOf(step);
  if (i === -1) return 'hsl(0 0% 55%)';
  const hue = step.startsWith('S') ? 270 + (i - 17) * 25 : Math.round((i * 300) / 17 + 190) % 360;
  return `hsl(${hue} 65% 42%)`;
}
