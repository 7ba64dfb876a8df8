/**
 * Progress on a terminal: one status line on stderr, rewritten in place, only when stderr is a TTY
 * (CI logs and pipes get the per-claim result lines alone).
 */
export interface Progress {
  status(text: string): void;
  clear(): void;
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  let last = 0;
  return {
    status(text: string) {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100) return; // at most 10 redraws a second
      last = now;
      const width = (stream.columns ?? 100) - 1;
      stream.write(`\r\x1b[K${text.slice(0, width)}`);
    },
    clear() {
      if (tty) stream.write("\r\x1b[K");
    },
  };
}
