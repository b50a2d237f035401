/**
 * `npm audit --omit=dev`, failing on high or critical advisories. Some registries (this project's CI among them)
 * refuse npm's audit endpoint; that is reported plainly and does not count as a pass or a failure of the code.
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: { error?: { code?: string; summary?: string }; statusCode?: number; message?: string; metadata?: { vulnerabilities?: Record<string, number> } };
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  console.error(`✗ npm audit printed no JSON:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
if (report.error || report.statusCode !== undefined) {
  console.log(`! npm audit could not run here: ${report.message ?? report.error?.summary ?? report.error?.code ?? 'unknown error'}`);
  console.log('  The registry refused the audit endpoint, so no advisory data is available on this machine.');
  process.exit(0);
}
const v = report.metadata?.vulnerabilities ?? {};
const serious = (v['high'] ?? 0) + (v['critical'] ?? 0);
console.log(`npm audit (production dependencies): ${JSON.stringify(v)}`);
if (serious > 0) {
  console.error(`✗ ${serious} high or critical advisories: run "npm audit --omit=dev" for details`);
  process.exit(1);
}
console.log('✓ no high or critical advisories');
