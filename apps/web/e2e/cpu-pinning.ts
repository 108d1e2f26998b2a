import { execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";

/*
 * One core for each side of a benchmark (Linux `taskset`). On the two-core machines we measure
 * on, a process left free to use both cores runs its garbage collector's and compiler's helper
 * threads on the second one, which the server under load shares with its load generator while
 * the in-memory render loop has it to itself. Pinning gives the render loop and the server the
 * same single core, and the load generator the other, so both sides of the ratio have the same
 * machine; pinning costs the server more than the render loop, so the pinned ratio is the
 * stricter one (docs/benchmarks.md).
 */

function tasksetWorks(): boolean {
  if (process.platform !== "linux" || availableParallelism() < 2) return false;
  try {
    execFileSync("taskset", ["-p", String(process.pid)], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether processes are pinned: Linux, `taskset` installed, at least two cores, and not turned
 * off with `BENCH_PIN=0` (to compare with the scheduler's own placement).
 */
export const cpuPinning = process.env.BENCH_PIN !== "0" && tasksetWorks();

/** `command args` run on `cpu` only; unchanged where pinning is not available. */
export function onCpu(cpu: number, command: string, args: string[]): { command: string; args: string[] } {
  return cpuPinning ? { command: "taskset", args: ["-c", String(cpu), command, ...args] } : { command, args };
}

/** Moves this process, all its threads included, to `cpu`; false where pinning is not available. */
export function pinThisProcess(cpu: number): boolean {
  if (!cpuPinning) return false;
  execFileSync("taskset", ["-a", "-p", "-c", String(cpu), String(process.pid)], { stdio: "ignore" });
  return true;
}
