/**
 * Queues write operations into as few syncs as the request budget allows: operations are
 * queued on the proxies right away, and a sync is inserted only when the next operation would
 * push the current request over the budget.
 */
import { ExcelWriteError, officeErrorCode } from "./errors";
import type { XlContext } from "./officeSubset";

export class WriteQueue {
  private used = 0;
  private syncs = 0;
  private started = false;

  constructor(
    private readonly context: XlContext,
    private readonly budget: number,
    /** Called at the start of every batch (e.g. suspend recalculation until its sync). */
    private readonly onBatchStart: () => void = () => undefined,
  ) {}

  /** Reserves room for an operation of `bytes` estimated request bytes, syncing first if full. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.budget) await this.flush();
    if (!this.started) {
      this.onBatchStart();
      this.started = true;
    }
    this.used += bytes;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    try {
      await this.context.sync();
    } catch (error) {
      throw new ExcelWriteError(officeErrorCode(error), { cause: error });
    }
    this.syncs++;
    this.used = 0;
    this.started = false;
  }

  get budgetBytes(): number {
    return this.budget;
  }

  get syncCount(): number {
    return this.syncs;
  }
}
