/**
 * Running builds and servers as child processes that the bench can always stop: each child leads its
 * own process group, so a timeout or Ctrl-C kills Astro together with the workers and the Pagefind
 * binary it started, and no orphan keeps eating the two cores after the bench has gone.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';

const running = new Set();

/** Kills a child's whole process group (it was spawned detached, so its pid is the group id). */
export function killGroup(child, signal = 'SIGKILL') {
	if (child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// Already gone.
	}
}

/** Kills everything still running; called on exit, error and Ctrl-C. */
export function killAll() {
	for (const child of running) killGroup(child);
	running.clear();
}

/** Spawns a command in its own process group, with output appended to `logFile`. */
export function start(command, args, { cwd, env, logFile }) {
	const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	const log = createWriteStream(logFile, { flags: 'a' });
	// Two sources into one file: neither may end it; the child's 'close' (both streams drained) does.
	child.stdout.pipe(log, { end: false });
	child.stderr.pipe(log, { end: false });
	child.logged = new Promise((resolve) => log.on('close', resolve));
	child.on('close', () => log.end());
	running.add(child);
	child.on('exit', () => running.delete(child));
	return child;
}

/**
 * Runs `node script args…` under GNU time and waits for it, at most `timeoutMs`.
 * Wall time is GNU time's elapsed seconds; CPU time its user + system seconds of the build and of the
 * processes it waited for (workers, Pagefind's binary): on a shared machine the wall time also counts
 * the time the build waited for a core, the CPU time much less so. Peak memory is its "maximum resident set size": the peak RSS
 * of the largest single process (Astro's main process in practice), not the sum over processes.
 * @returns `{ finished: true, seconds, cpu, mib, warnings }`, or `{ finished: false, reason }` on timeout or failure.
 */
export function timedNode(script, args, { cwd, env, logFile, timeoutMs }) {
	const timeFile = `${logFile}.time`;
	const child = start('/usr/bin/time', ['-f', 'BENCH %e %M %U %S', '-o', timeFile, process.execPath, script, ...args], { cwd, env, logFile });
	return new Promise((resolve) => {
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child);
			resolve({ finished: false, reason: `did not finish in ${Math.round(timeoutMs / 1000)} s` });
		}, timeoutMs);
		child.on('close', async (code) => {
			clearTimeout(timer);
			if (timedOut) return;
			if (code !== 0) {
				// The temporary folder (and this log) is deleted at the end: show why now.
				await child.logged;
				const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
				process.stderr.write(`${tail}\n`);
				return resolve({ finished: false, reason: `failed (exit ${code})` });
			}
			const [, seconds, kb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(/\s+/);
			// Warnings hide the real ones (issue 10 wants none): count them while the log is at hand.
			await child.logged;
			const warnings = readFileSync(logFile, 'utf8').split('\n').filter((line) => line.includes('[WARN]')).length;
			resolve({ finished: true, seconds: Number(seconds), cpu: Number(user) + Number(system), mib: Math.round(Number(kb) / 1024), warnings });
		});
	});
}

/** The median of a non-empty list of numbers. */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Several runs of one build as one result: median wall and CPU time (a neighbour's burst on a shared
 * machine moves one run, not the median), the largest peak memory and warning count, and every wall
 * time for the record. Unfinished if any run did not finish.
 */
export function summarise(runs) {
	const failed = runs.find((r) => !r.finished);
	if (failed) return failed;
	return {
		finished: true,
		seconds: median(runs.map((r) => r.seconds)),
		cpu: median(runs.map((r) => r.cpu)),
		mib: Math.max(...runs.map((r) => r.mib)),
		warnings: Math.max(...runs.map((r) => r.warnings)),
		pages: runs[0].pages,
		weights: runs.find((r) => r.weights)?.weights,
		all: runs.map((r) => r.seconds),
	};
}
