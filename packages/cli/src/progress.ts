/** Prints an import's progress on standard error: one line per step, with elapsed seconds. */
export function progressPrinter(): (progress: {
  step: string;
  done?: number;
  of?: number;
}) => void {
  const started = performance.now();
  return (progress) => {
    const counter = progress.of
      ? ` [${Math.min((progress.done ?? 0) + 1, progress.of)}/${progress.of}]`
      : '';
    process.stderr.write(
      `  ${progress.step}${counter} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
    );
  };
}
