/**
 * A small in-memory Excel behind the adapter's Office.js subset (src/excel/officeSubset.ts),
 * for tests. office-addin-mock has no collections and records no calls, so this fake does what
 * the tests need to assert:
 * - proxy semantics: a loaded property can only be read after a `sync()` (else it throws, as
 *   Office.js does with PropertyNotLoaded), null objects resolve at sync;
 * - it counts syncs and measures each round trip: the request (JSON of the queued writes) and
 *   the response (UTF-8 bytes of the JSON of the loaded values), and rejects either over the
 *   limit with Excel's error code, like Excel on the web;
 * - sheets can be walked by position (`getFirst`, `getNextOrNullObject`); past the last sheet
 *   come null objects, on which queued calls give null objects and null values — or, with
 *   `strictNullObjects`, fail the batch with InvalidObjectPath (a host that refuses them);
 * - it records every write (values, formats, names, links, charts…) in a model the tests read;
 * - writes are applied at `sync()`, in the order they were queued, like Excel runs a batch:
 *   a request over the limit is rejected whole and changes nothing; an action Excel refuses
 *   stops the batch there (the earlier actions stay done, the later ones are not run);
 * - it refuses what Excel refuses (documented limits): sheet names over 31 characters, empty,
 *   with one of `: \ / ? * [ ]` or starting or ending with an apostrophe; deleting the last
 *   visible sheet or a VeryHidden one; a page-layout zoom it does not know;
 * - it coerces strings written through `values` as Excel does when typing: `=`, `+` or `-`
 *   start a formula, numbers, percentages and dates become numbers, an apostrophe keeps text;
 * - cells may hold a rich value (linked data type): `values` gives its display text and
 *   `valueTypes` "RichValue"; with `integerValueTypes`, whole numbers read as "Integer".
 */
import { cellAddress, columnLetters, parseCellAddress } from "../../src/core/grid";
import type {
  XlApplication,
  XlAutoFilter,
  XlChart,
  XlChartCollection,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlContext,
  XlFreezePanes,
  XlHyperlink,
  XlNamedItem,
  XlNamedItemCollection,
  XlPageLayout,
  XlRange,
  XlRangeBorder,
  XlRangeFont,
  XlRangeFormat,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from "../../src/excel/officeSubset";

export type FakeScalar = string | number | boolean | null;
/** A cell as a test builds it: a plain value, an error, or a value with its format and text. */
export type FakeCellInput =
  | FakeScalar
  | { readonly error: string }
  | { readonly rich: string }
  | { readonly value: FakeScalar; readonly format?: string; readonly text?: string };

/** What a cell of the model holds: a value, an error, or a rich value (linked data type). */
export type FakeCell = FakeScalar | { error: string } | { rich: string };

/** Excel's payload limit of one request or response on the web: 5 MB. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

interface Area {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface FormatOp {
  readonly sheet: string;
  readonly address: string;
  readonly property: string;
  readonly value: unknown;
}

export interface ChartModel {
  name: string;
  type: string;
  source: string;
  seriesBy: string | undefined;
  title: string;
  legendVisible: boolean;
  xAxis: string | undefined;
  position: [string, string | undefined] | undefined;
}

export class SheetModel {
  position = 0;
  visibility = "Visible";
  /** Values by row; a missing row or cell is empty. Errors are stored as { error }. */
  readonly values: FakeCell[][] = [];
  readonly formats = new Map<string, string>();
  /** Formats applied to whole columns (to build big registers cheaply). */
  readonly columnFormats = new Map<number, string>();
  readonly texts = new Map<string, string>();
  readonly names = new Map<string, string>();
  readonly hyperlinks = new Map<string, XlHyperlink>();
  readonly merges: string[] = [];
  readonly charts: ChartModel[] = [];
  readonly dataBars: { address: string; lower: unknown; upper: unknown; color: string }[] = [];
  readonly columnWidths = new Map<string, number>();
  /** Row heights in points, by row range ("3:4"). */
  readonly rowHeights = new Map<string, number>();
  freeze: { rows: number; columns: number } | undefined;
  autoFilter: string | undefined;
  orientation: string | undefined;
  zoom: unknown;
  selected: string | undefined;

  constructor(public name: string) {}

  cell(row: number, column: number): FakeCell {
    return this.values[row]?.[column] ?? null;
  }

  setCell(row: number, column: number, value: FakeCell): void {
    const r = (this.values[row] ??= []);
    r[column] = value;
  }

  format(row: number, column: number): string {
    return (
      this.formats.get(cellAddress(row, column)) ?? this.columnFormats.get(column) ?? "General"
    );
  }

  /** Bounding box of the non-empty cells (the used range with valuesOnly = true). */
  usedArea(): Area | null {
    const empty = (v: unknown): boolean => v === null || v === undefined || v === "";
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    for (let r = 0; r < this.values.length; r++) {
      const row = this.values[r];
      if (!row) continue;
      let first = 0;
      while (first < row.length && empty(row[first])) first++;
      if (first === row.length) continue;
      let last = row.length - 1;
      while (empty(row[last])) last--;
      if (top < 0) top = r;
      bottom = r;
      if (first < left) left = first;
      if (last > right) right = last;
    }
    if (top < 0) return null;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function notLoaded(what: string): never {
  throw new FakeOfficeError(
    "PropertyNotLoaded",
    `${what} is not loaded: call load() and sync() first`,
  );
}

function overlaps(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

function a1(area: Area): string {
  const tl = cellAddress(area.row, area.column);
  if (area.rowCount === 1 && area.columnCount === 1) return tl;
  return `${tl}:${cellAddress(area.row + area.rowCount - 1, area.column + area.columnCount - 1)}`;
}

/** A1 address ("B2", "A1:C3", "A:C") → area. */
function parseArea(address: string): Area {
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(address);
  if (cols) {
    const start = parseCellAddress(`${cols[1]}1`)!.col;
    const end = parseCellAddress(`${cols[2]}1`)!.col;
    return { row: 0, column: start, rowCount: 1_048_576, columnCount: end - start + 1 };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) {
    const start = Number(rows[1]) - 1;
    return { row: start, column: 0, rowCount: Number(rows[2]) - start, columnCount: 16_384 };
  }
  const [from, to] = address.split(":");
  const tl = parseCellAddress(from ?? "");
  const br = parseCellAddress(to ?? from ?? "");
  if (!tl || !br) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
  return {
    row: tl.row,
    column: tl.col,
    rowCount: br.row - tl.row + 1,
    columnCount: br.col - tl.col + 1,
  };
}

export class FakeExcel implements XlContext {
  readonly sheets: SheetModel[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly formatOps: FormatOp[] = [];
  suspendCalls = 0;
  /** Payload limit of one request or response, like Excel on the web (5 MB). */
  limitBytes = WEB_PAYLOAD_LIMIT_BYTES;
  /** Fail a batch that calls a method on a null worksheet (see the header comment). */
  strictNullObjects = false;
  /** Report whole numbers as "Integer" in `valueTypes` (the enum has it; hosts may use it). */
  integerValueTypes = false;
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  /**
   * Workbook-level names the user defined, e.g. "Total" → "='Statut 2026-S1'!B2". Deleting a
   * sheet turns every name pointing into it into #REF!, as Excel does.
   */
  readonly userNames = new Map<string, string>();

  /** The batch: loads, null-object resolutions and writes, run in order at sync. */
  private pending: (() => number)[] = [];
  private pendingLoadCount = 0;
  private pendingRequestBytes = 0;

  constructor() {
    this.workbook = { worksheets: new FakeWorksheetCollection(this) };
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.suspendCalls++;
        this.request(40);
      },
    };
  }

  addSheet(name: string, rows: readonly (readonly FakeCellInput[])[] = []): SheetModel {
    const sheet = new SheetModel(name);
    sheet.position = this.sheets.length;
    rows.forEach((row, r) =>
      row.forEach((input, c) => {
        if (input === null) return;
        if (typeof input === "object" && "error" in input)
          sheet.setCell(r, c, { error: input.error });
        else if (typeof input === "object" && "rich" in input)
          sheet.setCell(r, c, { rich: input.rich });
        else if (typeof input === "object") {
          sheet.setCell(r, c, input.value);
          if (input.format) sheet.formats.set(cellAddress(r, c), input.format);
          if (input.text !== undefined) sheet.texts.set(cellAddress(r, c), input.text);
        } else sheet.setCell(r, c, input);
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Records a queued write of about `bytes` request bytes. */
  request(bytes: number): void {
    this.pendingRequestBytes += bytes;
  }

  queueLoad(resolve: () => number): void {
    this.pendingLoadCount++;
    this.pending.push(resolve);
  }

  queueNull(resolve: () => void): void {
    this.pending.push(() => {
      resolve();
      return 0;
    });
  }

  /** Makes the current batch fail at this point with Excel's error `code` (tests). */
  fail(code: string, message: string): void {
    this.queueWrite(() => {
      throw new FakeOfficeError(code, message);
    });
  }

  /** Queues a write, run at the next sync in order; it may throw a FakeOfficeError. */
  queueWrite(apply: () => void): void {
    this.pending.push(() => {
      apply();
      return 0;
    });
  }

  async sync(): Promise<void> {
    const requestBytes = this.pendingRequestBytes + 60 * this.pendingLoadCount;
    const actions = this.pending;
    this.pendingRequestBytes = 0;
    this.pendingLoadCount = 0;
    this.pending = [];
    if (requestBytes > this.limitBytes) {
      // Rejected whole, before anything runs.
      this.syncs.push({ requestBytes, responseBytes: 0 });
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `request of ${requestBytes} bytes`,
      );
    }
    let responseBytes = 0;
    try {
      for (const action of actions) responseBytes += action();
    } catch (failure) {
      this.syncs.push({ requestBytes, responseBytes: 0 });
      throw failure;
    }
    this.syncs.push({ requestBytes, responseBytes });
    if (responseBytes > this.limitBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `response of ${responseBytes} bytes`,
      );
    }
  }

  /** Largest response of any sync so far. */
  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  reposition(): void {
    this.sheets.sort((a, b) => a.position - b.position);
    this.sheets.forEach((s, i) => (s.position = i));
  }
}

/** Loaded-property store shared by the proxies. */
class Loadable {
  private loaded = new Map<string, unknown>();

  protected constructor(protected readonly excel: FakeExcel) {}

  protected queue(props: string, snapshot: (prop: string) => unknown): void {
    const list = props.split(",").map((p) => p.trim());
    this.excel.queueLoad(() => {
      let bytes = 0;
      for (const p of list) {
        const v = snapshot(p);
        this.loaded.set(p, v);
        bytes += Buffer.byteLength(JSON.stringify(v ?? null), "utf8");
      }
      return bytes;
    });
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) notLoaded(prop);
    return this.loaded.get(prop) as T;
  }
}

class FakeWorksheetCollection implements XlWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(private readonly excel: FakeExcel) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) notLoaded("worksheets.items");
    return this.loadedItems;
  }

  load(propertyNames: string): unknown {
    const props = propertyNames.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.excel.queueLoad(() => {
      this.loadedItems = this.excel.sheets.map((s) => {
        const ws = new FakeWorksheet(this.excel, s.name);
        ws.markLoaded(props);
        return ws;
      });
      return JSON.stringify(this.excel.sheets.map((s) => ({ name: s.name, position: s.position })))
        .length;
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, key);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, key, () => this.excel.sheet(key));
  }

  getFirst(): FakeWorksheet {
    const excel = this.excel;
    return new FakeWorksheet(excel, "(first)", () =>
      excel.sheets.reduce<SheetModel | undefined>(
        (first, s) => (first === undefined || s.position < first.position ? s : first),
        undefined,
      ),
    );
  }

  add(name?: string): FakeWorksheet {
    const sheetName = name ?? `Feuil${this.excel.sheets.length + 1}`;
    this.excel.request(80 + sheetName.length);
    this.excel.queueWrite(() => {
      checkSheetName(sheetName);
      if (this.excel.sheet(sheetName))
        throw new FakeOfficeError("ItemAlreadyExists", `a sheet named ${sheetName} exists`);
      this.excel.addSheet(sheetName);
    });
    return new FakeWorksheet(this.excel, sheetName);
  }
}

export class FakeWorksheet extends Loadable implements XlWorksheet {
  readonly names: XlNamedItemCollection;
  readonly freezePanes: XlFreezePanes;
  readonly charts: XlChartCollection;
  readonly autoFilter: XlAutoFilter;
  readonly pageLayout: XlPageLayout;
  private loadedProps = new Set<string>();

  private nullResolved: boolean | undefined;

  /**
   * @param locate for a sheet reached by position: finds its model at sync time; undefined
   *   there makes it a null object.
   */
  constructor(
    excel: FakeExcel,
    readonly key: string,
    private readonly locate?: () => SheetModel | undefined,
  ) {
    super(excel);
    if (locate) excel.queueNull(() => (this.nullResolved = locate() === undefined));
    this.names = {
      add: (name, reference) => {
        this.op(60 + name.length + reference.length, (s) => s.names.set(name, reference));
        return undefined;
      },
      getItemOrNullObject: (name) => {
        this.guardNull("names.getItemOrNullObject");
        return new FakeNamedItem(excel, () => this.model()?.names.has(name) ?? false, name, this);
      },
      getItem: (name) => new FakeNamedItem(excel, undefined, name, this),
    };
    this.freezePanes = {
      freezeRows: (count = 1) => this.op(60, (s) => (s.freeze = { rows: count, columns: 0 })),
      freezeColumns: (count = 1) => this.op(60, (s) => (s.freeze = { rows: 0, columns: count })),
      unfreeze: () => this.op(40, (s) => (s.freeze = undefined)),
      freezeAt: (range) => {
        const area = typeof range === "string" ? parseArea(range) : (range as FakeRange).area;
        this.op(
          60,
          (s) =>
            (s.freeze = {
              rows: area.row + area.rowCount,
              columns: area.column + area.columnCount,
            }),
        );
      },
    };
    let loadedCharts: FakeChart[] | undefined;
    this.charts = {
      get items(): FakeChart[] {
        if (!loadedCharts) return notLoaded("charts.items");
        return loadedCharts;
      },
      load: (propertyNames: string) => {
        this.guardNull("charts.load");
        void propertyNames;
        excel.queueLoad(() => {
          const models = this.model()?.charts ?? [];
          loadedCharts = models.map((m) => new FakeChart(excel, m, this));
          return JSON.stringify(models.map((m) => ({ name: m.name }))).length;
        });
        return this.charts;
      },
      getItem: (name: string) => {
        const model = {
          get name(): string {
            return name;
          },
        } as ChartModel;
        return new FakeChart(excel, model, this, name);
      },
      add: (type, sourceData, seriesBy) => {
        const chart: ChartModel = {
          name: `Graphique ${(this.model()?.charts.length ?? 0) + 1}`,
          type,
          source: (sourceData as FakeRange).address,
          seriesBy,
          title: "",
          legendVisible: true,
          xAxis: undefined,
          position: undefined,
        };
        this.op(120, (s) => s.charts.push(chart));
        return new FakeChart(excel, chart, this);
      },
    };
    this.autoFilter = {
      apply: (range) =>
        this.op(
          60,
          (s) =>
            (s.autoFilter = String(
              typeof range === "string" ? range : (range as FakeRange).address,
            )),
        ),
    };
    const pageLayout = {};
    Object.defineProperty(pageLayout, "orientation", {
      get: () => notLoaded("orientation"),
      set: (v: string) => this.op(60, (s) => (s.orientation = v)),
    });
    let zoomLoaded: { value: unknown } | undefined;
    Object.defineProperty(pageLayout, "load", {
      value: (propertyNames: string) => {
        void propertyNames;
        excel.queueLoad(() => {
          zoomLoaded = { value: this.model()?.zoom ?? { scale: 100 } };
          return 40;
        });
        return pageLayout;
      },
    });
    Object.defineProperty(pageLayout, "zoom", {
      get: () => (zoomLoaded ? zoomLoaded.value : notLoaded("zoom")),
      set: (v: unknown) =>
        this.op(60, (s) => {
          checkZoom(v);
          s.zoom = v;
        }),
    });
    this.pageLayout = pageLayout as XlPageLayout;
  }

  /** The sheet's model now, or undefined (then the next sync fails with ItemNotFound). */
  model(): SheetModel | undefined {
    return this.locate ? this.locate() : this.excel.sheet(this.key);
  }

  /** Whether this proxy may be a null object (reached by position). */
  get nullable(): boolean {
    return this.locate !== undefined;
  }

  /** A call on this proxy: in strict mode, the batch fails if the sheet turns out null. */
  private guardNull(what: string): void {
    if (!this.locate || !this.excel.strictNullObjects) return;
    this.excel.queueNull(() => {
      if (this.model() === undefined)
        throw new FakeOfficeError("InvalidObjectPath", `${what} called on a null worksheet`);
    });
  }

  /** Queues a write on this sheet's model (run at sync) and accounts for its request bytes. */
  op(bytes: number, apply: (sheet: SheetModel) => void): void {
    this.excel.request(bytes);
    this.excel.queueWrite(() => {
      const sheet = this.model();
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `no sheet named ${this.key}`);
      apply(sheet);
    });
  }

  markLoaded(props: readonly string[]): void {
    for (const p of props) this.loadedProps.add(p);
  }

  private loadedScalar<T>(prop: string, read: (s: SheetModel) => T): T {
    if (!this.loadedProps.has(prop)) notLoaded(`worksheet.${prop}`);
    const sheet = this.model();
    // A null object's properties read as null.
    if (!sheet) return this.locate ? (null as T) : notLoaded(`worksheet.${prop}`);
    return read(sheet);
  }

  get isNullObject(): boolean {
    if (!this.locate) return false;
    if (this.nullResolved === undefined) return notLoaded("worksheet.isNullObject");
    return this.nullResolved;
  }

  getNextOrNullObject(): FakeWorksheet {
    this.guardNull("getNextOrNullObject");
    const excel = this.excel;
    return new FakeWorksheet(excel, `(after ${this.key})`, () => {
      const me = this.model();
      return me && excel.sheets.find((s) => s.position === me.position + 1);
    });
  }

  get name(): string {
    return this.loadedScalar("name", (s) => s.name);
  }

  set name(v: string) {
    this.op(60, (s) => {
      checkSheetName(v);
      const other = this.excel.sheet(v);
      if (other && other !== s)
        throw new FakeOfficeError("ItemAlreadyExists", `a sheet named ${v} exists`);
      s.name = v;
    });
  }

  get position(): number {
    return this.loadedScalar("position", (s) => s.position);
  }

  set position(v: number) {
    this.op(60, (s) => {
      // Excel inserts the sheet at that index and shifts the others.
      const others = this.excel.sheets.filter((x) => x !== s);
      others.splice(Math.min(v, others.length), 0, s);
      others.forEach((x, i) => (x.position = i));
      this.excel.reposition();
    });
  }

  get visibility(): string {
    return this.loadedScalar("visibility", (s) => s.visibility);
  }

  load(propertyNames: string): unknown {
    this.guardNull("load");
    const props = propertyNames.split(",").map((p) => p.trim());
    this.excel.queueLoad(() => {
      this.markLoaded(props);
      return this.model() ? 20 * props.length : 4 * props.length;
    });
    return this;
  }

  getRange(address?: string): FakeRange {
    this.guardNull("getRange");
    const area =
      address === undefined
        ? { row: 0, column: 0, rowCount: 1_048_576, columnCount: 16_384 }
        : parseArea(address);
    return new FakeRange(this.excel, this, area, false);
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): FakeRange {
    this.guardNull("getRangeByIndexes");
    return new FakeRange(
      this.excel,
      this,
      { row: startRow, column: startColumn, rowCount, columnCount },
      false,
    );
  }

  getUsedRangeOrNullObject(): FakeRange {
    this.guardNull("getUsedRangeOrNullObject");
    const range = new FakeRange(
      this.excel,
      this,
      { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      true,
    );
    this.excel.queueNull(() => {
      const used = this.model()?.usedArea() ?? null;
      range.resolveNull(used);
    });
    return range;
  }

  activate(): void {
    this.op(40, (s) => {
      if (s.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", `${s.name} is hidden`);
      s.selected ??= "A1";
    });
  }

  delete(): void {
    this.op(40, (s) => {
      if (s.visibility === "VeryHidden")
        throw new FakeOfficeError("InvalidOperation", `${s.name} is very hidden`);
      const visible = this.excel.sheets.filter((x) => x.visibility === "Visible");
      if (visible.length === 1 && visible[0] === s)
        throw new FakeOfficeError("InvalidOperation", "a workbook keeps one visible sheet");
      this.excel.sheets.splice(this.excel.sheets.indexOf(s), 1);
      this.excel.reposition();
      const quoted = `'${s.name.replace(/'/g, "''")}'!`;
      for (const [name, ref] of this.excel.userNames)
        if (ref.includes(quoted) || ref.includes(`${s.name}!`))
          this.excel.userNames.set(name, "=#REF!");
    });
  }
}

class FakeNamedItem extends Loadable implements XlNamedItem {
  private resolved: boolean | undefined;

  /** @param exists for a *OrNullObject item: whether it exists, asked at sync. */
  constructor(
    excel: FakeExcel,
    exists: (() => boolean) | undefined,
    private readonly itemName: string,
    private readonly sheet: FakeWorksheet,
  ) {
    super(excel);
    if (exists) excel.queueNull(() => (this.resolved = !exists()));
    else this.resolved = false;
  }

  delete(): void {
    this.sheet.op(40, (s) => {
      if (!s.names.delete(this.itemName))
        throw new FakeOfficeError("ItemNotFound", `no name ${this.itemName}`);
    });
  }

  get isNullObject(): boolean {
    if (this.resolved === undefined) return notLoaded("isNullObject");
    return this.resolved;
  }

  get name(): string {
    return this.get<string>("name");
  }

  load(propertyNames: string): unknown {
    this.queue(propertyNames, () => (this.resolved ? null : this.itemName));
    return this;
  }
}

class FakeChart implements XlChart {
  readonly title: { text: string; visible: boolean };
  readonly legend: { visible: boolean };
  readonly series: XlChart["series"];
  constructor(
    private readonly excel: FakeExcel,
    private readonly model: ChartModel,
    private readonly sheet: FakeWorksheet,
    /** For a chart asked for by name: found at sync. */
    private readonly byName?: string,
  ) {
    this.title = {
      get text(): string {
        return notLoaded("title.text");
      },
      set text(v: string) {
        excel.request(60);
        model.title = v;
      },
      visible: true,
    };
    this.legend = {
      get visible(): boolean {
        return notLoaded("legend.visible");
      },
      set visible(v: boolean) {
        excel.request(60);
        model.legendVisible = v;
      },
    };
    this.series = {
      getItemAt: () => ({
        name: "",
        setXAxisValues: (range) => {
          excel.request(60);
          model.xAxis = (range as FakeRange).address;
        },
      }),
    };
  }

  get name(): string {
    return this.model.name;
  }

  set name(v: string) {
    this.excel.request(60);
    this.model.name = v;
  }

  delete(): void {
    const name = this.byName ?? this.model.name;
    this.sheet.op(40, (s) => {
      const i = s.charts.findIndex((c) => c.name === name);
      if (i < 0) throw new FakeOfficeError("ItemNotFound", `no chart ${name}`);
      s.charts.splice(i, 1);
    });
  }

  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void {
    this.excel.request(60);
    const addr = (x: XlRange | string | undefined): string | undefined =>
      x === undefined ? undefined : typeof x === "string" ? x : (x as FakeRange).address;
    this.model.position = [addr(startCell)!, addr(endCell)];
  }
}

export class FakeRange extends Loadable implements XlRange {
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  private nullResolved: boolean | undefined;

  constructor(
    excel: FakeExcel,
    private readonly ws: FakeWorksheet,
    public area: Area,
    private readonly nullable: boolean,
  ) {
    super(excel);
    this.format = this.makeFormat();
    this.conditionalFormats = {
      clearAll: () =>
        this.ws.op(40, (s) => {
          const inside = (address: string): boolean => overlaps(parseArea(address), this.area);
          for (let i = s.dataBars.length - 1; i >= 0; i--)
            if (inside(s.dataBars[i]!.address.split("!")[1]!)) s.dataBars.splice(i, 1);
        }),
      add: (type: string): XlConditionalFormat => {
        const bar = {
          address: this.address,
          lower: undefined as unknown,
          upper: undefined as unknown,
          color: "",
        };
        this.ws.op(80, (s) => {
          if (type === "DataBar") s.dataBars.push(bar);
        });
        return {
          dataBar: {
            set lowerBoundRule(v: unknown) {
              excel.request(60);
              bar.lower = v;
            },
            get lowerBoundRule(): { type: string } {
              return notLoaded("lowerBoundRule");
            },
            set upperBoundRule(v: unknown) {
              excel.request(60);
              bar.upper = v;
            },
            get upperBoundRule(): { type: string } {
              return notLoaded("upperBoundRule");
            },
            positiveFormat: {
              set fillColor(v: string) {
                excel.request(60);
                bar.color = v;
              },
              get fillColor(): string {
                return notLoaded("fillColor");
              },
              gradientFill: true,
            },
          },
        };
      },
    };
  }

  resolveNull(used: Area | null): void {
    this.nullResolved = used === null;
    if (used) this.area = used;
  }

  get isNullObject(): boolean {
    if (this.ws.nullable && this.nullResolved === undefined && !this.nullable) {
      // A range of a sheet reached by position: null when the sheet is.
      return this.ws.model() === undefined;
    }
    if (!this.nullable) return false;
    if (this.nullResolved === undefined) return notLoaded("isNullObject");
    return this.nullResolved;
  }

  get address(): string {
    return `${this.ws.model()?.name ?? this.ws.key}!${a1(this.area)}`;
  }

  get values(): unknown[][] {
    return this.get("values");
  }

  set values(rows: unknown[][]) {
    this.ws.op(JSON.stringify(rows).length + 60, (s) => {
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const r = this.area.row + i;
          const c = this.area.column + j;
          const typed = typeof v === "string" ? typedInput(v) : { value: v as FakeScalar };
          s.setCell(r, c, typed.value);
          if (typed.format) s.formats.set(cellAddress(r, c), typed.format);
        }),
      );
    });
  }

  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }

  set numberFormat(rows: unknown[][]) {
    this.ws.op(JSON.stringify(rows).length + 60, (s) => {
      rows.forEach((row, i) =>
        row.forEach((f, j) => {
          if (typeof f === "string")
            s.formats.set(cellAddress(this.area.row + i, this.area.column + j), f);
        }),
      );
    });
  }

  get text(): string[][] {
    return this.get("text");
  }

  get rowIndex(): number {
    return this.get("rowIndex");
  }

  get columnIndex(): number {
    return this.get("columnIndex");
  }

  get rowCount(): number {
    return this.get("rowCount");
  }

  get columnCount(): number {
    return this.get("columnCount");
  }

  get hyperlink(): XlHyperlink {
    return this.get("hyperlink");
  }

  set hyperlink(link: XlHyperlink) {
    this.ws.op(JSON.stringify(link).length + 60, (s) => s.hyperlinks.set(a1(this.area), link));
  }

  load(propertyNames: string): unknown {
    this.queue(propertyNames, (prop) => this.snapshot(prop));
    return this;
  }

  private snapshot(prop: string): unknown {
    const sheet = this.ws.model();
    if (!sheet && this.ws.nullable) return null;
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "sheet gone");
    const { row, column, rowCount, columnCount } = this.area;
    const grid = <T>(cell: (r: number, c: number) => T): T[][] => {
      const out: T[][] = new Array<T[]>(rowCount);
      for (let i = 0; i < rowCount; i++) {
        const line: T[] = new Array<T>(columnCount);
        for (let j = 0; j < columnCount; j++) line[j] = cell(row + i, column + j);
        out[i] = line;
      }
      return out;
    };
    switch (prop) {
      case "values":
        return grid((r, c) => {
          const v = sheet.cell(r, c);
          if (v === null) return "";
          if (typeof v === "object") return "error" in v ? v.error : v.rich;
          return v;
        });
      case "valueTypes":
        return grid((r, c) => valueType(sheet.cell(r, c), this.excel.integerValueTypes));
      case "numberFormat":
        return grid((r, c) => sheet.format(r, c));
      case "text":
        return grid((r, c) => {
          const t = sheet.texts.get(cellAddress(r, c));
          if (t !== undefined) return t;
          const v = sheet.cell(r, c);
          if (v === null) return "";
          if (typeof v === "object") return "error" in v ? v.error : v.rich;
          return String(v);
        });
      case "rowIndex":
        return row;
      case "columnIndex":
        return column;
      case "rowCount":
        return rowCount;
      case "columnCount":
        return columnCount;
      case "address":
        return this.address;
      default:
        throw new FakeOfficeError("InvalidArgument", `the fake does not load ${prop}`);
    }
  }

  getIntersectionOrNullObject(): XlRange {
    throw new Error("not used by the adapter");
  }

  merge(): void {
    this.ws.op(60, (s) => s.merges.push(a1(this.area)));
  }

  unmerge(): void {
    this.ws.op(40, (s) => {
      for (let i = s.merges.length - 1; i >= 0; i--)
        if (overlaps(parseArea(s.merges[i]!), this.area)) s.merges.splice(i, 1);
    });
  }

  /** "All": values, formats (cell formats recorded so far included) and hyperlinks. */
  clear(applyTo = "All"): void {
    this.ws.op(40, (s) => {
      if (applyTo !== "All") throw new FakeOfficeError("InvalidArgument", `clear(${applyTo})`);
      const { row, column, rowCount, columnCount } = this.area;
      for (let r = row; r < Math.min(s.values.length, row + rowCount); r++) {
        const line = s.values[r];
        if (!line) continue;
        for (let c = column; c < Math.min(line.length, column + columnCount); c++) line[c] = null;
      }
      const inArea = (address: string): boolean => overlaps(parseArea(address), this.area);
      for (const map of [s.formats, s.texts, s.hyperlinks])
        for (const key of [...map.keys()]) if (inArea(key)) map.delete(key);
      const ops = this.excel.formatOps;
      for (let i = ops.length - 1; i >= 0; i--)
        if (ops[i]!.sheet === s.name && inArea(ops[i]!.address)) ops.splice(i, 1);
    });
  }

  select(): void {
    this.ws.op(40, (s) => (s.selected = a1(this.area)));
  }

  private makeFormat(): XlRangeFormat {
    const record = (property: string, value: unknown): void => {
      this.ws.op(60, (s) =>
        this.excel.formatOps.push({ sheet: s.name, address: a1(this.area), property, value }),
      );
    };
    const setterOnly = <T extends object>(prefix: string, keys: readonly string[]): T => {
      const target = {};
      for (const k of keys) {
        Object.defineProperty(target, k, {
          get: () => notLoaded(`${prefix}${k}`),
          set: (v: unknown) => record(`${prefix}${k}`, v),
        });
      }
      return target as T;
    };
    const format = setterOnly<{ wrapText: boolean; horizontalAlignment: string }>("", [
      "wrapText",
      "horizontalAlignment",
    ]);
    Object.defineProperty(format, "columnWidth", {
      get: () => notLoaded("columnWidth"),
      set: (points: number) =>
        this.ws.op(60, (s) => {
          const area = this.area;
          s.columnWidths.set(
            `${columnLetters(area.column)}:${columnLetters(area.column + area.columnCount - 1)}`,
            points,
          );
        }),
    });
    Object.defineProperty(format, "rowHeight", {
      get: () => notLoaded("rowHeight"),
      set: (points: number) =>
        this.ws.op(60, (s) => {
          const area = this.area;
          s.rowHeights.set(`${area.row + 1}:${area.row + area.rowCount}`, points);
        }),
    });
    return Object.assign(format, {
      fill: setterOnly<{ color: string }>("fill.", ["color"]),
      font: setterOnly<XlRangeFont>("font.", ["color", "bold", "italic", "size", "underline"]),
      borders: {
        getItem: (index: string): XlRangeBorder =>
          setterOnly<XlRangeBorder>(`borders.${index}.`, ["style", "color", "weight"]),
      },
    }) as XlRangeFormat;
  }
}

function valueType(v: FakeCell, integers: boolean): string {
  if (v === null || v === "") return "Empty";
  if (typeof v === "object") return "error" in v ? "Error" : "RichValue";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "number") return integers && Number.isInteger(v) ? "Integer" : "Double";
  return "String";
}

/** Excel's rules for a worksheet name (the UI and Office.js refuse the same names). */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31)
    throw new FakeOfficeError("InvalidArgument", `sheet name of ${name.length} characters`);
  if (/[:\\/?*[\]]/.test(name))
    throw new FakeOfficeError("InvalidArgument", `sheet name with a forbidden character: ${name}`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw new FakeOfficeError("InvalidArgument", `sheet name starting or ending with ': ${name}`);
}

/** PageLayoutZoomOptions: whole page counts ≥ 0 (0: automatic, as fitToHeight="0"), scale 10–400. */
function checkZoom(v: unknown): void {
  const bad = (): never => {
    throw new FakeOfficeError("InvalidArgument", `zoom ${JSON.stringify(v)}`);
  };
  if (typeof v !== "object" || v === null) bad();
  for (const [key, n] of Object.entries(v as Record<string, unknown>)) {
    if (key === "scale") {
      if (typeof n !== "number" || n < 10 || n > 400) bad();
    } else if (key === "horizontalFitToPages" || key === "verticalFitToPages") {
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0) bad();
    } else bad();
  }
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)\s?%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Serial number of a date in the 1900 system (days since 1899-12-30). */
function serial(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return (t - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * A string written through `range.values`, as Excel takes it when typed (en-US parsing, the
 * fake's locale): a leading apostrophe keeps the rest as text (and is not stored); `=` starts a
 * formula (kept as { error: "FORMULA:…" } for the tests), and so do `+` and `-` before
 * something that is not a number (Excel then shows #NAME?); numbers, percentages and dates
 * become numbers, dates with a date format.
 */
function typedInput(v: string): { value: FakeCell; format?: string } {
  if (v === "") return { value: null };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith("=")) return { value: { error: "FORMULA:" + v } };
  const trimmed = v.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (PERCENT.test(trimmed))
    return { value: Number(trimmed.replace(/\s?%$/, "")) / 100, format: "0%" };
  const iso = ISO_DATE.exec(trimmed);
  const us = SLASH_DATE.exec(trimmed);
  const date = iso
    ? serial(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : us
      ? serial(Number(us[3]), Number(us[1]), Number(us[2]))
      : null;
  if (date !== null) return { value: date, format: "m/d/yyyy" };
  if (v.startsWith("+") || v.startsWith("-")) return { value: { error: "#NAME?" } };
  return { value: v };
}
