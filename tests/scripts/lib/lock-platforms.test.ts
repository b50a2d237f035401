import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPlatformEntries, platformOf } from '../../../scripts/lib/lock-platforms';

describe('platform entries in package-lock.json', () => {
  it.each([
    ['@pagefind/darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }],
    ['@pagefind/windows-x64', { os: ['win32'], cpu: ['x64'] }],
    ['@astrojs/compiler-binding-linux-arm64-musl', { os: ['linux'], cpu: ['arm64'], libc: ['musl'] }],
    ['@astrojs/compiler-binding-win32-arm64-msvc', { os: ['win32'], cpu: ['arm64'] }],
    ['@astrojs/compiler-binding-wasm32-wasi', { cpu: ['wasm32'] }],
  ])('reads the platform of %s from its name', (name, expected) => {
    expect(platformOf(name)).toEqual(expected);
  });

  it('refuses a name without a platform', () => {
    expect(() => platformOf('left-pad')).toThrow('cannot tell the platform');
  });

  it('adds a missing optional package once, optional and dev like its parent', () => {
    const packages = {
      'node_modules/pagefind': { version: '1.6.0', dev: true, optionalDependencies: { '@pagefind/linux-x64': '1.6.0', '@pagefind/darwin-x64': '1.6.0' } },
      'node_modules/@pagefind/linux-x64': { version: '1.6.0', optional: true },
    };
    expect(missingPlatformEntries(packages)).toEqual([['node_modules/@pagefind/darwin-x64', { version: '1.6.0', dev: true, optional: true, os: ['darwin'], cpu: ['x64'] }]]);
  });

  it('the committed lock holds every optional dependency it declares, so `npm ci` accepts it (else: npm run fix-lock)', () => {
    const lock = JSON.parse(readFileSync(resolve(__dirname, '../../../package-lock.json'), 'utf8'));
    expect(missingPlatformEntries(lock.packages).map(([k]) => k)).toEqual([]);
  });
});
