/**
 * A progress bar on stderr (stdout may be a pipe the user relies on). On a terminal it redraws one
 * line; elsewhere (CI logs, redirected stderr) it prints one line per phase so logs stay readable.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false) {
  const interactive = Boolean(stream.isTTY);
  let lastPhase = '';
  let lastDraw = 0;
  const update = (phase: string, done: number, total: number) => {
    if (quiet) return;
    if (!interactive) {
      if (phase !== lastPhase) stream.write(`${phase}…\n`);
      lastPhase = phase;
      return;
    }
    const now = Date.now();
    if (phase === lastPhase && now - lastDraw < 100 && done < total) return;
    lastDraw = now;
    lastPhase = phase;
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const width = 30;
    const filled = Math.round(fraction * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    stream.write(
      `\r${phase.padEnd(22)} ${bar} ${(fraction * 100).toFixed(0).padStart(3)}% ${done}/${total}\x1b[K`,
    );
  };
  const finish = (message: string) => {
    if (quiet) return;
    stream.write(interactive ? `\r${message}\x1b[K\n` : `${message}\n`);
  };
  return { update, finish };
}
