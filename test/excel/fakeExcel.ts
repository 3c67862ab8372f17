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
 * - it records every write (values, formats, names, links, charts…) in a model the tests read.
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
  | { readonly value: FakeScalar; readonly format?: string; readonly text?: string };

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
  readonly values: (FakeScalar | { error: string })[][] = [];
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

  cell(row: number, column: number): FakeScalar | { error: string } {
    return this.values[row]?.[column] ?? null;
  }

  setCell(row: number, column: number, value: FakeScalar | { error: string }): void {
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

class FakeOfficeError extends Error {
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
  /** Payload limit of one request or response, like Excel on the web (default 4 MB). */
  limitBytes = 4 * 1024 * 1024;
  /** Fail a batch that calls a method on a null worksheet (see the header comment). */
  strictNullObjects = false;
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;

  private pendingLoads: (() => number)[] = [];
  private pendingNulls: (() => void)[] = [];
  private pendingRequestBytes = 0;
  private pendingError: FakeOfficeError | undefined;

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
    this.pendingLoads.push(resolve);
  }

  queueNull(resolve: () => void): void {
    this.pendingNulls.push(resolve);
  }

  fail(code: string, message: string): void {
    this.pendingError ??= new FakeOfficeError(code, message);
  }

  /** Whether an action of the current batch failed: Excel runs none of the later ones. */
  get batchFailed(): boolean {
    return this.pendingError !== undefined;
  }

  async sync(): Promise<void> {
    const requestBytes = this.pendingRequestBytes + 60 * this.pendingLoads.length;
    this.pendingRequestBytes = 0;
    const loads = this.pendingLoads;
    const nulls = this.pendingNulls;
    const error = this.pendingError;
    this.pendingLoads = [];
    this.pendingNulls = [];
    this.pendingError = undefined;
    if (requestBytes > this.limitBytes) {
      this.syncs.push({ requestBytes, responseBytes: 0 });
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `request of ${requestBytes} bytes`,
      );
    }
    if (error) {
      this.syncs.push({ requestBytes, responseBytes: 0 });
      throw error;
    }
    let responseBytes = 0;
    try {
      for (const n of nulls) n();
      for (const load of loads) responseBytes += load();
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
    if (this.excel.batchFailed) {
      // Not run: an earlier action of the batch failed.
    } else if (this.excel.sheet(sheetName)) {
      this.excel.fail("ItemAlreadyExists", `a sheet named ${sheetName} exists`);
    } else {
      this.excel.addSheet(sheetName);
    }
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
    private readonly key: string,
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
        return new FakeNamedItem(excel, () => this.model()?.names.has(name) ?? false, name);
      },
    };
    this.freezePanes = {
      freezeRows: (count = 1) => this.op(60, (s) => (s.freeze = { rows: count, columns: 0 })),
      freezeColumns: (count = 1) => this.op(60, (s) => (s.freeze = { rows: 0, columns: count })),
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
    this.charts = {
      add: (type, sourceData, seriesBy) => {
        const chart: ChartModel = {
          type,
          source: (sourceData as FakeRange).address,
          seriesBy,
          title: "",
          legendVisible: true,
          xAxis: undefined,
          position: undefined,
        };
        this.op(120, (s) => s.charts.push(chart));
        return new FakeChart(excel, chart);
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
    Object.defineProperty(pageLayout, "zoom", {
      get: () => notLoaded("zoom"),
      set: (v: unknown) => this.op(60, (s) => (s.zoom = v)),
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

  /** Applies a write to the model and accounts for its request bytes. */
  op(bytes: number, apply: (sheet: SheetModel) => void): void {
    this.excel.request(bytes);
    if (this.excel.batchFailed) return;
    const sheet = this.model();
    if (!sheet) {
      this.excel.fail("ItemNotFound", `no sheet named ${this.key}`);
      return;
    }
    apply(sheet);
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
    this.op(60, (s) => (s.name = v));
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
    this.op(40, (s) => (s.selected ??= "A1"));
  }

  delete(): void {
    this.op(40, (s) => {
      this.excel.sheets.splice(this.excel.sheets.indexOf(s), 1);
      this.excel.reposition();
    });
  }
}

class FakeNamedItem extends Loadable implements XlNamedItem {
  private resolved: boolean | undefined;

  constructor(
    excel: FakeExcel,
    exists: () => boolean,
    private readonly itemName: string,
  ) {
    super(excel);
    excel.queueNull(() => (this.resolved = !exists()));
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
  name = "";

  constructor(
    private readonly excel: FakeExcel,
    private readonly model: ChartModel,
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
    return `${this.ws.model()?.name ?? "?"}!${a1(this.area)}`;
  }

  get values(): unknown[][] {
    return this.get("values");
  }

  set values(rows: unknown[][]) {
    this.ws.op(JSON.stringify(rows).length + 60, (s) => {
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          // Like typing: a leading apostrophe keeps the rest as text and is not stored.
          if (typeof v === "string" && v.startsWith("'"))
            s.setCell(this.area.row + i, this.area.column + j, v.slice(1));
          else if (typeof v === "string" && v.startsWith("="))
            s.setCell(this.area.row + i, this.area.column + j, { error: "FORMULA:" + v });
          else
            s.setCell(this.area.row + i, this.area.column + j, v === "" ? null : (v as FakeScalar));
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
          return typeof v === "object" ? v.error : v;
        });
      case "valueTypes":
        return grid((r, c) => valueType(sheet.cell(r, c)));
      case "numberFormat":
        return grid((r, c) => sheet.format(r, c));
      case "text":
        return grid((r, c) => {
          const t = sheet.texts.get(cellAddress(r, c));
          if (t !== undefined) return t;
          const v = sheet.cell(r, c);
          if (v === null) return "";
          return typeof v === "object" ? v.error : String(v);
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

function valueType(v: FakeScalar | { error: string }): string {
  if (v === null || v === "") return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "number") return Number.isInteger(v) ? "Double" : "Double";
  return "String";
}
