/** The os/cpu/libc a platform package's name declares, e.g. "darwin-arm64", "linux-x64-gnu", "win32-x64-msvc". */
export function platformOf(name: string): { os?: string[]; cpu: string[]; libc?: string[] } {
  const suffix = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  const os = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'windows'].find((o) => new RegExp(`(^|-)${o}(-|$)`).test(suffix));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'].find((c) => new RegExp(`(^|-)${c}(-|$)`).test(suffix));
  if (!cpu) throw new Error(`cannot tell the platform of "${name}": add its entry to package-lock.json by hand`);
  const libc = /-gnu$/.test(suffix) ? ['glibc'] : /-musl$/.test(suffix) ? ['musl'] : undefined;
  return { ...(os ? { os: [os === 'windows' ? 'win32' : os] } : {}), cpu: [cpu], ...(libc ? { libc } : {}) };
}

type LockPackages = Record<string, Record<string, unknown>>;

/** Lock entries to add: optional dependencies that some locked package declares but the lock does not hold. */
export function missingPlatformEntries(packages: LockPackages): [string, Record<string, unknown>][] {
  const added = new Map<string, Record<string, unknown>>();
  for (const [key, entry] of Object.entries(packages)) {
    const optional = (entry['optionalDependencies'] ?? {}) as Record<string, string>;
    for (const [name, version] of Object.entries(optional)) {
      const target = `node_modules/${name}`;
      if (packages[target] || added.has(target)) continue;
      added.set(target, { version, ...(entry['dev'] ? { dev: true } : {}), optional: true, ...platformOf(name) });
    }
    void key;
  }
  return [...added];
}
