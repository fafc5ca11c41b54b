// Peak resident memory of this process over a stretch of work. On Linux the kernel's own high-water mark
// (VmHWM in /proc/self/status) is reset at the start by writing 5 to /proc/self/clear_refs, so the peak is
// exact; where that is not possible, process.memoryUsage().rss is sampled every 20 ms instead.
import { readFileSync, writeFileSync } from 'node:fs';

export interface PeakMemory {
  /** Stops sampling and gives the peak in MB, and how it was measured. */
  stop(): { mb: number; method: string };
}

function vmHwmKb(): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function resetHighWaterMark(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return vmHwmKb() !== undefined;
  } catch {
    return false;
  }
}

export function peakMemory(): PeakMemory {
  const kernel = resetHighWaterMark();
  let sampled = process.memoryUsage().rss;
  const timer = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage().rss);
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      sampled = Math.max(sampled, process.memoryUsage().rss);
      const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;
      const hwm = kernel ? vmHwmKb() : undefined;
      if (hwm !== undefined) return { mb: mb(hwm * 1024), method: 'VmHWM, reset before the run' };
      return { mb: mb(sampled), method: 'rss sampled every 20 ms' };
    },
  };
}
