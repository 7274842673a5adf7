import { SingleBar } from 'cli-progress';

/** A progress bar on the terminal for long runs; silent when output is not a terminal. */
export class Progress {
  private readonly bar: SingleBar;

  constructor(stream: NodeJS.WritableStream, total: number) {
    this.bar = new SingleBar({
      stream: stream as NodeJS.WritableStream & { isTTY: boolean },
      format: 'replylint {bar} {value}/{total} files',
      hideCursor: true,
      clearOnComplete: true,
      barsize: 30,
    });
    this.bar.start(total, 0);
  }

  tick(): void {
    this.bar.increment();
  }

  stop(): void {
    this.bar.stop();
  }
}
