import { describe, expect, it } from 'vitest';
import { lockfileDrift } from '../check-lockfile.mjs';

const lit = { version: '3.3.3', integrity: 'sha512-lit', resolved: 'https://registry.example/lit-3.3.3.tgz', dependencies: { 'lit-html': '^3.3.0' } };
const darwinTurbo = { version: '2.11.11', integrity: 'sha512-turbo', optional: true, os: ['darwin'], cpu: ['x64'], dev: true };
const lock = (packages) => ({ lockfileVersion: 3, packages: { '': { name: 'dvc-kit' }, ...packages } });

describe('lockfileDrift', () => {
  it('accepts a lockfile that npm install left unchanged', () => {
    expect(lockfileDrift(lock({ 'node_modules/lit': lit }), lock({ 'node_modules/lit': lit }))).toEqual({ problems: [], ignored: [] });
  });

  it('ignores other-platform optional binaries the registry started or stopped serving', () => {
    const committed = lock({ 'node_modules/lit': lit });
    const installed = lock({ 'node_modules/lit': lit, 'node_modules/@turbo/darwin-64': darwinTurbo });
    expect(lockfileDrift(committed, installed)).toEqual({ problems: [], ignored: ['added node_modules/@turbo/darwin-64@2.11.11'] });
    expect(lockfileDrift(installed, committed)).toEqual({ problems: [], ignored: ['removed node_modules/@turbo/darwin-64@2.11.11'] });
  });

  it('fails on a changed version or integrity', () => {
    const installed = lock({ 'node_modules/lit': { ...lit, version: '3.4.0', integrity: 'sha512-other' } });
    expect(lockfileDrift(lock({ 'node_modules/lit': lit }), installed).problems).toEqual([
      'node_modules/lit: version "3.3.3" → "3.4.0"',
      'node_modules/lit: integrity "sha512-lit" → "sha512-other"',
    ]);
  });

  it('fails on an added or removed package that is not a platform binary', () => {
    const optionalOnly = { ...lit, optional: true }; // optional, but for every platform: its absence is drift
    expect(lockfileDrift(lock({}), lock({ 'node_modules/lit': lit })).problems).toEqual(['node_modules/lit: added by npm install']);
    expect(lockfileDrift(lock({ 'node_modules/x': optionalOnly }), lock({})).problems).toEqual(['node_modules/x: removed by npm install']);
  });

  it('fails when a platform binary changes version', () => {
    const installed = lock({ 'node_modules/@turbo/darwin-64': { ...darwinTurbo, version: '2.12.0' } });
    expect(lockfileDrift(lock({ 'node_modules/@turbo/darwin-64': darwinTurbo }), installed).problems).toEqual([
      'node_modules/@turbo/darwin-64: version "2.11.11" → "2.12.0"',
    ]);
  });
});
