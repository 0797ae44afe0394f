import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// dist/lib/catalogue/catalogue-writer.js
import { createRequire as createRequire2 } from "node:module";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";

// dist/lib/core/value-multiplicity.js
var MULTI_VALUED = Object.freeze({
  "20100376": "2",
  "20400011": "1-99",
  "30020010": "6",
  "30020011": "2",
  "30020012": "2",
  "30020034": "4",
  "30040008": "3",
  "30040014": "1-3",
  "30040040": "3",
  "30040058": "2-2n",
  "30060045": "3",
  "30060049": "1-n",
  "30060050": "3-3n",
  "30080047": "1-n",
  "30100047": "1-n",
  "30100048": "1-n",
  "30100052": "1-n",
  "30100053": "1-n",
  "30100085": "1-n",
  "40101004": "3",
  "40101005": "3",
  "40101021": "1-n",
  "40101029": "1-n",
  "40101043": "3",
  "40101060": "3",
  "40101061": "3",
  "00080005": "1-n",
  "00080008": "2-n",
  "0008001A": "1-n",
  "00080054": "1-n",
  "00080058": "1-n",
  "00080061": "1-n",
  "00080062": "1-n",
  "00080094": "1-n",
  "0008009C": "1-n",
  "00080304": "1-n",
  "00080306": "1-n",
  "00080309": "1-3",
  "0008030B": "1-2",
  "00081048": "1-n",
  "00081050": "1-n",
  "00081060": "1-n",
  "00081070": "1-n",
  "00081080": "1-n",
  "0008115A": "1-n",
  "00081160": "1-n",
  "00081161": "1-n",
  "00081162": "3-3n",
  "00081163": "2",
  "00082130": "1-n",
  "00082132": "1-n",
  "00083002": "1-n",
  "00083010": "1-n",
  "00089007": "4",
  "00100028": "3",
  "00101000": "1-n",
  "00101001": "1-n",
  "00101050": "1-n",
  "00102000": "1-n",
  "00102110": "1-n",
  "00102154": "1-n",
  "00120063": "1-n",
  "00140030": "1-n",
  "00140032": "1-n",
  "00140034": "1-n",
  "00140100": "1-n",
  "00140107": "1-n",
  "00140108": "1-n",
  "0014201A": "1-n",
  "00142226": "1-n",
  "0014222A": "1-n",
  "0014222C": "1-n",
  "00144038": "1-n",
  "0014403A": "1-n",
  "0014403C": "1-n",
  "0014407C": "1-n",
  "0014407E": "1-n",
  "00160002": "3",
  "00160008": "1-n",
  "00160009": "1-n",
  "0016000C": "1-n",
  "0016000D": "1-n",
  "00160010": "1-n",
  "0016002A": "2-4",
  "00160036": "1-2",
  "00160037": "2",
  "0016004E": "4",
  "00160072": "3",
  "00160074": "3",
  "00160084": "3",
  "00160086": "3",
  "00180020": "1-n",
  "00180021": "1-n",
  "00180022": "1-n",
  "00180030": "1-n",
  "00180033": "1-n",
  "00180086": "1-n",
  "0018100B": "1-n",
  "00181019": "1-n",
  "0018101A": "1-n",
  "00181020": "1-n",
  "00181046": "1-n",
  "00181047": "1-n",
  "00181065": "1-n",
  "0018106C": "2",
  "00181135": "1-n",
  "00181136": "1-n",
  "00181137": "1-n",
  "00181142": "1-n",
  "00181146": "1-n",
  "00181149": "1-2",
  "00181161": "1-n",
  "00181164": "2",
  "00181166": "1-n",
  "00181182": "1-2",
  "00181183": "1-2",
  "00181184": "1-2",
  "00181190": "1-n",
  "00181200": "1-n",
  "00181201": "1-n",
  "00181210": "1-n",
  "00181240": "1-n",
  "00181301": "1-n",
  "00181310": "4",
  "00181520": "1-n",
  "00181521": "1-n",
  "00181600": "1-3",
  "00181610": "2",
  "00181620": "2-2n",
  "00181624": "3",
  "00181635": "2",
  "00181700": "1-3",
  "00181710": "2",
  "00181720": "2-2n",
  "00182001": "1-n",
  "00182002": "1-n",
  "00182003": "1-n",
  "00182004": "1-n",
  "00182005": "1-n",
  "00182006": "1-n",
  "00182010": "2",
  "00182043": "2",
  "00182044": "3",
  "00183105": "1-n",
  "00185000": "1-n",
  "00185010": "1-n",
  "00185210": "6",
  "00185212": "3",
  "00186052": "1-n",
  "00186054": "1-n",
  "00186058": "1-n",
  "0018605A": "1-n",
  "00186060": "1-n",
  "0018701A": "2",
  "00187020": "2",
  "00187022": "2",
  "00187026": "1-2",
  "00187028": "2",
  "00187030": "2",
  "00187036": "2",
  "00187046": "2",
  "00187050": "1-n",
  "00187052": "1-n",
  "00187054": "1-n",
  "00187056": "1-n",
  "00187058": "1-n",
  "00189052": "1-2",
  "00189053": "1-2",
  "00189060": "1-2",
  "00189061": "1-2",
  "00189063": "1-2",
  "00189065": "1-2",
  "00189066": "1-2",
  "00189079": "1-n",
  "00189089": "3",
  "00189090": "3",
  "00189098": "1-2",
  "00189100": "1-2",
  "00189105": "3",
  "00189106": "3",
  "00189255": "3",
  "00189256": "3",
  "00189313": "3",
  "00189317": "2",
  "00189318": "3",
  "00189322": "2",
  "00189323": "1-n",
  "00189352": "3",
  "00189376": "1-n",
  "00189377": "1-n",
  "00189378": "1-n",
  "00189404": "2",
  "00189428": "1-2",
  "00189429": "2",
  "00189430": "2",
  "00189440": "2",
  "00189442": "2-n",
  "00189461": "1-2",
  "00189557": "3",
  "00189558": "6",
  "00189801": "1-n",
  "00189908": "1-n",
  "0018990A": "1-n",
  "00189938": "1-n",
  "00189939": "1-n",
  "0018993A": "1-n",
  "00200020": "2",
  "00200030": "3",
  "00200032": "3",
  "00200035": "6",
  "00200037": "6",
  "00200080": "1-n",
  "00201020": "1-n",
  "00201070": "1-n",
  "002031XX": "1-n",
  "00205000": "1-n",
  "00205002": "1-n",
  "00209157": "1-n",
  "00209301": "3",
  "00209302": "6",
  "00209308": "3",
  "00209309": "16",
  "0020930A": "16",
  "00209518": "1-n",
  "00220002": "2",
  "00220004": "2",
  "00220032": "2-2n",
  "00221463": "2",
  "00221467": "2",
  "00221468": "2",
  "00221646": "1-n",
  "00280009": "1-n",
  "0028000A": "1-n",
  "00280030": "2",
  "00280031": "2",
  "00280032": "2",
  "00280034": "2",
  "00280050": "1-n",
  "00280051": "1-n",
  "00280065": "1-n",
  "00280066": "1-n",
  "00280070": "1-n",
  "00280082": "1-n",
  "00280403": "1-n",
  "00280404": "1-n",
  "002804X2": "1-n",
  "002804X3": "1-n",
  "00280701": "1-n",
  "00280702": "1-n",
  "00280721": "1-n",
  "002808X0": "1-n",
  "002808X3": "1-n",
  "002808X8": "1-n",
  "00281050": "1-n",
  "00281051": "1-n",
  "00281055": "1-n",
  "00281100": "3",
  "00281101": "3",
  "00281102": "3",
  "00281103": "3",
  "00281104": "3",
  "00281111": "4",
  "00281112": "4",
  "00281113": "4",
  "00281200": "1-n or 1",
  "00281407": "3",
  "00282112": "1-n",
  "00282114": "1-n",
  "00283002": "3",
  "00283006": "1-n or 1",
  "00286020": "1-n",
  "00286022": "1-n",
  "00286023": "1-n",
  "00286030": "1-n",
  "00286040": "1-n",
  "00286102": "2-2n",
  "00286110": "1-n",
  "00286114": "2",
  "00287013": "1-n",
  "00287018": "2",
  "00287026": "1-n",
  "00289446": "1-n",
  "00289503": "2-2n",
  "00289506": "2-2n",
  "00289507": "2-2n",
  "00289520": "16",
  "00321021": "1-n",
  "003A0205": "1-n",
  "003A0231": "3",
  "003A0244": "3",
  "00400001": "1-n",
  "00400010": "1-n",
  "00400303": "1-2",
  "00401010": "1-n",
  "00401103": "1-n",
  "00409212": "1-n",
  "0040A057": "1-n",
  "0040A0B0": "2-2n",
  "0040A125": "2",
  "0040A132": "1-n",
  "0040A136": "1-n",
  "0040A138": "1-n",
  "0040A13A": "1-n",
  "0040A161": "1-n",
  "0040A162": "1-n",
  "0040A163": "1-n",
  "0040A29A": "2-2n",
  "0040A30A": "1-n",
  "0040DB73": "1-n",
  "00420014": "1-n",
  "00440008": "1-n",
  "00460135": "2",
  "00460202": "2",
  "00460208": "2-2n",
  "00460213": "2",
  "00460247": "3",
  "00480015": "3",
  "00480102": "6",
  "00480201": "2",
  "00480202": "2",
  "00540010": "1-n",
  "00540020": "1-n",
  "00540030": "1-n",
  "00540050": "1-n",
  "00540060": "1-n",
  "00540070": "1-n",
  "00540080": "1-n",
  "00540090": "1-n",
  "00540100": "1-n",
  "00540210": "1-n",
  "00541000": "2",
  "00541201": "2",
  "00541203": "2",
  "00541220": "1-n",
  "00541311": "1-n",
  "00541400": "1-n",
  "00603020": "1-n",
  "0062000B": "1-n",
  "0062000D": "3",
  "00640007": "3",
  "00640008": "3",
  "00660017": "3",
  "0066001A": "6",
  "0066001B": "3",
  "0066001C": "3",
  "00660020": "1-n",
  "00686346": "2",
  "00686347": "4",
  "00686350": "1-n",
  "00686450": "2",
  "00686460": "4",
  "00686490": "3",
  "006864A0": "2",
  "006864C0": "3",
  "006864D0": "9",
  "006864F0": "3",
  "00686560": "2",
  "00686590": "3",
  "006865B0": "4",
  "006865D0": "6",
  "006865F0": "4",
  "00686610": "3",
  "00686620": "3",
  "00700010": "2",
  "00700011": "2",
  "00700014": "2",
  "00700022": "2-n",
  "00700050": "2",
  "00700051": "2",
  "00700052": "2",
  "00700053": "2",
  "00700067": "3",
  "00700101": "2",
  "00700102": "2",
  "00700241": "3",
  "00700247": "3",
  "00700251": "3",
  "00700252": "3",
  "00700273": "2",
  "0070030B": "16",
  "00700401": "3",
  "00701205": "1-n",
  "0070120C": "1-n",
  "00701303": "6",
  "00701305": "4",
  "00701306": "3",
  "00701505": "3",
  "00701507": "3",
  "00701511": "3",
  "00701603": "3",
  "00701604": "3",
  "00701605": "3",
  "00701606": "6",
  "00701703": "3",
  "00701807": "3",
  "00720038": "2",
  "0072003C": "2",
  "00720052": "1-n",
  "00720054": "1-n",
  "0072005E": "1-n",
  "0072005F": "1-n",
  "00720060": "1-n",
  "00720061": "1-n",
  "00720062": "1-n",
  "00720063": "1-n",
  "00720064": "1-n",
  "00720066": "1-n",
  "0072006A": "1-n",
  "0072006B": "1-n",
  "0072006C": "1-n",
  "0072006F": "1-n",
  "00720072": "1-n",
  "00720074": "1-n",
  "00720076": "1-n",
  "00720078": "1-n",
  "0072007A": "1-n",
  "0072007C": "1-n",
  "0072007E": "1-n",
  "0072007F": "1-n",
  "00720108": "4",
  "00720212": "2-n",
  "00720218": "1-n",
  "00720420": "3",
  "00720421": "3",
  "00720432": "2-n",
  "00720520": "1-n",
  "00720700": "2",
  "0074103A": "4",
  "00741057": "1-n",
  "0074133A": "4",
  "00780050": "3",
  "00780060": "9",
  "00780090": "2",
  "007800A0": "4",
  "00800006": "1-n",
  "00800007": "3-3n",
  "00880912": "1-32",
  "04000020": "1-n",
  "1000XXX0": "3",
  "1000XXX1": "3",
  "1000XXX3": "3",
  "1000XXX5": "3",
  "1010XXXX": "1-n",
  "201000A7": "1-n",
  "201000A9": "1-n",
  "2200000E": "1-n",
  "3002000D": "3",
  "3004000C": "2-n",
  "3006002A": "3",
  "300600C6": "16",
  "300A0009": "1-n",
  "300A000B": "1-n",
  "300A0018": "3",
  "300A0082": "3",
  "300A00A2": "3",
  "300A00BE": "3-n",
  "300A00CC": "1-n",
  "300A00E9": "2",
  "300A00EA": "2",
  "300A00EB": "1-n",
  "300A00EC": "1-n",
  "300A0106": "2-2n",
  "300A011C": "2-2n",
  "300A012C": "3",
  "300A012E": "3",
  "300A0133": "3",
  "300A02D4": "3",
  "300A02E2": "1-n",
  "300A02E6": "1-n",
  "300A030A": "2",
  "300A038F": "1-n",
  "300A0391": "1-n",
  "300A0394": "1-n",
  "300A0396": "1-n",
  "300A0398": "2",
  "300A0412": "3",
  "300A0503": "2",
  "300A0504": "2",
  "300A0509": "2",
  "300A0510": "2",
  "300A061D": "1-n",
  "300A061E": "3",
  "300A0624": "2",
  "300A0627": "3",
  "300A0649": "2-n",
  "300A064A": "2-n",
  "300A064B": "2",
  "300A064F": "1-n",
  "4010101B": "3",
  "4010101C": "3",
  "4010101D": "6-n",
  "4010107A": "3",
  "4010107E": "6",
  "50XX0030": "1-n",
  "50XX0040": "1-n",
  "50XX0104": "1-n",
  "50XX0105": "1-n",
  "50XX0106": "1-n",
  "50XX0110": "1-n",
  "50XX0112": "1-n",
  "50XX0114": "1-n",
  "60XX0050": "2",
  "60XX0066": "1-n",
  "60XX0800": "1-n",
  "60XX0803": "1-n",
  "60XX1200": "1-n",
  "60XX1201": "1-n",
  "60XX1202": "1-n",
  "60XX1203": "1-n"
});

// dist/lib/core/typed-values.js
var KIND_BY_VR = Object.freeze({
  IS: "integer",
  SS: "integer",
  US: "integer",
  SL: "integer",
  SQ: "integer",
  UL: "bigint",
  SV: "bigint",
  UV: "bigint",
  OB: "bigint",
  OD: "bigint",
  OF: "bigint",
  OL: "bigint",
  OV: "bigint",
  OW: "bigint",
  DS: "double",
  FL: "double",
  FD: "double",
  DA: "date",
  TM: "time",
  DT: "timestamp"
});
var MAX_LENGTH = Number.MAX_SAFE_INTEGER;
var INTEGER_RANGE = Object.freeze({
  IS: [-(2 ** 31), 2 ** 31 - 1],
  SS: [-(2 ** 15), 2 ** 16 - 1],
  US: [-(2 ** 15), 2 ** 16 - 1],
  SL: [-(2 ** 31), 2 ** 31 - 1],
  SQ: [0, 2 ** 31 - 1],
  UL: [-(2 ** 31), 2 ** 32 - 1],
  // 64-bit values and byte lengths: what a JavaScript number holds exactly.
  SV: [Number.MIN_SAFE_INTEGER, MAX_LENGTH],
  UV: [0, MAX_LENGTH]
});

// dist/lib/catalogue/values.js
function toColumn(value, type) {
  if (value === null || value === void 0)
    return null;
  if (type === "TEXT" || value === "")
    return value;
  const n = Number(value);
  if (!Number.isFinite(n) || String(n) !== value)
    return value;
  if (type === "REAL")
    return n;
  return Number.isSafeInteger(n) ? BigInt(n) : value;
}
function quoteId(name) {
  return `"${name.replaceAll('"', '""')}"`;
}
function quoteText(text) {
  return `'${text.replaceAll("'", "''")}'`;
}

// dist/lib/catalogue/row-store.js
var RowStore = class {
  db;
  setup;
  upsertRow;
  setMime;
  removeRow;
  inBatch = 0;
  batchStarted = 0;
  constructor(db, setup2) {
    this.db = db;
    this.setup = setup2;
    const { columns } = setup2;
    const own = { first_seen: quoteText(setup2.started), last_read: quoteText(setup2.started), generation: String(setup2.generation), run: String(setup2.runId) };
    this.upsertRow = db.prepare(`INSERT INTO files (${columns.map(quoteId).join(", ")}) VALUES (${columns.map((c) => own[c] ?? "?").join(", ")})
       ON CONFLICT (root, walk_key) DO UPDATE SET ${columns.filter((c) => c !== "root" && c !== "walk_key" && c !== "first_seen").map((c) => `${quoteId(c)} = excluded.${quoteId(c)}`).join(", ")}`);
    this.setMime = db.prepare("UPDATE files SET mime = ?, size = ?, mtime_ns = ?, inode = ? WHERE root = ? AND walk_key = ?");
    this.removeRow = db.prepare("DELETE FROM files WHERE root = ? AND walk_key = ?");
  }
  /** A file read: its row. `rest`: status, error_code, error, dicom, mime, modality_class, class_source; `attributes` as the record has them (text), in the columns' order. */
  upsert(root, key2, path, folder, size, mtimeNs, inode, rest, attributes) {
    const { types } = this.setup;
    const values = [root, key2, path, folder, size, mtimeNs, inode];
    for (let i = 0; i < rest.length; i++)
      values.push(rest[i]);
    for (let i = 0; i < types.length; i++)
      values.push(toColumn(attributes[i], types[i]));
    this.write(this.upsertRow, values);
  }
  /** A file not DICOM, named after its row was written: its type and stamp. */
  name(root, key2, mime, size, mtimeNs, inode) {
    this.write(this.setMime, [mime, size, mtimeNs, inode, root, key2]);
  }
  /** A file gone: its row deleted. */
  remove(root, key2) {
    this.write(this.removeRow, [root, key2]);
  }
  /** Commits the open batch if it is older than `batchMs` (for a timer: files may come slowly). */
  commitIfDue() {
    if (this.inBatch > 0 && Date.now() - this.batchStarted >= this.setup.batchMs)
      this.commit();
  }
  commit() {
    if (this.inBatch === 0)
      return;
    this.db.exec("COMMIT");
    this.inBatch = 0;
  }
  /** Drops the open batch (a failed run keeps its last commit). */
  rollback() {
    if (this.db.inTransaction)
      this.db.exec("ROLLBACK");
    this.inBatch = 0;
  }
  write(statement, values) {
    if (this.inBatch === 0) {
      this.db.exec("BEGIN");
      this.batchStarted = Date.now();
    }
    statement.run(values);
    this.inBatch++;
    if (this.inBatch >= this.setup.batchFiles || Date.now() - this.batchStarted >= this.setup.batchMs)
      this.commit();
  }
};

// dist/lib/io/native-parts.js
import { createRequire } from "node:module";
import { join as join2 } from "node:path";

// dist/lib/package-root.js
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
function findRoot(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "modal-templates.json")) && existsSync(join(dir, "package.json")))
      return dir;
    if (dirname(dir) === dir)
      return join(from, "..", "..");
  }
}

// dist/lib/io/native-parts.js
function nativeAllowed(part, env = process.env) {
  const v = env.DICOM_CRAWLER_NATIVE?.trim();
  if (v === void 0 || v === "" || v === "1")
    return true;
  if (v === "0")
    return false;
  return v.split(",").map((s) => s.trim()).includes(part);
}
function headReaderAddon() {
  try {
    return createRequire(import.meta.url)(join2(PACKAGE_ROOT, "native", "head-reader", "build", "Release", "head_reader.node"));
  } catch {
    return void 0;
  }
}

// dist/lib/catalogue/stamp.js
var native = loadNative();
function loadNative() {
  const m = nativeAllowed("head-reader") ? headReaderAddon() : void 0;
  return typeof m?.stamp === "function" && typeof m.stampFolder === "function" ? m : void 0;
}
function checkRows(root, packed, count) {
  if (!native?.checkRows)
    return void 0;
  const marks = new Uint8Array(count);
  return native.checkRows(root, packed, marks) === count ? marks : void 0;
}

// dist/lib/catalogue/pragmas.js
var CHECKPOINT_BYTES = 40 * 1024 * 1024;
var THREAD_CHECKPOINT_BYTES = 4 * 1024 * 1024;
var CACHE_KIB = 2048;
function tuneConnection(db, checkpointBytes = CHECKPOINT_BYTES) {
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  const pageSize = db.pragma("page_size", { simple: true });
  db.pragma(`wal_autocheckpoint = ${Math.ceil(checkpointBytes / pageSize)}`);
  db.pragma(`cache_size = -${CACHE_KIB}`);
}

// dist/lib/catalogue/merge.js
var CURSOR_CHUNK = 256;
var EMPTY = Buffer.alloc(0);
function nextRows(conn2) {
  return conn2.prepare(`SELECT count(*), CAST(group_concat(length(walk_key) || ' ' || walk_key || CASE WHEN generation >= @generation AND size IS NOT NULL AND mtime_ns IS NOT NULL AND inode IS NOT NULL THEN size || ':' || mtime_ns || ':' || inode ELSE '' END, char(10)) AS BLOB)
       FROM (SELECT walk_key, size, mtime_ns, inode, generation FROM files WHERE root = @root AND walk_key > @after ORDER BY walk_key LIMIT @limit)`).raw(true);
}
function lastKey(packed) {
  const start = packed.lastIndexOf(10) + 1;
  let i = start;
  let length = 0;
  for (let c = packed[i]; c !== 32; c = packed[++i])
    length = length * 10 + c - 48;
  return packed.subarray(i + 1, i + 1 + length);
}

// dist/lib/catalogue/catalogue-writer.js
var setup = workerData;
var NICE = Number(process.env.DICOM_CRAWLER_WRITER_NICE ?? 19);
if (process.platform === "linux" && NICE > 0) {
  try {
    setPriority(NICE);
  } catch {
  }
}
var port = parentPort;
var conn;
var reader;
var store;
var rows;
var failed;
var CHUNKS_AHEAD = 8;
var stream;
var sentChunks = 0;
var waitingForRoom = false;
function pump() {
  const state = setup.rows.state;
  while (stream && !stream.done && !failed && sentChunks - Atomics.load(state, 1) < CHUNKS_AHEAD) {
    if (!rows)
      open();
    const [count, packed] = rows.get({ generation: setup.generation, root: stream.root, after: stream.after, limit: CURSOR_CHUNK });
    if (count < CURSOR_CHUNK || !packed)
      stream.done = true;
    else
      stream.after = Buffer.from(lastKey(packed));
    const marks = packed && setup.rows.check ? checkRows(stream.root, packed, count) : void 0;
    const own = packed && (packed.byteOffset !== 0 || packed.byteLength !== packed.buffer.byteLength) ? Buffer.from(packed) : packed;
    const transfer = [own?.buffer, marks?.buffer].filter((b) => b !== void 0);
    setup.rows.port.postMessage({ id: stream.id, count, buffer: own?.buffer ?? null, length: own?.byteLength ?? 0, marks: marks ?? null }, transfer);
    Atomics.store(state, 0, ++sentChunks);
    Atomics.notify(state, 0);
  }
  if (!stream || stream.done || failed || waitingForRoom)
    return;
  waitingForRoom = true;
  const waited = Atomics.waitAsync(state, 1, Atomics.load(state, 1));
  void (waited.async ? waited.value : Promise.resolve()).then(() => {
    waitingForRoom = false;
    try {
      pump();
    } catch (e) {
      fail(e);
    }
  });
}
function fail(e) {
  if (failed)
    return;
  failed = asFailure(e);
  port.postMessage({ failed });
  const state = setup.rows.state;
  Atomics.store(state, 2, 2);
  Atomics.notify(state, 2);
  Atomics.add(state, 0, 1);
  Atomics.notify(state, 0);
}
function open() {
  const db = new (createRequire2(import.meta.url)("better-sqlite3"))(setup.db, { fileMustExist: true });
  tuneConnection(db, THREAD_CHECKPOINT_BYTES);
  conn = db;
  reader = new (createRequire2(import.meta.url)("better-sqlite3"))(setup.db, { readonly: true, fileMustExist: true });
  reader.pragma(`cache_size = -${CACHE_KIB}`);
  store = new RowStore(db, setup);
  rows = nextRows(reader);
  Atomics.store(setup.rows.state, 2, 1);
  Atomics.notify(setup.rows.state, 2);
  return store;
}
var int = (v) => typeof v === "string" ? BigInt(v) : v;
var key = (v) => Buffer.from(v, "latin1");
function run(ops) {
  const s = store ?? open();
  for (const op of ops) {
    switch (op[0]) {
      case "u":
        s.upsert(op[1], key(op[2]), op[3], op[4], int(op[5]), int(op[6]), int(op[7]), op.slice(8, 15), op.slice(15));
        break;
      case "m":
        s.name(op[1], key(op[2]), op[3], int(op[4]), int(op[5]), int(op[6]));
        break;
      case "d":
        s.remove(op[1], key(op[2]));
        break;
      case "r":
        stream = { id: op[1], root: op[2], after: key(op[3]), done: false };
        break;
    }
  }
}
var asFailure = (e) => ({ message: e.message, code: e.code });
var timer = setInterval(() => {
  if (failed || !store)
    return;
  try {
    store.commitIfDue();
  } catch (e) {
    fail(e);
  }
}, setup.batchMs);
port.on("message", (message) => {
  if (typeof message === "string") {
    if (failed)
      return;
    try {
      run(JSON.parse(message));
      pump();
      port.postMessage(null);
    } catch (e) {
      fail(e);
    }
    return;
  }
  if ("takeBack" in message) {
    let outcome2 = failed ? 2 : 1;
    try {
      if (!failed)
        store?.commit();
    } catch (e) {
      fail(e);
      outcome2 = 2;
    }
    Atomics.store(message.takeBack, 0, outcome2);
    Atomics.notify(message.takeBack, 0);
    return;
  }
  clearInterval(timer);
  let outcome = failed ? { failed } : {};
  try {
    if (conn) {
      if (message.commit && !failed)
        store.commit();
      else
        store.rollback();
      conn.close();
      reader?.close();
    }
  } catch (e) {
    outcome = { failed: failed ?? asFailure(e) };
    try {
      conn?.close();
      reader?.close();
    } catch {
    }
  }
  ;
  message.reply.postMessage(outcome);
  Atomics.store(message.flag, 0, 1);
  Atomics.notify(message.flag, 0);
  port.close();
});
