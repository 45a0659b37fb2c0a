// Resident memory of a browser's whole process tree (browser, zygotes, renderers, GPU and utility processes),
// read from /proc by polling: the figure the "browser peak RSS" means. RSS counts shared pages once per
// process, so the sum overstates what the machine loses; it is compared with the same sum at idle.
import { readdirSync, readFileSync } from 'node:fs';

function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function processes() {
  const all = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // The command name may hold spaces and parentheses: the fields after the last ")" are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length > 1) all.push({ pid: Number(name), ppid: Number(fields[1]) });
  }
  return all;
}

/** The pid of the browser process started with this profile folder, or undefined. */
function browserPid(profile) {
  for (const { pid } of processes()) {
    const cmdline = read(`/proc/${pid}/cmdline`).split('\0');
    if (cmdline.includes(`--user-data-dir=${profile}`) && !cmdline.some((arg) => arg.startsWith('--type=')))
      return pid;
  }
  return undefined;
}

/** The summed VmRSS (MB) of the process and all its descendants. */
export function treeRssMB(rootPid) {
  const all = processes();
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const { pid, ppid } of all)
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let kB = 0;
  for (const pid of tree) kB += Number(/VmRSS:\s+(\d+)/.exec(read(`/proc/${pid}/status`))?.[1] ?? 0);
  return kB / 1024;
}

/** Polls the tree of the browser using `profile`; `peak()` is the highest sum since the last `reset()`. */
export function rssSampler(profile, intervalMs = 100) {
  const root = browserPid(profile);
  if (root === undefined) throw new Error(`No browser process uses the profile ${profile}.`);
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssMB(root));
  };
  const timer = setInterval(sample, intervalMs);
  return {
    now: () => treeRssMB(root),
    reset: () => {
      peak = 0;
      sample();
    },
    peak: () => {
      sample();
      return peak;
    },
    stop: () => clearInterval(timer),
  };
}
