import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// dist/lib/parallel/crawl-worker.js
import { parentPort, workerData } from "node:worker_threads";

// dist/lib/util/as-buffer.js
function asBuffer(bytes) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// dist/lib/core/classify.js
var TOKEN_SPLIT = /[_\-. ]+/;
function classify(templates, modality, relativeDir, match = "token") {
  if (modality) {
    const trimmed = modality.trim();
    if (trimmed.length <= longestModality(templates)) {
      const wanted = trimmed.toUpperCase();
      for (const c of templates)
        if (c.modalities.includes(wanted))
          return { modality_class: c.name, class_source: "tag" };
    }
  }
  const name = classifyPath(templates, relativeDir, match);
  return name ? { modality_class: name, class_source: "path" } : { modality_class: null, class_source: null };
}
function classifyPath(templates, relativeDir, match = "token") {
  if (!relativeDir)
    return null;
  const last = lastPath;
  if (last.templates === templates && last.dir === relativeDir && last.match === match)
    return last.name;
  const name = pathClass(templates, relativeDir, match);
  lastPath = { templates, dir: relativeDir, match, name };
  return name;
}
var lastPath = { templates: void 0, dir: "", match: "token", name: null };
var longest = /* @__PURE__ */ new WeakMap();
function longestModality(templates) {
  let n = longest.get(templates);
  if (n === void 0) {
    n = Math.max(-1, ...templates.flatMap((c) => c.modalities.map((id) => id.length)));
    longest.set(templates, n);
  }
  return n;
}
function pathClass(templates, relativeDir, match) {
  if (match === "substring") {
    const upper = relativeDir.toUpperCase();
    for (const c of templates)
      if (c.paths.some((id) => upper.includes(id)))
        return c.name;
    return null;
  }
  const segments = relativeDir.split(/[\\/]+/).filter(Boolean);
  for (let i = segments.length - 1; i >= 0; i--) {
    const tokens = segments[i].toUpperCase().split(TOKEN_SPLIT);
    for (const c of templates)
      if (c.paths.some((id) => tokens.includes(id)))
        return c.name;
  }
  return null;
}

// dist/lib/core/mime.js
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";
import { createRequire as createRequire2 } from "node:module";
import { join as join3 } from "node:path";

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

// dist/lib/util/due-calls.js
var DueCalls = class {
  addon;
  due = /* @__PURE__ */ new Map();
  nextId = 0;
  constructor(addon) {
    this.addon = addon;
  }
  /** How many calls are out. */
  get size() {
    return this.due.size;
  }
  /** Notes one call going out; its id. */
  add(call) {
    const id = this.nextId++;
    if (this.due.size === 0)
      this.addon.ref();
    this.due.set(id, call);
    return id;
  }
  /** The call with this id, now back (undefined if it was not due). */
  take(id) {
    const call = this.due.get(id);
    if (!this.due.delete(id))
      return void 0;
    if (this.due.size === 0)
      this.addon.unref();
    return call;
  }
};

// dist/lib/core/mime.js
var require2 = createRequire2(import.meta.url);
var NAMING_THREADS = isMainThread ? 2 : 1;
var detect;
function detectMime(head, reused = false) {
  return named(chosen(), head, reused);
}
function chosen() {
  return detect ??= nativeNamer() ?? (mmmagicDetect ??= mmmagicNamer());
}
function named(way, head, reused) {
  return head.length === 0 ? Promise.resolve("application/x-empty") : way(head, reused);
}
var NATIVE_NAMER = join3(PACKAGE_ROOT, "native", "mime-namer", "build", "Release", "mime_namer.node");
function database() {
  try {
    return require2.resolve("mmmagic/magic/magic.mgc");
  } catch {
    return void 0;
  }
}
var nativeDetect;
var mmmagicDetect;
function nativeNamer() {
  if (nativeDetect)
    return nativeDetect;
  if (!nativeAllowed("mime-namer"))
    return void 0;
  const db = database();
  if (!db)
    return void 0;
  let addon;
  try {
    addon = require2(NATIVE_NAMER);
  } catch {
    return void 0;
  }
  const due = new DueCalls(addon);
  try {
    addon.start(db, NAMING_THREADS, (id, mime) => due.take(id)?.(mime ?? "application/octet-stream"));
  } catch {
    return void 0;
  }
  nativeDetect = (head) => new Promise((resolve) => {
    const id = due.add(resolve);
    try {
      addon.name(id, head);
    } catch {
      due.take(id);
      resolve("application/octet-stream");
    }
  });
  return nativeDetect;
}
function mmmagicNamer() {
  const mmmagic = require2("mmmagic");
  const db = database();
  const FromBuffer = mmmagic.Magic;
  const magic = db ? new FromBuffer(readFileSync(db), mmmagic.MAGIC_MIME_TYPE) : new mmmagic.Magic(mmmagic.MAGIC_MIME_TYPE);
  let inFlight2 = 0;
  const waiting = [];
  return (bytes, reused) => {
    const head = reused ? Buffer.from(bytes) : asBuffer(bytes);
    return new Promise((resolve) => {
      const run = () => {
        inFlight2++;
        magic.detect(head, (err, result) => {
          inFlight2--;
          waiting.shift()?.();
          if (err)
            return resolve("application/octet-stream");
          resolve(Array.isArray(result) ? result[0] ?? "application/octet-stream" : result);
        });
      };
      if (inFlight2 < NAMING_THREADS)
        run();
      else
        waiting.push(run);
    });
  };
}

// dist/lib/core/inspect.js
import { open as open2 } from "node:fs/promises";

// dist/lib/core/parse-header.js
import { createRequire as createRequire4 } from "node:module";

// dist/lib/errors.js
var EXIT_CODES = Object.freeze({
  BAD_OPTION: 2,
  BAD_TAG: 2,
  BAD_TEMPLATE: 2,
  ROOT_NOT_FOUND: 2,
  ROOT_NOT_DIRECTORY: 2,
  OUTPUT_FAILED: 3,
  // The catalogue (`index`, `export`; docs/CATALOGUE.md): a wrong file is a
  // bad option, an unwritable one is output, another run writing it is 4.
  NOT_A_CATALOGUE: 2,
  CATALOGUE_TOO_NEW: 2,
  CATALOGUE_UNWRITABLE: 3,
  CATALOGUE_BUSY: 4
});
function describeThrown(e) {
  if (e instanceof Error)
    return e.message;
  if (typeof e === "string")
    return e;
  if (e && typeof e === "object" && "exception" in e)
    return describeThrown(e.exception);
  return String(e);
}
var RECORD_ERRORS = Object.freeze({
  // Errors (status `error`): the path was meant to be read and could not be, in whole or in part.
  UNREADABLE_FOLDER: { label: "cannot read folder", unreadable: true },
  UNREADABLE_FILE: { label: "cannot read file", unreadable: true },
  DANGLING_SYMLINK: { label: "dangling symlink (target does not exist)", unreadable: true },
  SYMLINK_LOOP: { label: "symlink loop", unreadable: true },
  SYMLINK_UNREADABLE: { label: "cannot follow symlink", unreadable: true },
  FILE_SHRANK: { label: "file shrank while being read", unreadable: false },
  HEADER_UNPARSABLE: { label: "cannot parse header", unreadable: false },
  HEADER_MALFORMED: { label: "truncated or malformed header", unreadable: false },
  HEADER_TOO_LARGE: { label: "header larger than the read limit, or malformed", unreadable: false },
  VALUE_TRUNCATED: { label: "truncated", unreadable: false },
  // Skips (status `skipped`): paths deliberately not read.
  NOT_REGULAR_FILE: { label: "not a regular file", unreadable: false },
  SYMLINK_NOT_FOLLOWED: { label: "symlink not followed", unreadable: false },
  SYMLINK_ALREADY_WALKED: { label: "symlink to a folder already walked", unreadable: false },
  SYMLINK_OUTSIDE_ROOTS: { label: "symlink to outside the roots not followed", unreadable: false },
  FOLDER_ALREADY_WALKED: { label: "folder already walked", unreadable: false }
});

// dist/lib/core/detect-dicom.js
var TRANSFER_SYNTAX_OF = Object.freeze({
  "implicit-le": "1.2.840.10008.1.2",
  "explicit-le": "1.2.840.10008.1.2.1",
  "explicit-be": "1.2.840.10008.1.2.2"
});
var VRS = [
  "AE",
  "AS",
  "AT",
  "CS",
  "DA",
  "DS",
  "DT",
  "FL",
  "FD",
  "IS",
  "LO",
  "LT",
  "OB",
  "OD",
  "OF",
  "OL",
  "OV",
  "OW",
  "PN",
  "SH",
  "SL",
  "SQ",
  "SS",
  "ST",
  "SV",
  "TM",
  "UC",
  "UI",
  "UL",
  "UN",
  "UR",
  "US",
  "UT",
  "UV"
];
var LONG_VRS = ["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "UC", "UN", "UR", "UT", "SV", "UV"];
var VR_KIND = new Uint8Array(65536);
var SHORT_VR = 1;
var LONG_VR = 2;
for (const vr of VRS)
  VR_KIND[vr.charCodeAt(0) << 8 | vr.charCodeAt(1)] = LONG_VRS.includes(vr) ? LONG_VR : SHORT_VR;
var FIRST_GROUPS = /* @__PURE__ */ new Set([2, 8, 16, 24, 32, 40]);
var RAW_ELEMENTS_NEEDED = 3;
function isPart10(head) {
  return head.length >= 132 && head[128] === 68 && head[129] === 73 && head[130] === 67 && head[131] === 77;
}
function detectDicom(head, fileSize = head.length) {
  if (isPart10(head))
    return { kind: "part10" };
  const encoding = detectRawEncoding(head, fileSize);
  return encoding ? { kind: "raw", encoding } : { kind: "none" };
}
var ENCODINGS = Object.freeze(["explicit-le", "explicit-be", "implicit-le"]);
function detectRawEncoding(head, fileSize = head.length, how = {}) {
  if (head.length < 8)
    return void 0;
  const afterMeta = how.afterMeta === true;
  for (let i = 0; i < ENCODINGS.length; i++) {
    if (walksAsDataset(head, fileSize, ENCODINGS[i], afterMeta))
      return ENCODINGS[i];
  }
  return void 0;
}
function walksAsDataset(b, fileSize, enc, afterMeta) {
  const le = enc !== "explicit-be";
  let pos = 0;
  let previous = -1;
  let count = 0;
  while (count < RAW_ELEMENTS_NEEDED) {
    if (pos === fileSize && count > 0)
      return true;
    if (pos + 8 > b.length)
      return false;
    const group = u16(b, pos, le);
    const element = u16(b, pos + 2, le);
    const tag = group * 65536 + element;
    if (count === 0 && !afterMeta && !FIRST_GROUPS.has(group))
      return false;
    if (tag <= previous || group % 2 === 1 && !afterMeta || group === 65534)
      return false;
    let length;
    let header;
    if (enc === "implicit-le") {
      length = u32(b, pos + 4, true);
      header = 8;
    } else {
      const kind = VR_KIND[b[pos + 4] << 8 | b[pos + 5]];
      if (kind === 0)
        return false;
      if (kind === LONG_VR) {
        if (pos + 12 > b.length)
          return false;
        if (b[pos + 6] !== 0 || b[pos + 7] !== 0)
          return false;
        length = u32(b, pos + 8, le);
        header = 12;
      } else {
        length = u16(b, pos + 6, le);
        header = 8;
      }
    }
    if (length === 4294967295)
      return count >= 1 || afterMeta;
    if (pos + header + length > fileSize)
      return false;
    previous = tag;
    pos += header + length;
    count++;
  }
  return true;
}
function u16(b, p, le) {
  return le ? b[p] | b[p + 1] << 8 : b[p] << 8 | b[p + 1];
}
function u32(b, p, le) {
  return le ? (b[p] | b[p + 1] << 8 | b[p + 2] << 16) + b[p + 3] * 16777216 : b[p] * 16777216 + (b[p + 1] << 16 | b[p + 2] << 8 | b[p + 3]);
}

// dist/lib/core/decode-text.js
import { isAscii } from "node:buffer";
import { createRequire as createRequire3 } from "node:module";
var characterSets;
var require3 = createRequire3(import.meta.url);
var charsetVr = (vr) => vr === "LO" || vr === "SH" || vr === "PN" || vr === "LT" || vr === "ST" || vr === "UT" || vr === "UC";
var keepsLeading = (vr) => vr === "PN" || vr === "LT" || vr === "ST" || vr === "UT";
function latin1(bytes) {
  return asBuffer(bytes).toString("latin1");
}
var MAX_CHARSET_LENGTH = 1024;
var MAX_CHARSET_SWITCHES = 4096;
var LONG_VALUE = 256;
function decodeConverted(bytes, vr, specificCharacterSet) {
  let text;
  if (convertible(bytes, specificCharacterSet)) {
    characterSets ??= require3("dicom-character-set");
    const way = termDecoder(specificCharacterSet);
    try {
      text = way === null ? characterSets.convertBytes(specificCharacterSet, bytes, { vr }) : way instanceof TextDecoder ? way.decode(bytes) : decodeSingleByte(bytes, way);
    } catch {
      try {
        text = characterSets.convertBytes(`${specificCharacterSet}\\ISO 2022 IR 6`, bytes, { vr });
      } catch {
        text = latin1(bytes);
      }
    }
  } else {
    text = latin1(bytes);
  }
  return normalize(text, vr);
}
var termDecoders = /* @__PURE__ */ new Map();
var lastCharset;
var lastDecoder = null;
function termDecoder(specificCharacterSet) {
  if (specificCharacterSet === lastCharset)
    return lastDecoder;
  const term = specificCharacterSet.trim().toUpperCase();
  let decoder = termDecoders.get(term);
  if (decoder === void 0) {
    const set = Object.hasOwn(characterSets.characterSets, term) ? characterSets.characterSets[term] : void 0;
    if (!set)
      return null;
    decoder = !set.encoding || set.extension || set.encoding === "shift-jis" ? null : set.multiByte || set.encoding === "utf-8" ? new TextDecoder(set.encoding) : byteTable(set.encoding);
    termDecoders.set(term, decoder);
  }
  lastCharset = specificCharacterSet;
  lastDecoder = decoder;
  return decoder;
}
function byteTable(encoding) {
  const decoder = new TextDecoder(encoding);
  const table = new Uint16Array(256);
  let identity = true;
  for (let b = 0; b < 256; b++) {
    const c = decoder.decode(Uint8Array.of(b));
    if (c.length !== 1)
      return decoder;
    table[b] = c.charCodeAt(0);
    identity &&= table[b] === b;
  }
  return identity ? "latin1" : table;
}
function decodeSingleByte(bytes, table) {
  if (table === "latin1")
    return latin1(bytes);
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++)
    units[i] = table[bytes[i]];
  return Buffer.from(units.buffer, 0, units.byteLength).toString("utf16le");
}
function convertible(bytes, specificCharacterSet) {
  if (specificCharacterSet.length > MAX_CHARSET_LENGTH)
    return false;
  if (!specificCharacterSet.includes("\\") && !specificCharacterSet.includes("2022"))
    return true;
  let switches = 0;
  let high = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 27 || c > 127 !== high) {
      high = c > 127;
      if (++switches > MAX_CHARSET_SWITCHES)
        return false;
    }
  }
  return true;
}
function decodeTextAt(bytes, start, end, vr, specificCharacterSet) {
  const converted = charsetVr(vr) && specificCharacterSet !== void 0 && specificCharacterSet !== "";
  let backslash = false;
  if (end - start > LONG_VALUE) {
    const value = asBuffer(bytes).subarray(start, end);
    if (converted && !isPlainAscii(value))
      return decodeConverted(value, vr, specificCharacterSet);
    backslash = value.indexOf(BACKSLASH) >= 0;
  } else {
    for (let i = start; i < end; i++) {
      const c = bytes[i];
      if (converted && (c > 126 || c === 27))
        return decodeConverted(bytes.subarray(start, end), vr, specificCharacterSet);
      if (c === BACKSLASH)
        backslash = true;
    }
  }
  if (backslash && !singleValued(vr))
    return trimValuesOfBytes(bytes, start, end, vr);
  const e = trimmedEnd(bytes, start, end, vr);
  return asciiText(bytes, trimmedStart(bytes, start, e, vr), e);
}
var singleValued = (vr) => vr === "LT" || vr === "ST" || vr === "UT";
var SPACE = 32;
var NUL = 0;
var BACKSLASH = 92;
var EQUALS = 61;
function trimmedEnd(b, start, end, vr) {
  const e = runStart(b, start, end, SPACE, NUL);
  return vr === "PN" ? runStart(b, start, e, EQUALS, EQUALS) : e;
}
function trimmedStart(b, start, end, vr) {
  return keepsLeading(vr) ? start : runEnd(b, start, end, SPACE, SPACE);
}
var WORDS_AFTER = 64;
var BLOCKS_AFTER = 4096;
var MAX_BLOCK = 64 * 1024;
function wordInRun(w, a, c) {
  return a === c ? w === a * 16843009 : (w & ~((a | c) * 16843009)) === 0;
}
function runEnd(v, i, end, a, c) {
  const from = i;
  const stop = Math.min(end, i + WORDS_AFTER);
  for (; i < stop; i++) {
    const x = v[i];
    if (x !== a && x !== c)
      return i;
  }
  i = wordsEnd(v, i, Math.min(end, from + BLOCKS_AFTER), a, c);
  if (i < from + BLOCKS_AFTER || i === end)
    return i;
  for (; ; ) {
    const size = Math.min(i - from, MAX_BLOCK, end - i);
    if (size === 0 || asBuffer(v).compare(v, i, i + size, i - size, i) !== 0)
      break;
    i += size;
  }
  return wordsEnd(v, i, end, a, c);
}
function wordsEnd(v, i, end, a, c) {
  const base = v.byteOffset;
  while (i < end && (base + i) % 4 !== 0 && (v[i] === a || v[i] === c))
    i++;
  if ((base + i) % 4 === 0 && end - i >= 4) {
    const words = new Uint32Array(v.buffer, 0, base + end >>> 2);
    let j = base + i >>> 2;
    while (j < words.length && wordInRun(words[j], a, c))
      j++;
    i = j * 4 - base;
  }
  while (i < end && (v[i] === a || v[i] === c))
    i++;
  return i;
}
function runStart(v, start, i, a, c) {
  const to = i;
  const stop = Math.max(start, i - WORDS_AFTER);
  for (; i > stop; i--) {
    const x = v[i - 1];
    if (x !== a && x !== c)
      return i;
  }
  i = wordsStart(v, Math.max(start, to - BLOCKS_AFTER), i, a, c);
  if (i > to - BLOCKS_AFTER || i === start)
    return i;
  for (; ; ) {
    const size = Math.min(to - i, MAX_BLOCK, i - start);
    if (size === 0 || asBuffer(v).compare(v, i - size, i, i, i + size) !== 0)
      break;
    i -= size;
  }
  return wordsStart(v, start, i, a, c);
}
function wordsStart(v, start, i, a, c) {
  const base = v.byteOffset;
  while (i > start && (base + i) % 4 !== 0 && (v[i - 1] === a || v[i - 1] === c))
    i--;
  if ((base + i) % 4 === 0 && i - start >= 4) {
    const first = base + start + 3 >>> 2;
    const words = new Uint32Array(v.buffer, 0, base + i >>> 2);
    let j = words.length;
    while (j > first && wordInRun(words[j - 1], a, c))
      j--;
    i = j * 4 - base;
  }
  while (i > start && (v[i - 1] === a || v[i - 1] === c))
    i--;
  return i;
}
function trimValuesOfBytes(bytes, start, end, vr) {
  const keepLeading = keepsLeading(vr);
  const out = end - start <= scratch.length ? scratch : Buffer.allocUnsafe(end - start);
  st.n = 0;
  st.kept = 0;
  st.leading = !keepLeading;
  let i = start;
  while (i < end) {
    const stop = Math.min(end, i + WORDS_AFTER);
    feed(bytes, i, stop, out, keepLeading);
    i = stop;
    if (i >= end)
      break;
    const c = bytes[i];
    if (c !== bytes[i - 1] || c !== bytes[i - 32] || c !== bytes[i - WORDS_AFTER]) {
      const p = shortPeriod(bytes, i);
      if (p)
        i = periodicRun(bytes, i, end, p, out, keepLeading);
      continue;
    }
    const e = runEnd(bytes, i, end, c, c);
    if (c === BACKSLASH) {
      st.n = st.kept + e - i;
      out.fill(BACKSLASH, st.kept, st.n);
      st.kept = st.n;
      st.leading = !keepLeading;
    } else if (!(st.leading && c === SPACE)) {
      out.fill(c, st.n, st.n + e - i);
      st.n += e - i;
      st.leading = false;
      if (c !== NUL && c !== SPACE)
        st.kept = st.n;
    }
    i = e;
  }
  let n = st.kept;
  if (vr === "PN")
    n = runStart(out, 0, n, EQUALS, EQUALS);
  return out.toString("latin1", 0, n);
}
var st = { n: 0, kept: 0, leading: false };
function feed(bytes, i, stop, out, keepLeading) {
  let n = st.n;
  let kept = st.kept;
  let leading = st.leading;
  for (; i < stop; i++) {
    const c = bytes[i];
    if (c === BACKSLASH) {
      n = kept;
      out[n++] = BACKSLASH;
      kept = n;
      leading = !keepLeading;
    } else if (c === SPACE || c === NUL) {
      if (leading && c === SPACE)
        continue;
      leading = false;
      out[n++] = c;
    } else {
      leading = false;
      out[n++] = c;
      kept = n;
    }
  }
  st.n = n;
  st.kept = kept;
  st.leading = leading;
}
var MAX_PERIOD = 8;
function shortPeriod(bytes, i) {
  for (let p = 2; p <= MAX_PERIOD; p++) {
    if (bytes[i - 1] !== bytes[i - 1 - p] || bytes[i - 2] !== bytes[i - 2 - p] || bytes[i - 33] !== bytes[i - 33 - p])
      continue;
    if (asBuffer(bytes).compare(bytes, i - WORDS_AFTER, i - p, i - WORDS_AFTER + p, i) === 0)
      return p;
  }
  return 0;
}
function periodicRun(bytes, i, end, p, out, keepLeading) {
  if (end - i < 4 * p || asBuffer(bytes).compare(bytes, i, i + 2 * p, i - p, i + p) !== 0)
    return i;
  feed(bytes, i, i + p, out, keepLeading);
  const n1 = st.n;
  const kept1 = st.kept;
  const leading1 = st.leading;
  feed(bytes, i + p, i + 2 * p, out, keepLeading);
  i += 2 * p;
  const d = st.kept - kept1;
  const q = st.n - st.kept;
  if (st.leading !== leading1 || st.n - n1 !== d || n1 - kept1 !== q)
    return i;
  for (let k = 0; k < q; k++)
    if (out[kept1 + k] !== out[st.kept + k])
      return i;
  const more = Math.floor(periodicExtent(bytes, i, end, p) / p);
  if (d > 0 && more > 0) {
    const pending = out.toString("latin1", st.kept, st.n);
    const from = st.kept;
    const total = more * d;
    for (let done = 0; done < total; ) {
      const chunk = Math.min(total - done, from + done - kept1);
      out.copyWithin(from + done, kept1, kept1 + chunk);
      done += chunk;
    }
    st.kept = from + total;
    st.n = st.kept + out.write(pending, st.kept, "latin1");
  }
  return i + more * p;
}
function periodicExtent(bytes, i, end, p) {
  const b = asBuffer(bytes);
  let e = i;
  for (let size = WORDS_AFTER; ; size = Math.min(size * 2, MAX_BLOCK)) {
    const n = Math.min(size, end - e);
    if (n === 0 || b.compare(bytes, e, e + n, e - p, e - p + n) !== 0)
      break;
    e += n;
  }
  while (e < end && bytes[e] === bytes[e - p])
    e++;
  return e - i;
}
var scratch = Buffer.allocUnsafe(64 * 1024);
function asciiText(bytes, start, end) {
  if (end <= start)
    return "";
  return asBuffer(bytes).toString("latin1", start, end);
}
function isPlainAscii(bytes) {
  if (bytes.length > LONG_VALUE) {
    const b = asBuffer(bytes);
    return isAscii(b) && b.indexOf(127) < 0 && b.indexOf(27) < 0;
  }
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] > 126 || bytes[i] === 27)
      return false;
  return true;
}
var SPACE_CHAR = 32;
var NUL_CHAR = 0;
function normalize(text, vr) {
  if (singleValued(vr))
    return text.slice(0, trimEndOfText(text, 0, text.length));
  const keepLeading = keepsLeading(vr);
  let out = "";
  let keptFrom = 0;
  let keptTo = 0;
  let from = 0;
  for (; ; ) {
    let to = text.indexOf("\\", from);
    if (to < 0)
      to = text.length;
    const e = trimEndOfText(text, from, to);
    let s = from;
    if (!keepLeading)
      while (s < e && text.charCodeAt(s) === SPACE_CHAR)
        s++;
    if (s === keptTo) {
      keptTo = e;
    } else {
      out += text.slice(keptFrom, keptTo);
      keptFrom = s;
      keptTo = e;
    }
    if (to >= text.length)
      break;
    if (keptTo === to) {
      keptTo = to + 1;
    } else {
      out += `${text.slice(keptFrom, keptTo)}\\`;
      keptFrom = keptTo = to + 1;
    }
    from = to + 1;
  }
  out += text.slice(keptFrom, keptTo);
  if (vr !== "PN")
    return out;
  let end = out.length;
  while (end > 0 && out.charCodeAt(end - 1) === 61)
    end--;
  return end === out.length ? out : out.slice(0, end);
}
function trimEndOfText(text, from, to) {
  let e = to;
  while (e > from) {
    const c = text.charCodeAt(e - 1);
    if (c !== SPACE_CHAR && c !== NUL_CHAR)
      break;
    e--;
  }
  return e;
}

// dist/lib/core/tags.js
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join4 } from "node:path";
var DEFAULT_TAGS = Object.freeze([
  "SOPClassUID",
  "SOPInstanceUID",
  "Modality",
  "PatientID",
  "PatientName",
  "PatientSex",
  "PatientAge",
  "StudyDate",
  "StudyTime",
  "AcquisitionDate",
  "AcquisitionTime",
  "StudyInstanceUID",
  "SeriesInstanceUID",
  "SeriesNumber",
  "InstanceNumber",
  "SeriesDescription",
  "StudyDescription",
  "ProtocolName",
  "TransferSyntaxUID"
]);
var META_ELEMENTS = Object.freeze({
  "00020000": { keyword: "FileMetaInformationGroupLength", vr: "UL" },
  "00020001": { keyword: "FileMetaInformationVersion", vr: "OB" },
  "00020002": { keyword: "MediaStorageSOPClassUID", vr: "UI" },
  "00020003": { keyword: "MediaStorageSOPInstanceUID", vr: "UI" },
  "00020010": { keyword: "TransferSyntaxUID", vr: "UI" },
  "00020012": { keyword: "ImplementationClassUID", vr: "UI" },
  "00020013": { keyword: "ImplementationVersionName", vr: "SH" },
  "00020016": { keyword: "SourceApplicationEntityTitle", vr: "AE" },
  "00020017": { keyword: "SendingApplicationEntityTitle", vr: "AE" },
  "00020018": { keyword: "ReceivingApplicationEntityTitle", vr: "AE" },
  "00020100": { keyword: "PrivateInformationCreatorUID", vr: "UI" },
  "00020102": { keyword: "PrivateInformation", vr: "OB" },
  "00041130": { keyword: "FileSetID", vr: "CS" },
  "00041141": { keyword: "FileSetDescriptorFileID", vr: "CS" },
  "00041142": { keyword: "SpecificCharacterSetOfFileSetDescriptorFile", vr: "CS" },
  "00041200": { keyword: "OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity", vr: "UL" },
  "00041202": { keyword: "OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity", vr: "UL" },
  "00041212": { keyword: "FileSetConsistencyFlag", vr: "US" },
  "00041220": { keyword: "DirectoryRecordSequence", vr: "SQ" },
  "00041400": { keyword: "OffsetOfTheNextDirectoryRecord", vr: "UL" },
  "00041410": { keyword: "RecordInUseFlag", vr: "US" },
  "00041420": { keyword: "OffsetOfReferencedLowerLevelDirectoryEntity", vr: "UL" },
  "00041430": { keyword: "DirectoryRecordType", vr: "CS" },
  "00041432": { keyword: "PrivateRecordUID", vr: "UI" },
  "00041500": { keyword: "ReferencedFileID", vr: "CS" },
  "00041504": { keyword: "MRDRDirectoryRecordOffset", vr: "UL" },
  "00041510": { keyword: "ReferencedSOPClassUIDInFile", vr: "UI" },
  "00041511": { keyword: "ReferencedSOPInstanceUIDInFile", vr: "UI" },
  "00041512": { keyword: "ReferencedTransferSyntaxUIDInFile", vr: "UI" },
  "0004151A": { keyword: "ReferencedRelatedGeneralSOPClassUIDInFile", vr: "UI" },
  "00041600": { keyword: "NumberOfReferences", vr: "UL" }
});
var COMMON_ELEMENTS = Object.freeze({
  SOPClassUID: ["00080016", "UI"],
  SOPInstanceUID: ["00080018", "UI"],
  Modality: ["00080060", "CS"],
  PatientID: ["00100020", "LO"],
  PatientName: ["00100010", "PN"],
  PatientSex: ["00100040", "CS"],
  PatientAge: ["00101010", "AS"],
  StudyDate: ["00080020", "DA"],
  StudyTime: ["00080030", "TM"],
  AcquisitionDate: ["00080022", "DA"],
  AcquisitionTime: ["00080032", "TM"],
  StudyInstanceUID: ["0020000D", "UI"],
  SeriesInstanceUID: ["0020000E", "UI"],
  SeriesNumber: ["00200011", "IS"],
  InstanceNumber: ["00200013", "IS"],
  SeriesDescription: ["0008103E", "LO"],
  StudyDescription: ["00081030", "LO"],
  ProtocolName: ["00181030", "LO"],
  SpecificCharacterSet: ["00080005", "CS"]
});
var byKeyword;
function dictionary() {
  byKeyword ??= JSON.parse(readFileSync2(join4(PACKAGE_ROOT, "dist", "lib", "core", "dictionary.json"), "utf8")).elements;
  return byKeyword;
}
var byTag;
var byLowerKeyword;
function lookup(key) {
  const metaTag = Object.keys(META_ELEMENTS).find((t) => t === key.toUpperCase() || META_ELEMENTS[t].keyword.toLowerCase() === key.toLowerCase());
  if (metaTag)
    return { ...META_ELEMENTS[metaTag], tag: metaTag };
  const common = Object.hasOwn(COMMON_ELEMENTS, key) ? COMMON_ELEMENTS[key] : void 0;
  if (common)
    return { keyword: key, tag: common[0], vr: common[1] };
  const BY_KEYWORD = dictionary();
  let keyword = Object.hasOwn(BY_KEYWORD, key) ? key : void 0;
  if (!keyword && /^[0-9A-Fa-f]{8}$/.test(key)) {
    byTag ??= new Map(Object.entries(BY_KEYWORD).map(([k, [tag]]) => [tag, k]));
    keyword = byTag.get(key.toUpperCase());
  } else if (!keyword) {
    byLowerKeyword ??= new Map(Object.keys(BY_KEYWORD).map((k) => [k.toLowerCase(), k]));
    keyword = byLowerKeyword.get(key.toLowerCase());
  }
  const entry = keyword ? BY_KEYWORD[keyword] : void 0;
  return keyword && entry ? { keyword, tag: entry[0], vr: entry[1] } : void 0;
}
function firstVr(vr) {
  return (vr ? vr.split(/\s+or\s+|\s*\/\s*/)[0]?.trim() : void 0) || void 0;
}
function dictionaryVr(key) {
  let vr = vrCache.get(key);
  if (vr === void 0) {
    vr = firstVr(lookup(key.slice(1))?.vr) ?? "";
    vrCache.set(key, vr);
  }
  return vr || void 0;
}
var vrCache = /* @__PURE__ */ new Map();

// dist/lib/core/scan-elements.js
var ScanSlots = class {
  found;
  offset;
  length;
  vr;
  /** The last top-level tag scanned (-1: none). */
  lastTag = -1;
  /** The scan stopped at the pixel data. */
  reachedPixels = false;
  /** The scan gave up because an element runs past the bytes (at `lastTag`, or after it when its header is cut). */
  ranOut = false;
  constructor(size) {
    this.found = new Uint8Array(size);
    this.offset = new Float64Array(size);
    this.length = new Float64Array(size);
    this.vr = new Uint16Array(size);
  }
  reset() {
    this.found.fill(0);
    this.lastTag = -1;
    this.reachedPixels = false;
    this.ranOut = false;
  }
};
var VR_NAMES = new Map(VRS.map((vr) => [vr.charCodeAt(0) << 8 | vr.charCodeAt(1), vr]));
function vrName(code) {
  return VR_NAMES.get(code) ?? String.fromCharCode(code >> 8, code & 255);
}
var PIXEL_DATA = 2145386512;
var ITEM = 4294893568;
var ITEM_END = 4294893581;
var SEQUENCE_END = 4294893789;
var UNDEFINED = 4294967295;
var VR_LENGTH_SIZE = new Uint8Array(65536);
for (const vr of ["AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT", "PN", "SH", "SL", "SS", "ST", "TM", "UI", "UL", "US"]) {
  VR_LENGTH_SIZE[vr.charCodeAt(0) << 8 | vr.charCodeAt(1)] = 2;
}
for (const vr of ["OB", "OD", "OL", "OW", "SQ", "OF", "UC", "UR", "UT", "UN"]) {
  VR_LENGTH_SIZE[vr.charCodeAt(0) << 8 | vr.charCodeAt(1)] = 4;
}
var SQ = 83 << 8 | 81;
function scanElements(b, start, explicit, wanted, out, end = b.length) {
  out.reset();
  const after = wanted.after ?? Infinity;
  const filter = filterOf(wanted.slots);
  let pos = start;
  let previous = -1;
  while (pos < end) {
    if (pos + 8 > end)
      return ranOutAt(out);
    const tag = tagAt(b, pos);
    if (tag <= previous)
      return false;
    previous = tag;
    let dataOffset;
    let length;
    let vrCode = 0;
    if (explicit) {
      vrCode = b[pos + 4] << 8 | b[pos + 5];
      const size = VR_LENGTH_SIZE[vrCode];
      if (size === 2) {
        length = b[pos + 6] | b[pos + 7] << 8;
        dataOffset = pos + 8;
      } else if (size === 4) {
        if (pos + 12 > end)
          return ranOutAt(out);
        length = u322(b, pos + 8);
        dataOffset = pos + 12;
      } else {
        return false;
      }
    } else {
      length = u322(b, pos + 4);
      dataOffset = pos + 8;
    }
    out.lastTag = tag;
    const slot = filter[Math.imul(tag, HASH) >>> 16] === 1 ? wanted.slots.get(tag) : void 0;
    if (slot !== void 0) {
      out.found[slot] = 1;
      out.offset[slot] = dataOffset;
      out.length[slot] = length;
      out.vr[slot] = vrCode;
    }
    if (tag === PIXEL_DATA) {
      out.reachedPixels = true;
      return true;
    }
    let next;
    if (explicit ? vrCode === SQ : isImplicitSequence(b, tag, length, dataOffset, end)) {
      nestedRanOut = false;
      next = skipSequence(b, dataOffset, length, explicit, end, 0);
      if (next < 0 && nestedRanOut)
        return ranOutAt(out);
      if (slot !== void 0 && length === UNDEFINED && next >= 0)
        out.length[slot] = next - 8 - dataOffset;
    } else if (length === UNDEFINED) {
      return false;
    } else {
      next = dataOffset + length;
    }
    if (next < 0)
      return false;
    if (tag > after)
      return true;
    if (next > end)
      return ranOutAt(out);
    pos = next;
  }
  return true;
}
var HASH = 2654435761 | 0;
var filters = /* @__PURE__ */ new WeakMap();
function filterOf(slots) {
  let filter = filters.get(slots);
  if (!filter) {
    filter = new Uint8Array(65536);
    for (const tag of slots.keys())
      filter[Math.imul(tag, HASH) >>> 16] = 1;
    filters.set(slots, filter);
  }
  return filter;
}
function ranOutAt(out) {
  out.ranOut = true;
  return false;
}
var nestedRanOut = false;
function ranOut() {
  nestedRanOut = true;
  return -1;
}
function tagAt(b, pos) {
  return (b[pos] | b[pos + 1] << 8) * 65536 + (b[pos + 2] | b[pos + 3] << 8) >>> 0;
}
function u322(b, pos) {
  return (b[pos] | b[pos + 1] << 8 | b[pos + 2] << 16) + b[pos + 3] * 16777216;
}
function isImplicitSequence(b, tag, length, dataOffset, end) {
  if (dataOffset + 4 > end)
    return false;
  const next = tagAt(b, dataOffset);
  if (next !== ITEM && next !== SEQUENCE_END)
    return false;
  const privateTag = (tag >>> 16 & 1) === 1;
  return !privateTag || length === UNDEFINED;
}
var MAX_DEPTH = 32;
function countItems(b, dataOffset, length, explicit) {
  const count = { items: 0 };
  return skipSequence(b, dataOffset, length, explicit, b.length, 0, count) < 0 ? -1 : count.items;
}
function skipSequence(b, dataOffset, length, explicit, end, depth, count) {
  if (depth > MAX_DEPTH)
    return -1;
  let pos = dataOffset;
  if (length !== UNDEFINED) {
    const stop = dataOffset + length;
    if (stop > end)
      return ranOut();
    while (pos < stop) {
      pos = skipItem(b, pos, explicit, stop, depth);
      if (pos < 0)
        return -1;
      if (count)
        count.items++;
    }
    return pos === stop ? pos : -1;
  }
  for (; ; ) {
    if (pos + 8 > end)
      return ranOut();
    const tag = tagAt(b, pos);
    if (tag === SEQUENCE_END)
      return pos + 8;
    pos = skipItem(b, pos, explicit, end, depth);
    if (pos < 0)
      return -1;
    if (count)
      count.items++;
  }
}
function skipItem(b, pos, explicit, end, depth) {
  if (pos + 8 > end)
    return ranOut();
  if (tagAt(b, pos) !== ITEM)
    return -1;
  const length = u322(b, pos + 4);
  const start = pos + 8;
  if (length !== UNDEFINED) {
    const stop = start + length;
    if (stop > end)
      return ranOut();
    return skipNested(b, start, explicit, stop, false, depth);
  }
  return skipNested(b, start, explicit, end, true, depth);
}
function skipNested(b, pos, explicit, end, toDelimiter, depth) {
  while (pos < end) {
    if (pos + 8 > end)
      return ranOut();
    const tag = tagAt(b, pos);
    if (toDelimiter && tag === ITEM_END)
      return u322(b, pos + 4) === 0 ? pos + 8 : -1;
    if (tag >>> 16 === 65534)
      return -1;
    let dataOffset;
    let length;
    let sequence;
    if (explicit) {
      const vrCode = b[pos + 4] << 8 | b[pos + 5];
      const size = VR_LENGTH_SIZE[vrCode];
      if (size === 2) {
        length = b[pos + 6] | b[pos + 7] << 8;
        dataOffset = pos + 8;
      } else if (size === 4) {
        if (pos + 12 > end)
          return ranOut();
        length = u322(b, pos + 8);
        dataOffset = pos + 12;
      } else {
        return -1;
      }
      sequence = vrCode === SQ;
    } else {
      length = u322(b, pos + 4);
      dataOffset = pos + 8;
      sequence = isImplicitSequence(b, tag, length, dataOffset, end);
    }
    if (sequence) {
      pos = skipSequence(b, dataOffset, length, explicit, end, depth + 1);
      if (pos < 0)
        return -1;
    } else {
      if (length === UNDEFINED)
        return -1;
      pos = dataOffset + length;
      if (pos > end)
        return ranOut();
    }
  }
  if (toDelimiter)
    return ranOut();
  return pos !== end ? -1 : pos;
}

// dist/lib/core/parse-header.js
var require4 = createRequire4(import.meta.url);
var loadedParser;
var dicomParserModule = () => loadedParser ??= require4("dicom-parser");
var PIXEL_DATA2 = "x7fe00010";
var CHARSET_TAG = 524293;
var MODALITY_TAG = 524384;
var MODALITY_SPEC = Object.freeze({ keyword: "Modality", tag: "00080060", key: "x00080060", vr: "CS", number: MODALITY_TAG });
var UNDEFINED_LENGTH = 4294967295;
var PIXEL_DATA_TAG = 2145386512;
var ITEM_TAG = 4294893568;
var TRANSFER_SYNTAX_TAG = 131088;
var IMPLICIT_LE = "1.2.840.10008.1.2";
var EXPLICIT_BE = "1.2.840.10008.1.2.2";
var DEFLATED = "1.2.840.10008.1.2.1.99";
var DEFAULT_MAX_INFLATED = 64 * 1024 * 1024;
var NUMERIC_SIZE = { US: 2, SS: 2, UL: 4, SL: 4, FL: 4, FD: 8 };
var BINARY_VRS = /* @__PURE__ */ new Set(["OB", "OD", "OF", "OL", "OV", "OW", "UN", "SV", "UV"]);
var TEXT_VRS = /* @__PURE__ */ new Set(["AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UI", "UR", "UT"]);
function parseHeader(head, fileSize, detection, tags, options = {}) {
  const wholeFile = head.length >= fileSize;
  startBudget();
  if (options.scan !== false) {
    const fast = parseScanned(head, fileSize, detection, tags, wholeFile, options);
    if (fast)
      return fast;
  }
  const parsed = detection.kind === "raw" ? parseRaw(head, fileSize, detection.encoding) : parsePart10(head, fileSize, options);
  const values = {};
  const { meta, body, failure } = parsed;
  if (!meta && !body) {
    for (const t of tags)
      values[t.keyword] = null;
    return { values, error: `cannot parse header: ${failure}`, code: "HEADER_UNPARSABLE", needMore: false };
  }
  const reachedPixels = body?.elements[PIXEL_DATA2] !== void 0;
  const last = body ? lastTopLevel(body) : void 0;
  const lastEl = last?.key ? body.elements[last.key] : void 0;
  const lastTag = !last || !lastEl ? 0 : wholeFile || lastEl.dataOffset + lastEl.length < body.byteArray.length ? last.number : last.number - 1;
  const maxWanted = tags.reduce((m, t) => Math.max(m, t.number), MODALITY_TAG);
  const readAllWanted = reachedPixels || lastTag >= maxWanted;
  if (!wholeFile && !options.final && !readAllWanted)
    return { values, needMore: true };
  const charset = body ? readCharset(body) : void 0;
  const implicit = parsed.encoding === "implicit-le";
  const fileEnd = (ds) => parsed.inflated ? ds.byteArray.length : fileSize;
  const bodyLevel = body ? dataSetLevel(body, parsed.encoding !== "explicit-be", implicit, charset, fileEnd(body)) : void 0;
  const metaLevel = meta ? dataSetLevel(meta, true, false, void 0, fileEnd(meta)) : void 0;
  const problems = [];
  const tell = problemList(problems, wholeFile);
  const modality = bodyLevel ? plainValue(bodyLevel, MODALITY_SPEC, tell) : null;
  let fileVrs;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const at = t.number < 196608 ? metaLevel : bodyLevel;
    if (!at)
      values[t.keyword] = null;
    else if (!t.path) {
      values[t.keyword] = t.number === MODALITY_TAG && modality != null ? modality : t.number === CHARSET_TAG && at === bodyLevel && charset !== void 0 && (body.elements.x00080005.vr ?? "CS") === "CS" ? charset : plainValue(at, t, tell);
    } else {
      const found = pathValue(at, t, tell);
      values[t.keyword] = found.value;
      if (found.vr)
        (fileVrs ??= {})[t.keyword] = found.vr;
    }
  }
  const px = body?.elements[PIXEL_DATA2];
  const tail = px && !parsed.inflated && parsed.encoding ? tailHint(tags, px.dataOffset, px.length, fileSize, parsed.encoding, charset) : void 0;
  const extra = { modality, ...fileVrs ? { fileVrs } : {}, ...tail ? { tail } : {} };
  if (failure && (wholeFile || !readAllWanted)) {
    const what = wholeFile ? "truncated or malformed header" : "header larger than the read limit, or malformed";
    return { values, ...extra, error: `${what}: ${failure}${describeWhere(body ?? meta, parsed.inflated)}`, code: wholeFile ? "HEADER_MALFORMED" : "HEADER_TOO_LARGE", needMore: false };
  }
  if (budget.sequencesCut)
    return sequencesCut(values, extra);
  if (problems.length)
    return { values, ...extra, error: `truncated: ${problems.join("; ")}`, code: "VALUE_TRUNCATED", needMore: false };
  const cut = wholeFile && body ? cutAtEnd(body) : void 0;
  if (cut)
    return { values, ...extra, error: `truncated: ${cut}`, code: "VALUE_TRUNCATED", needMore: false };
  return withTail({ values, ...extra, needMore: false }, head, tags);
}
function tailHint(tags, pixelOffset, pixelLength, fileSize, encoding, charset) {
  if (pixelLength === UNDEFINED_LENGTH || pixelOffset + pixelLength >= fileSize || !tags.some((t) => t.number > PIXEL_DATA_TAG))
    return void 0;
  return { offset: pixelOffset + pixelLength, encoding, ...charset ? { charset } : {} };
}
function withTail(result, head, tags) {
  const tail = result.tail;
  return tail && head.length > tail.offset ? parseTail(head.subarray(tail.offset), tail, tags, result) : result;
}
function problemList(problems, wholeFile) {
  return (column, offset) => problems.push(`${column} value at offset ${offset} runs past the end of the ${wholeFile ? "file" : "read limit"}`);
}
function cutAtEnd(ds) {
  const last = lastTopLevel(ds);
  const el = last.key ? ds.elements[last.key] : void 0;
  if (!el || last.key === PIXEL_DATA2 || el.length === UNDEFINED_LENGTH || el.dataOffset + el.length <= ds.byteArray.length)
    return void 0;
  return `element (${last.key.slice(1, 5).toUpperCase()},${last.key.slice(5).toUpperCase()}) value at offset ${el.dataOffset} runs past the end of the file`;
}
function parseTail(tail, hint, tags, result) {
  startBudget();
  const { body, failure } = parseBody(tail, 0, hint.encoding);
  const values = { ...result.values };
  const problems = [];
  if (body) {
    const level = dataSetLevel(body, hint.encoding !== "explicit-be", hint.encoding === "implicit-le", hint.charset, tail.length);
    const tell = problemList(problems, true);
    for (const t of tags) {
      if (t.number <= PIXEL_DATA_TAG)
        continue;
      values[t.keyword] = t.path ? pathValue(level, t, tell).value : plainValue(level, t, tell);
    }
  }
  const { tail: _done, ...rest } = result;
  if (result.error || !failure && !problems.length && !budget.sequencesCut)
    return { ...rest, values };
  if (budget.sequencesCut)
    problems.push(budgetMessage("sequences"));
  const where = failure ? `${failure} (after the pixel data, at offset ${hint.offset})` : problems.join("; ");
  return { ...rest, values, error: `truncated or malformed after the pixel data: ${where}`, code: "HEADER_MALFORMED" };
}
var TS_SLOT = 0;
var CHARSET_SLOT = 0;
var MODALITY_SLOT = 1;
var plans = /* @__PURE__ */ new WeakMap();
function planFor(tags) {
  let plan = plans.get(tags);
  if (!plan) {
    const metaSlots = /* @__PURE__ */ new Map([[TRANSFER_SYNTAX_TAG, TS_SLOT]]);
    const bodySlots = /* @__PURE__ */ new Map([
      [CHARSET_TAG, CHARSET_SLOT],
      [MODALITY_TAG, MODALITY_SLOT]
    ]);
    for (const t of tags) {
      const slots = t.number < 196608 ? metaSlots : bodySlots;
      for (const tag of topLevelTags(t))
        if (!slots.has(tag))
          slots.set(tag, slots.size);
    }
    const maxWanted = tags.reduce((m, t) => Math.max(m, t.number), MODALITY_TAG);
    if (maxWanted > PIXEL_DATA_TAG && !bodySlots.has(PIXEL_DATA_TAG))
      bodySlots.set(PIXEL_DATA_TAG, bodySlots.size);
    plan = {
      meta: { slots: metaSlots },
      metaOut: new ScanSlots(metaSlots.size),
      whole: { slots: bodySlots },
      // A prefix may stop right after the last wanted tag; past the pixel data there is nothing to stop for.
      prefix: maxWanted >= 2145386512 ? { slots: bodySlots } : { slots: bodySlots, after: maxWanted },
      bodyOut: new ScanSlots(bodySlots.size),
      maxWanted,
      ...maxWanted > PIXEL_DATA_TAG ? { pixelSlot: bodySlots.get(PIXEL_DATA_TAG) } : {}
    };
    plans.set(tags, plan);
  }
  return plan;
}
function topLevelTags(t) {
  const first = t.path?.[0];
  if (!first)
    return [t.number];
  if (first.creator === void 0)
    return [first.tag];
  const group = first.tag & 4294901760;
  const tags = [];
  for (let block = 16; block <= 255; block++)
    tags.push((group | block) >>> 0, (group | block << 8 | first.tag & 255) >>> 0);
  return tags;
}
function parseScanned(head, fileSize, detection, tags, wholeFile, options) {
  const plan = planFor(tags);
  let start = 0;
  let encoding;
  let haveMeta = false;
  if (detection.kind === "raw") {
    const enc = detection.encoding ?? detectRawEncoding(head, fileSize);
    if (!enc)
      return void 0;
    encoding = enc;
  } else {
    start = metaEnd(head);
    if (head.length < 132 || start >= head.length || !scanElements(head, 132, true, plan.meta, plan.metaOut, start))
      return void 0;
    haveMeta = true;
    const m = plan.metaOut;
    const declared = m.found[TS_SLOT] ? fixedString(head, m.offset[TS_SLOT], m.length[TS_SLOT]) : void 0;
    if (declared === DEFLATED)
      return void 0;
    encoding = datasetEncoding(head, start, fileSize, declared);
  }
  if (encoding === "explicit-be" || start >= head.length)
    return void 0;
  const body = plan.bodyOut;
  if (!scanElements(head, start, encoding === "explicit-le", wholeFile ? plan.whole : plan.prefix, body)) {
    if (!wholeFile && !options.final && body.ranOut && body.lastTag < plan.maxWanted)
      return { values: {}, needMore: true };
    return void 0;
  }
  const values = {};
  const readAllWanted = body.reachedPixels || body.lastTag >= plan.maxWanted;
  if (!wholeFile && !options.final && !readAllWanted)
    return { values, needMore: true };
  const cs = CHARSET_SLOT;
  const charset = body.found[cs] && body.length[cs] > 0 && body.offset[cs] + body.length[cs] <= head.length ? decodeTextAt(head, body.offset[cs], body.offset[cs] + body.length[cs], "CS", void 0) : void 0;
  const problems = [];
  const tell = problemList(problems, wholeFile);
  const level = scanLevel(head, plan, haveMeta, encoding === "implicit-le", charset, fileSize);
  const slotValue = (out, slot, spec) => out.found[slot] ? leafValue(level, out.offset[slot], out.length[slot], out.vr[slot] ? vrName(out.vr[slot]) : void 0, void 0, spec, tell) : null;
  const modality = slotValue(body, MODALITY_SLOT, MODALITY_SPEC);
  let fileVrs;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t.path) {
      const found = pathValue(level, t, tell);
      values[t.keyword] = found.value;
      if (found.vr)
        (fileVrs ??= {})[t.keyword] = found.vr;
    } else if (t.number < 196608) {
      values[t.keyword] = haveMeta ? slotValue(plan.metaOut, plan.meta.slots.get(t.number), t) : null;
    } else {
      values[t.keyword] = t.number === MODALITY_TAG && modality != null ? modality : t.number === CHARSET_TAG && charset !== void 0 && (!body.vr[cs] || vrName(body.vr[cs]) === "CS") ? charset : slotValue(body, plan.whole.slots.get(t.number), t);
    }
  }
  const ps = plan.pixelSlot;
  const tail = ps !== void 0 && body.found[ps] ? tailHint(tags, body.offset[ps], body.length[ps], fileSize, encoding, charset) : void 0;
  const extra = { modality, ...fileVrs ? { fileVrs } : {}, ...tail ? { tail } : {} };
  if (budget.sequencesCut)
    return sequencesCut(values, extra);
  if (problems.length)
    return { values, ...extra, error: `truncated: ${problems.join("; ")}`, code: "VALUE_TRUNCATED", needMore: false };
  return withTail({ values, ...extra, needMore: false }, head, tags);
}
function fixedString(b, offset, length) {
  if (length === 0)
    return void 0;
  let end = offset;
  while (end < offset + length && b[end] !== 0)
    end++;
  return asBuffer(b).toString("latin1", offset, end).trim();
}
function scanLevel(head, plan, haveMeta, implicit, charset, fileSize) {
  return {
    bytes: head,
    littleEndian: true,
    implicit,
    charset,
    fileEnd: fileSize,
    get(tag) {
      const inMeta = tag < 196608;
      if (inMeta && !haveMeta)
        return void 0;
      const out = inMeta ? plan.metaOut : plan.bodyOut;
      const slot = (inMeta ? plan.meta : plan.whole).slots.get(tag);
      if (slot === void 0 || !out.found[slot])
        return void 0;
      return { offset: out.offset[slot], length: out.length[slot], vr: out.vr[slot] ? vrName(out.vr[slot]) : void 0, items: void 0 };
    }
  };
}
function dataSetLevel(ds, littleEndian, implicit, charset, fileEnd) {
  return {
    bytes: ds.byteArray,
    littleEndian,
    implicit,
    charset,
    fileEnd,
    get(tag, key) {
      const el = ds.elements[key ?? `x${tag.toString(16).padStart(8, "0")}`];
      if (!el || el.dataOffset === void 0)
        return void 0;
      return { offset: el.dataOffset, length: el.length, vr: el.vr, items: el.items };
    }
  };
}
function plainValue(level, spec, tell) {
  const el = level.get(spec.number, spec.key);
  return el ? leafValue(level, el.offset, el.length, el.vr, el.items, spec, tell) : null;
}
function pathValue(top, spec, tell) {
  const steps = spec.path;
  const parts = [];
  let fileVr;
  const visit = (level, i) => {
    const step = steps[i];
    const el = step.creator === void 0 ? level.get(step.tag) : privateElement(level, step.tag, step.creator);
    if (!el)
      return;
    if (i === steps.length - 1) {
      const value = leafValue(level, el.offset, el.length, el.vr, el.items, spec, tell);
      if (value === null)
        return;
      parts.push(value);
      if (spec.vr === void 0 && el.vr && el.vr !== "UN")
        fileVr ??= el.vr;
      return;
    }
    const items = itemsOf(level, el);
    if (!items)
      return;
    if (step.item === void 0)
      for (const item of items)
        visit(item, i + 1);
    else if (items[step.item])
      visit(items[step.item], i + 1);
  };
  visit(top, 0);
  return { value: parts.length ? parts.join("\\") : null, ...fileVr ? { vr: fileVr } : {} };
}
function privateElement(level, tag, creator) {
  const group = tag & 4294901760;
  for (let block = 16; block <= 255; block++) {
    const c = level.get((group | block) >>> 0);
    if (!c || c.offset + c.length > level.bytes.length)
      continue;
    if (decodeTextAt(level.bytes, c.offset, c.offset + c.length, "LO", level.charset) === creator)
      return level.get((group | block << 8 | tag & 255) >>> 0);
  }
  return void 0;
}
function itemsOf(level, el) {
  const cache = level.parsedItems ??= /* @__PURE__ */ new Map();
  if (cache.has(el.offset))
    return cache.get(el.offset);
  let items = el.items;
  if (!items && isSequence(level, el)) {
    const dp = dicomParserModule();
    const element = { tag: "xfffee000", vr: "SQ", length: el.length, dataOffset: el.offset };
    try {
      const stream = countedStream(new dp.ByteStream(level.littleEndian ? dp.littleEndianByteArrayParser : dp.bigEndianByteArrayParser, level.bytes, el.offset), "sequences");
      if (level.implicit || el.vr === "UN")
        dp.readSequenceItemsImplicit(stream, element);
      else
        dp.readSequenceItemsExplicit(stream, element, []);
      items = element.items;
    } catch {
      if (budget.sequences < 0)
        budget.sequencesCut = true;
      items = void 0;
    }
  }
  const levels = items?.map((item) => {
    const ds = item.dataSet;
    const own = ds.elements.x00080005;
    const charset = own && own.length > 0 && own.dataOffset + own.length <= ds.byteArray.length ? decodeTextAt(ds.byteArray, own.dataOffset, own.dataOffset + own.length, "CS", void 0) : level.charset;
    return dataSetLevel(ds, level.littleEndian, level.implicit || el.vr === "UN", charset, level.fileEnd);
  });
  cache.set(el.offset, levels);
  return levels;
}
function isSequence(level, el) {
  if (el.items || el.vr === "SQ")
    return true;
  if (el.vr !== void 0 && el.vr !== "UN")
    return false;
  if (el.offset + 4 > level.bytes.length)
    return false;
  return tagAt2(level.bytes, el.offset, level.littleEndian) === ITEM_TAG;
}
function tagAt2(b, at, littleEndian) {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return (view.getUint16(at, littleEndian) << 16 | view.getUint16(at + 2, littleEndian)) >>> 0;
}
function leafValue(level, offset, length, fileVr, items, spec, tell) {
  let vr = fileVr;
  if (!vr || vr === "UN")
    vr = spec.vr ?? dictionaryVr(spec.key);
  if (vr === "SQ" || items || vr === void 0 && isSequence(level, { offset, length, vr: void 0, items })) {
    const el = { offset, length, vr: fileVr === "UN" ? "UN" : vr === "SQ" ? "SQ" : void 0, items };
    const itemCount = items || level.parsedItems?.has(offset) || !level.littleEndian ? -1 : countItems(level.bytes, offset, length, !(level.implicit || el.vr === "UN"));
    return String(itemCount >= 0 ? itemCount : itemsOf(level, el)?.length ?? 0);
  }
  if (length === 0)
    return "";
  if (vr !== void 0 && BINARY_VRS.has(vr))
    return String(length === UNDEFINED_LENGTH ? Math.max(0, level.fileEnd - offset) : length);
  if (offset + length > level.bytes.length) {
    tell(spec.keyword, offset);
    return null;
  }
  const b = level.bytes;
  const size = vr ? NUMERIC_SIZE[vr] : void 0;
  if (size) {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const read2 = READERS[vr];
    const count = Math.floor(length / size);
    let text = "";
    for (let i = 0; i < count; i++)
      text += (i ? "\\" : "") + String(read2(view, offset + i * size, level.littleEndian));
    return text;
  }
  if (vr === "AT") {
    let text = "";
    for (let i = 0; i + 4 <= length; i += 4)
      text += (i ? "\\" : "") + tagAt2(b, offset + i, level.littleEndian).toString(16).toUpperCase().padStart(8, "0");
    return text;
  }
  if (vr === void 0 || !TEXT_VRS.has(vr))
    return isText(b, offset, offset + length) ? decodeTextAt(b, offset, offset + length, "LO", level.charset) : String(length);
  return decodeTextAt(b, offset, offset + length, vr, level.charset);
}
function isText(b, start, end) {
  let e = end;
  while (e > start && b[e - 1] === 0)
    e--;
  if (e < end) {
    for (let i = start; i < e; i++)
      if (b[i] !== 46 && (b[i] < 48 || b[i] > 57))
        return false;
    return e - start > 1;
  }
  for (let i = start; i < e; i++) {
    const c = b[i];
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27)
      return false;
    if (c === 127)
      return false;
  }
  return true;
}
var READERS = {
  US: (v, at, le) => v.getUint16(at, le),
  SS: (v, at, le) => v.getInt16(at, le),
  UL: (v, at, le) => v.getUint32(at, le),
  SL: (v, at, le) => v.getInt32(at, le),
  FL: (v, at, le) => v.getFloat32(at, le),
  FD: (v, at, le) => v.getFloat64(at, le)
};
function parseRaw(head, fileSize, encoding) {
  const enc = encoding ?? detectRawEncoding(head, fileSize);
  if (!enc)
    return { failure: "no recognisable dataset at byte 0", inflated: false };
  return { ...parseBody(head, 0, enc), inflated: false };
}
function parsePart10(head, fileSize, options) {
  const start = metaEnd(head);
  let meta;
  try {
    meta = dicomParserModule().readPart10Header(head.subarray(0, Math.min(start, head.length)));
  } catch (e) {
    return { failure: `file meta header: ${describeThrown(e)}`, inflated: false };
  }
  const ts = meta.elements.x00020010;
  const declared = ts && ts.dataOffset + ts.length <= meta.byteArray.length ? meta.string("x00020010")?.replace(/\0/g, "").trim() : void 0;
  if (declared === DEFLATED) {
    let inflated;
    try {
      const zlib = require4("node:zlib");
      inflated = zlib.inflateRawSync(head.subarray(start), {
        // A prefix ends mid-stream: return what inflates instead of failing.
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
        maxOutputLength: options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED
      });
    } catch (e) {
      return { meta, failure: `deflated dataset cannot be inflated: ${describeThrown(e)}`, inflated: true };
    }
    return { meta, ...parseBody(inflated, 0, "explicit-le"), inflated: true };
  }
  const encoding = datasetEncoding(head, start, fileSize, declared);
  if (start >= head.length)
    return { meta, inflated: false, ...start > fileSize ? { failure: "file ends inside the file meta header" } : {} };
  return { meta, ...parseBody(head, start, encoding), inflated: false };
}
function datasetEncoding(head, start, fileSize, declared) {
  const seen = start < head.length ? detectRawEncoding(head.subarray(start), fileSize - start, { afterMeta: true }) : void 0;
  const declaredEncoding = declared === IMPLICIT_LE ? "implicit-le" : declared === EXPLICIT_BE ? "explicit-be" : declared ? "explicit-le" : void 0;
  return seen ?? declaredEncoding ?? "explicit-le";
}
function metaEnd(b) {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let pos = 132;
  while (pos + 8 <= b.length && view.getUint16(pos, true) === 2) {
    if (VR_KIND[b[pos + 4] << 8 | b[pos + 5]] === LONG_VR) {
      if (pos + 12 > b.length)
        return b.length + 1;
      pos += 12 + view.getUint32(pos + 8, true);
    } else {
      pos += 8 + view.getUint16(pos + 6, true);
    }
  }
  if (pos >= b.length && b.length >= 144 && view.getUint32(128, false) === 1145652045 && view.getUint16(132, true) === 2 && view.getUint16(134, true) === 0) {
    const declared = 144 + view.getUint32(140, true);
    if (declared > pos)
      return declared;
  }
  return pos;
}
function parseBody(bytes, start, encoding) {
  const dicomParser = dicomParserModule();
  const parser = encoding === "explicit-be" ? dicomParser.bigEndianByteArrayParser : dicomParser.littleEndianByteArrayParser;
  let stream;
  try {
    stream = countedStream(new dicomParser.ByteStream(parser, bytes, start), "parse");
  } catch (e) {
    return { failure: describeThrown(e), encoding };
  }
  const elements = {};
  let count = 0;
  const counted = new Proxy(elements, {
    set(target, key, value) {
      if (++count > MAX_ELEMENTS)
        throw new Error(`more than ${MAX_ELEMENTS} elements at the top level`);
      target[key] = value;
      return true;
    }
  });
  const body = new dicomParser.DataSet(parser, bytes, counted);
  body.warnings = stream.warnings;
  try {
    if (encoding === "implicit-le") {
      dicomParser.parseDicomDataSetImplicit(body, stream, bytes.length, { untilTag: PIXEL_DATA2 });
    } else {
      dicomParser.parseDicomDataSetExplicit(body, stream, bytes.length, { untilTag: PIXEL_DATA2 });
    }
  } catch (e) {
    return { body, failure: describeThrown(e), encoding };
  } finally {
    body.elements = elements;
  }
  return { body, encoding };
}
var MAX_ELEMENTS = 8192;
var MAX_HEADERS = 16384;
var MAX_SEQUENCE_HEADERS = 131072;
var budget = { parse: MAX_HEADERS, sequences: MAX_SEQUENCE_HEADERS, sequencesCut: false };
function startBudget() {
  budget.parse = MAX_HEADERS;
  budget.sequences = MAX_SEQUENCE_HEADERS;
  budget.sequencesCut = false;
}
function budgetMessage(pool) {
  return pool === "parse" ? `more than ${MAX_HEADERS} elements and items to parse` : `more than ${MAX_SEQUENCE_HEADERS} elements and items in the sequences read`;
}
function countedStream(stream, pool) {
  const { readUint32, readFixedString } = stream;
  const spend = () => {
    if (--budget[pool] < 0)
      throw new Error(budgetMessage(pool));
  };
  stream.readUint32 = function() {
    spend();
    return readUint32.call(this);
  };
  stream.readFixedString = function(length) {
    spend();
    return readFixedString.call(this, length);
  };
  return stream;
}
function sequencesCut(values, extra) {
  return { values, ...extra, error: `truncated or malformed header: ${budgetMessage("sequences")}`, code: "HEADER_MALFORMED", needMore: false };
}
function lastTopLevel(ds) {
  let key = "";
  for (const k in ds.elements)
    if (k > key)
      key = k;
  return { key, number: key ? parseInt(key.slice(1), 16) : -1 };
}
function readCharset(ds) {
  const el = ds.elements.x00080005;
  if (!el || el.length === 0 || el.dataOffset + el.length > ds.byteArray.length)
    return void 0;
  return decodeTextAt(ds.byteArray, el.dataOffset, el.dataOffset + el.length, "CS", void 0);
}
function describeWhere(ds, inflated) {
  const last = ds ? lastTopLevel(ds) : void 0;
  const el = last?.key ? ds?.elements[last.key] : void 0;
  if (!last || !el)
    return " (before the first element)";
  const tag = `(${last.key.slice(1, 5).toUpperCase()},${last.key.slice(5).toUpperCase()})`;
  return ` (after element ${tag} at ${inflated ? "inflated " : ""}offset ${el.dataOffset})`;
}

// dist/lib/core/read-head.js
import { open, fstat, read, close, constants, openSync, fstatSync, readSync, closeSync } from "node:fs";
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
var BENCH_OPEN_DELAY_MS = Number(process.env.DICOM_CRAWLER_BENCH_OPEN_DELAY_MS) || 0;
function openWithBenchDelay(path, flags, cb) {
  if (BENCH_OPEN_DELAY_MS > 0)
    setTimeout(() => open(path, flags, cb), BENCH_OPEN_DELAY_MS);
  else
    open(path, flags, cb);
}
function readHead(path, want) {
  return new Promise((resolve, reject) => readHeadInto(path, want, (err, head, reused) => {
    if (err)
      return reject(err);
    resolve(reused ? { ...head, bytes: Buffer.from(head.bytes) } : head);
  }));
}
function readHeadInto(path, want, done, readers2) {
  if (threadsAllowed && want <= SLOT_BYTES && readersReady() && freeCount > 0)
    return askNative(path, want, done, readers2);
  readWithNode({ path, want, done });
}
function readWithNode(call) {
  readHeadJs(call.path, call.want).then((head) => call.done(null, head, false), (e) => call.done(e, void 0, false));
}
function readHeadJs(path, want) {
  return new Promise((resolve, reject) => {
    openWithBenchDelay(path, OPEN_FLAGS, (err, fd) => {
      if (err)
        return reject(err);
      const finish2 = (e, head) => close(fd, () => e ? reject(e) : resolve(head));
      fstat(fd, (err2, st2) => {
        if (err2)
          return finish2(err2);
        if (!st2.isFile()) {
          const notRegular = st2.isFIFO() ? "fifo" : st2.isSocket() ? "socket" : st2.isCharacterDevice() ? "char-device" : st2.isBlockDevice() ? "block-device" : st2.isDirectory() ? "directory" : "unknown";
          return finish2(null, { bytes: Buffer.alloc(0), size: st2.size, mtime: st2.mtime, notRegular });
        }
        const length = Math.min(want, st2.size);
        if (length === 0)
          return finish2(null, { bytes: Buffer.alloc(0), size: st2.size, mtime: st2.mtime });
        const buf = Buffer.allocUnsafe(length);
        readFully(fd, buf, 0, (err3, got) => {
          if (err3)
            return finish2(err3);
          finish2(null, { bytes: got < length ? buf.subarray(0, got) : buf, size: st2.size, mtime: st2.mtime });
        });
      });
    });
  });
}
function readFully(fd, buf, offset, cb) {
  read(fd, buf, offset, buf.length - offset, offset, (err, n) => {
    if (err)
      return cb(err, offset);
    const got = offset + n;
    if (n === 0 || got >= buf.length)
      return cb(null, got);
    readFully(fd, buf, got, cb);
  });
}
function notRegularKind(st2) {
  return st2.isFIFO() ? "fifo" : st2.isSocket() ? "socket" : st2.isCharacterDevice() ? "char-device" : st2.isBlockDevice() ? "block-device" : st2.isDirectory() ? "directory" : "unknown";
}
var native = loadNative();
var blockingAllowed = native !== void 0 && nativeAllowed("head-reader");
var threadsAllowed = native !== void 0 && nativeAllowed("reader-threads");
var nativeInfo = new Float64Array(3);
var nativeStamp = new BigInt64Array(3);
var NATIVE_TYPES = [void 0, "fifo", "socket", "char-device", "block-device", "directory", "unknown"];
function loadNative() {
  if (!nativeAllowed("head-reader") && !nativeAllowed("reader-threads"))
    return void 0;
  return headReaderAddon();
}
function nativeHead(buf, got, size, mtimeMs, type) {
  const kind = NATIVE_TYPES[type];
  const mtime = new Date(Math.round(mtimeMs));
  if (kind)
    return { bytes: Buffer.alloc(0), size, mtime, notRegular: kind };
  return { bytes: got < buf.length ? buf.subarray(0, got) : buf, size, mtime };
}
var SLOTS = 256;
var SLOT_BYTES = 16 * 1024;
var arena;
var results = new Float64Array(SLOTS * 4);
var doneSlots = new Int32Array(SLOTS);
var freeSlots = new Int32Array(SLOTS);
var freeCount = 0;
var calls = new Array(SLOTS);
var askPaths = [];
var askSlots = new Int32Array(SLOTS);
var askWants = new Int32Array(SLOTS);
var inFlight = 0;
var askReaders = 0;
var readers;
function readersReady() {
  if (readers === void 0) {
    try {
      arena = Buffer.allocUnsafeSlow(SLOTS * SLOT_BYTES);
      native.startReaders(onBatch, arena, SLOT_BYTES, results, doneSlots);
      for (let i = SLOTS - 1; i >= 0; i--)
        freeSlots[freeCount++] = i;
      readers = true;
    } catch {
      readers = false;
    }
  }
  return readers;
}
function askNative(path, want, done, readers2) {
  const slot = freeSlots[--freeCount];
  askReaders = readers2 === void 0 ? SLOTS : Math.max(askReaders, readers2);
  calls[slot] = { path, want, done };
  askSlots[askPaths.length] = slot;
  askWants[askPaths.length] = want;
  askPaths.push(path);
  if (inFlight++ === 0)
    native.ref();
  if (askPaths.length === 1)
    queueMicrotask(submitAsked);
}
function submitAsked() {
  const count = askPaths.length;
  let queued;
  try {
    queued = native.submit(count, askPaths, askSlots, askWants, Math.min(inFlight, askReaders));
  } catch {
    queued = 0;
  }
  for (let i = queued; i < count; i++) {
    const slot = askSlots[i];
    const call = calls[slot];
    finish(slot);
    readWithNode(call);
  }
  askPaths.length = 0;
  askReaders = 0;
}
function finish(slot) {
  calls[slot] = void 0;
  freeSlots[freeCount++] = slot;
  if (--inFlight === 0)
    native.unref();
}
function onBatch(count) {
  for (let i = 0; i < count; i++) {
    const slot = doneSlots[i];
    const call = calls[slot];
    if (!call)
      continue;
    const got = results[slot * 4];
    if (got < 0) {
      finish(slot);
      readWithNode(call);
      continue;
    }
    const at = slot * SLOT_BYTES;
    const head = nativeHead(arena.subarray(at, at + call.want), got, results[slot * 4 + 1], results[slot * 4 + 2], results[slot * 4 + 3]);
    try {
      call.done(null, head, true);
    } finally {
      finish(slot);
    }
  }
}
function readHeadSync(path, want, scratch3, stamp) {
  if (BENCH_OPEN_DELAY_MS > 0)
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, BENCH_OPEN_DELAY_MS);
  if (blockingAllowed) {
    const buf = scratch3 && scratch3.length >= want ? scratch3.subarray(0, want) : Buffer.allocUnsafe(want);
    const got = stamp ? native.readHead(path, buf, nativeInfo, nativeStamp) : native.readHead(path, buf, nativeInfo);
    if (got >= 0) {
      const head = nativeHead(buf, got, nativeInfo[0], nativeInfo[1], nativeInfo[2]);
      if (stamp)
        head.stamp = { size: nativeStamp[0], mtimeNs: nativeStamp[1], ino: nativeStamp[2] };
      return head;
    }
  }
  return readHeadSyncJs(path, want, scratch3);
}
function readHeadSyncJs(path, want, scratch3) {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const st2 = fstatSync(fd);
    if (!st2.isFile())
      return { bytes: Buffer.alloc(0), size: st2.size, mtime: st2.mtime, notRegular: notRegularKind(st2) };
    const length = Math.min(want, st2.size);
    const buf = scratch3 && scratch3.length >= length ? scratch3.subarray(0, length) : Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = readSync(fd, buf, got, length - got, got);
      if (n === 0)
        break;
      got += n;
    }
    return { bytes: got < length ? buf.subarray(0, got) : buf, size: st2.size, mtime: st2.mtime };
  } finally {
    closeSync(fd);
  }
}

// dist/lib/core/sniff-file.js
var INODE_MIME = Object.freeze({
  fifo: "inode/fifo",
  socket: "inode/socket",
  "char-device": "inode/chardevice",
  "block-device": "inode/blockdevice",
  symlink: "inode/symlink",
  directory: "inode/directory",
  unknown: "inode/x-unknown"
});
function notOpened(entry) {
  if (entry.folder)
    return { ...entry, dicom: "none", mime: "inode/directory" };
  if (entry.error || entry.skip)
    return { ...entry, dicom: "none", mime: INODE_MIME[entry.kind] ?? null };
  if (entry.kind !== "file")
    return { ...entry, skip: `not a regular file (${entry.kind})`, code: "NOT_REGULAR_FILE", dicom: "none", mime: INODE_MIME[entry.kind] ?? null };
  return void 0;
}
function sniffHead(entry, head) {
  if (head.notRegular) {
    return { ...entry, size: head.size, mtime: head.mtime, kind: head.notRegular === "directory" ? "unknown" : head.notRegular, dicom: "none", mime: INODE_MIME[head.notRegular] ?? null, skip: `not a regular file (${head.notRegular})`, code: "NOT_REGULAR_FILE" };
  }
  const detection = detectDicom(head.bytes, head.size);
  const sniffed = { path: entry.path, fsPath: entry.fsPath, root: entry.root, dir: entry.dir, kind: entry.kind, size: head.size, mtime: head.mtime, dicom: detection.kind, mime: null, head: head.bytes };
  if (detection.encoding)
    sniffed.encoding = detection.encoding;
  if (head.stamp)
    sniffed.stamp = head.stamp;
  if (entry.skip)
    sniffed.skip = entry.skip;
  if (entry.error)
    sniffed.error = entry.error;
  if (entry.code)
    sniffed.code = entry.code;
  return sniffed;
}
function needsMime(sniffed) {
  return sniffed.dicom === "none" && sniffed.mime === null && sniffed.head !== void 0 && !sniffed.error && !sniffed.skip;
}

// dist/lib/core/templates.js
import { join as join5 } from "node:path";
var DEFAULT_TEMPLATES_FILE = join5(PACKAGE_ROOT, "modal-templates.json");

// dist/lib/parallel/shard.js
var encoder = new TextEncoder();
var scratch2 = new Uint8Array(4096);

// dist/lib/stages/walk.js
var DEFAULTS = Object.freeze({ followSymlinks: false, followOutsideRoots: false, highWaterMark: 64, announceDirs: false, sync: false, listAhead: 0, ignore: [] });
function errorText(e, what) {
  const err = e;
  const reason = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    ENOENT: "vanished (no such file or folder)",
    ENOTDIR: "not a folder",
    EIO: "input/output error",
    ELOOP: "symlink loop",
    EMFILE: "too many open files"
  };
  return err?.code ? `${what}: ${reason[err.code] ?? err.message} (${err.code})` : `${what}: ${String(e?.message ?? e)}`;
}

// dist/lib/core/inspect.js
var MATCH_MODES = Object.freeze(["token", "substring"]);
var BLOCKING = Object.freeze({ sync: true });
function inspect(entry, e, plan = BLOCKING) {
  if (!plan.sync)
    return sniffEntry(entry, e.headBytes).then((sniffed2) => fromSniffed(sniffed2, e));
  const sniffed = sniffFileSync(entry, e.headBytes, plan.scratch, e.stamps);
  if (!needsMime(sniffed))
    return fromSniffed(sniffed, e);
  const named2 = withMime(sniffed, plan.scratch !== void 0).then((withType) => fromSniffed(withType, e));
  if (plan.later?.(named2))
    return fromSniffed({ ...sniffed, head: void 0 }, e);
  return named2;
}
function fromSniffed(sniffed, e) {
  const record = readEntryHeader(sniffed, e.tags, e.maxHeaderBytes);
  return record instanceof Promise ? record.then((r) => classifyRecord(r, e.templates, e.match)) : classifyRecord(record, e.templates, e.match);
}
async function sniffEntry(entry, headBytes) {
  const early = notOpened(entry);
  if (early)
    return early;
  let head;
  try {
    head = await readHead(entry.fsPath, headBytes);
  } catch (err) {
    return unreadable(entry, err);
  }
  const sniffed = sniffHead(entry, head);
  return needsMime(sniffed) ? withMime(sniffed) : sniffed;
}
function sniffFileSync(entry, headBytes, scratch3, stamp) {
  const early = notOpened(entry);
  if (early)
    return early;
  try {
    return sniffHead(entry, readHeadSync(entry.fsPath, headBytes, scratch3, stamp));
  } catch (err) {
    return unreadable(entry, err);
  }
}
function unreadable(entry, err) {
  return { ...entry, dicom: "none", mime: null, error: errorText(err, "cannot read file"), code: "UNREADABLE_FILE" };
}
function withMime(sniffed, reused = false) {
  const { head, ...rest } = sniffed;
  return detectMime(head, reused).then((mime) => ({ ...rest, mime }));
}
var GROWTH = 8;
function plainRecord(entry, tags) {
  return recordOf(entry, nullValues(tags));
}
function nullValues(tags) {
  const attributes = {};
  for (let i = 0; i < tags.length; i++)
    attributes[tags[i].keyword] = null;
  return attributes;
}
function statusOf(entry) {
  if (entry.folder)
    return "folder";
  if (entry.error)
    return "error";
  if (entry.skip)
    return "skipped";
  return entry.dicom === "none" ? "not-dicom" : "ok";
}
function recordOf(entry, attributes) {
  const record = {
    path: entry.path,
    root: entry.root,
    dir: entry.dir,
    size: entry.size ?? null,
    mtime: entry.mtime ?? null,
    dicom: entry.dicom,
    mime: entry.mime,
    modality_class: null,
    class_source: null,
    error: entry.error ?? null,
    status: statusOf(entry),
    error_code: entry.error || entry.skip ? entry.code ?? null : null,
    attributes
  };
  if (entry.skip)
    record.skip = entry.skip;
  if (entry.folder)
    record.folder = true;
  if (entry.subfolders)
    record.subfolders = true;
  if (entry.stamp)
    record.stamp = entry.stamp;
  return record;
}
var NO_VALUES = Object.freeze({});
function readEntryHeader(entry, tags, maxHeaderBytes) {
  if (entry.dicom === "none" || !entry.head)
    return plainRecord(entry, tags);
  const record = recordOf(entry, NO_VALUES);
  const size = entry.size ?? entry.head.length;
  const detection = { kind: entry.dicom, ...entry.encoding ? { encoding: entry.encoding } : {} };
  const first = parseHeader(entry.head, size, detection, tags, { final: entry.head.length >= maxHeaderBytes });
  if (!first.needMore)
    return first.tail ? afterPixels(record, entry, first, tags, maxHeaderBytes) : withValues(record, first);
  return (async () => {
    let want = entry.head.length;
    for (; ; ) {
      want = Math.min(want * GROWTH, maxHeaderBytes);
      let bytes;
      try {
        const again = await readHead(entry.fsPath, want);
        if (again.size < size) {
          const cut = parseHeader(again.bytes, again.size, detection, tags, { final: true });
          return withValues(record, { values: cut.values, modality: cut.modality, error: `file shrank while being read (${size} -> ${again.size} bytes)${cut.error ? `; ${cut.error}` : ""}`, code: "FILE_SHRANK" });
        }
        bytes = again.bytes;
      } catch (err) {
        return withValues(record, { values: nullValues(tags), error: errorText(err, "cannot read file"), code: "UNREADABLE_FILE" });
      }
      const result = parseHeader(bytes, size, detection, tags, { final: want >= maxHeaderBytes || bytes.length < want });
      if (!result.needMore)
        return result.tail ? afterPixels(record, entry, result, tags, maxHeaderBytes) : withValues(record, result);
    }
  })();
}
async function afterPixels(record, entry, result, tags, maxHeaderBytes) {
  const hint = result.tail;
  let tail;
  try {
    tail = await readAt(entry.fsPath, hint.offset, Math.min((entry.size ?? hint.offset) - hint.offset, maxHeaderBytes));
  } catch (err) {
    return withValues(record, { ...result, error: errorText(err, "cannot read file"), code: "UNREADABLE_FILE" });
  }
  return withValues(record, parseTail(tail, hint, tags, result));
}
async function readAt(path, offset, length) {
  const file = await open2(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(Math.max(0, length));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, offset);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
function withValues(record, result) {
  record.attributes = result.values;
  if (result.modality !== void 0)
    record.attributes.Modality = result.modality;
  if (result.error) {
    record.error = result.error;
    record.status = "error";
    record.error_code = result.code ?? null;
  }
  return record;
}
function classifyRecord(record, templates, match) {
  if (record.dicom !== "none") {
    const c = classify(templates, record.attributes.Modality, record.dir, match);
    record.modality_class = c.modality_class;
    record.class_source = c.class_source;
  }
  return record;
}

// dist/lib/core/stats.js
var EXAMPLES_KEPT = 20;
var CrawlStats = class {
  filesSeen = 0;
  dicom = 0;
  errors = 0;
  skipped = 0;
  unreadableDirs = 0;
  unreadableFiles = 0;
  byKind = { part10: 0, raw: 0 };
  byClass = /* @__PURE__ */ new Map();
  notDicomByMime = /* @__PURE__ */ new Map();
  skippedByReason = /* @__PURE__ */ new Map();
  errorsByKind = /* @__PURE__ */ new Map();
  unreadable = [];
  /** The folder of the last record, for progress displays. */
  currentDir = "";
  /** How each root is read (set by crawl()). */
  readModes = [];
  threads = 1;
  started = process.hrtime.bigint();
  ended;
  /** Accounts one record; whether it goes out: in the default output (readable DICOM or error), with `allFiles` every file, and folder markers. */
  keep(record, allFiles) {
    return this.add(record) || allFiles === true || record.folder === true;
  }
  /** Accounts one record; returns whether it belongs in the default output (readable DICOM or error). */
  add(record) {
    if (record.status === "folder")
      return false;
    if (record.error_code === "UNREADABLE_FOLDER") {
      this.unreadableDirs++;
      this.keepUnreadable(record);
      return false;
    }
    this.filesSeen++;
    this.currentDir = record.dir;
    switch (record.status) {
      case "error": {
        this.errors++;
        const kind = errorKind(record);
        const seen = this.errorsByKind.get(kind);
        if (seen)
          seen.count++;
        else
          this.errorsByKind.set(kind, { count: 1, example: record.path });
        if (record.error_code && RECORD_ERRORS[record.error_code].unreadable) {
          this.unreadableFiles++;
          this.keepUnreadable(record);
        }
        return true;
      }
      case "skipped":
        this.skipped++;
        bump(this.skippedByReason, record.error_code ? RECORD_ERRORS[record.error_code].label : "skipped");
        return false;
      case "not-dicom":
        this.skipped++;
        bump(this.skippedByReason, "not DICOM");
        bump(this.notDicomByMime, record.mime ?? "unknown");
        return false;
      default:
        this.dicom++;
        this.byKind[record.dicom]++;
        bump(this.byClass, record.modality_class ?? "(none)");
        return true;
    }
  }
  /** These counts as data, for merging into another CrawlStats (the worker threads' batches). */
  delta() {
    return {
      counts: [this.filesSeen, this.dicom, this.errors, this.skipped, this.unreadableDirs, this.unreadableFiles, this.byKind.part10, this.byKind.raw],
      byClass: [...this.byClass],
      notDicomByMime: [...this.notDicomByMime],
      skippedByReason: [...this.skippedByReason],
      errorsByKind: [...this.errorsByKind],
      unreadable: this.unreadable,
      currentDir: this.currentDir
    };
  }
  /** Adds the counts of a part that came after everything counted so far (examples keep walk order). */
  merge(d) {
    const [filesSeen, dicom, errors, skipped, unreadableDirs, unreadableFiles, part10, raw] = d.counts;
    this.filesSeen += filesSeen;
    this.dicom += dicom;
    this.errors += errors;
    this.skipped += skipped;
    this.unreadableDirs += unreadableDirs;
    this.unreadableFiles += unreadableFiles;
    this.byKind.part10 += part10;
    this.byKind.raw += raw;
    for (const [k, n] of d.byClass)
      bump(this.byClass, k, n);
    for (const [k, n] of d.notDicomByMime)
      bump(this.notDicomByMime, k, n);
    for (const [k, n] of d.skippedByReason)
      bump(this.skippedByReason, k, n);
    for (const [k, e] of d.errorsByKind) {
      const seen = this.errorsByKind.get(k);
      if (seen)
        seen.count += e.count;
      else
        this.errorsByKind.set(k, { ...e });
    }
    for (const u of d.unreadable)
      if (this.unreadable.length < EXAMPLES_KEPT)
        this.unreadable.push(u);
    if (d.currentDir)
      this.currentDir = d.currentDir;
  }
  end() {
    this.ended ??= process.hrtime.bigint();
  }
  get elapsedSeconds() {
    return Number((this.ended ?? process.hrtime.bigint()) - this.started) / 1e9;
  }
  toJSON() {
    const elapsed = this.elapsedSeconds;
    return {
      filesSeen: this.filesSeen,
      dicom: this.dicom,
      errors: this.errors,
      skipped: this.skipped,
      unreadableDirs: this.unreadableDirs,
      unreadableFiles: this.unreadableFiles,
      byKind: { ...this.byKind },
      byClass: sorted(this.byClass),
      notDicomByMime: sorted(this.notDicomByMime),
      skippedByReason: sorted(this.skippedByReason),
      errorsByKind: Object.fromEntries([...this.errorsByKind].sort((a, b) => b[1].count - a[1].count)),
      unreadable: [...this.unreadable],
      elapsedSeconds: Math.round(elapsed * 1e3) / 1e3,
      filesPerSecond: elapsed > 0 ? Math.round(this.filesSeen / elapsed) : 0,
      balanced: this.filesSeen === this.dicom + this.errors + this.skipped,
      readModes: this.readModes.map((m) => ({ ...m })),
      threads: this.threads
    };
  }
  keepUnreadable(record) {
    if (this.unreadable.length < EXAMPLES_KEPT)
      this.unreadable.push({ path: record.path, error: record.error ?? "" });
  }
};
function errorKind(record) {
  const label = record.error_code ? RECORD_ERRORS[record.error_code].label : "error";
  const errno = record.error ? /\(([A-Z][A-Z0-9_]+)\)$/.exec(record.error) : null;
  return errno ? `${label}: ${errno[1]}` : label;
}
function bump(map, key, n = 1) {
  map.set(key, (map.get(key) ?? 0) + n);
}
function sorted(map) {
  return Object.fromEntries([...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

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
var ONE_VALUE = /* @__PURE__ */ new Set(["LT", "ST", "UT", "UR", "SQ", "OB", "OD", "OF", "OL", "OV", "OW", "SV", "UV"]);
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
var DATE_KINDS = /* @__PURE__ */ new Set(["date", "time", "timestamp"]);
function columnType(spec, options = {}) {
  const vr = spec.vr;
  let kind = vr && KIND_BY_VR[vr] || "text";
  if (options.datesAsText && DATE_KINDS.has(kind))
    kind = "text";
  return Object.freeze({ keyword: spec.keyword, vr, kind, list: isList(spec) });
}
function isList(spec) {
  if (spec.vr && ONE_VALUE.has(spec.vr))
    return false;
  if (spec.path && spec.path.slice(0, -1).some((step) => step.item === void 0))
    return true;
  if (!spec.vr || !/^[0-9A-F]{8}$/.test(spec.tag))
    return true;
  return Object.hasOwn(MULTI_VALUED, spec.tag);
}
function typedValue(text, type) {
  if (text === null || text === void 0)
    return null;
  if (type.list) {
    if (text === "")
      return [];
    const parts = text.split("\\");
    if (type.kind === "text")
      return parts;
    return parts.map((p) => p.trim() === "" ? null : parseOrKeep(p, type));
  }
  if (type.kind === "text")
    return text;
  if (text.trim() === "")
    return null;
  return text.includes("\\") ? text : parseOrKeep(text, type);
}
function parseOrKeep(text, type) {
  const n = parseValue(text, type);
  return n === void 0 ? text : n;
}
function parseValue(text, type) {
  const t = text.trim();
  switch (type.kind) {
    case "integer":
    case "bigint": {
      if (!INTEGER.test(t))
        return void 0;
      const n = Number(t);
      const [lo, hi] = INTEGER_RANGE[type.vr ?? "IS"] ?? (type.kind === "bigint" ? [0, MAX_LENGTH] : INTEGER_RANGE.IS);
      return n >= lo && n <= hi ? n : void 0;
    }
    case "double": {
      if (!isNumber(t))
        return void 0;
      const n = Number(t);
      return Number.isFinite(n) ? n : void 0;
    }
    case "date":
      return parseDate(t);
    case "time":
      return parseTime(t);
    case "timestamp":
      return parseDateTime(t);
    default:
      return void 0;
  }
}
var INTEGER = /^[+-]?\d+$/;
var DA = /^(\d{4})\.?(\d{2})\.?(\d{2})$/;
var TM = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:\.(\d{1,6}))?)?)?$/;
var DT = /^(\d{4})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:\.(\d{1,6}))?)?)?)?)?)?$/;
var DAY_MS = 864e5;
function calendarMs(year, month, day) {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  d.setUTCFullYear(year);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d.getTime() : void 0;
}
function parseDate(text) {
  const m = DA.exec(text);
  if (!m)
    return void 0;
  const ms = calendarMs(Number(m[1]), Number(m[2]), Number(m[3]));
  return ms === void 0 ? void 0 : ms / DAY_MS;
}
function micros(h, m, s, frac) {
  const hh = Number(h ?? 0);
  const mm = Number(m ?? 0);
  const ss = Number(s ?? 0);
  if (hh > 23 || mm > 59 || ss > 59)
    return void 0;
  return ((hh * 60 + mm) * 60 + ss) * 1e6 + Number((frac ?? "").padEnd(6, "0") || 0);
}
function parseTime(text) {
  const m = TM.exec(text);
  return m ? micros(m[1], m[2], m[3], m[4]) : void 0;
}
function parseDateTime(text) {
  const m = DT.exec(text);
  if (!m)
    return void 0;
  const day = calendarMs(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1));
  const time = micros(m[4], m[5], m[6], m[7]);
  if (day === void 0 || time === void 0)
    return void 0;
  const us = day * 1e3 + time;
  return Number.isSafeInteger(us) ? us : void 0;
}
function hasUntyped(value, type) {
  if (type.kind === "text" || value === null)
    return false;
  if (Array.isArray(value))
    return value.some((v) => typeof v === "string");
  return typeof value === "string";
}
var UntypedCounts = class {
  byColumn = /* @__PURE__ */ new Map();
  add(keyword, text, path) {
    const seen = this.byColumn.get(keyword);
    if (seen)
      seen.count++;
    else
      this.byColumn.set(keyword, { count: 1, value: text, path });
  }
  get size() {
    return this.byColumn.size;
  }
  /** Adds the counts of a part of the crawl that came after everything counted so far (a worker thread's batch). */
  merge(part) {
    for (const [keyword, ex] of Object.entries(part)) {
      const seen = this.byColumn.get(keyword);
      if (seen)
        seen.count += ex.count;
      else
        this.byColumn.set(keyword, { ...ex });
    }
  }
  /** Column -> count and first example, largest count first. */
  toJSON() {
    return Object.fromEntries([...this.byColumn].sort((a, b) => b[1].count - a[1].count).map(([k, v]) => [k, { ...v }]));
  }
};
var isDigit = (c) => c >= 48 && c <= 57;
var isSign = (c) => c === 43 || c === 45;
function isNumber(text) {
  const n = text.length;
  let i = isSign(text.charCodeAt(0)) ? 1 : 0;
  let digits = 0;
  while (i < n && isDigit(text.charCodeAt(i)))
    i++, digits++;
  if (text.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(text.charCodeAt(i)))
      i++, digits++;
  }
  if (digits === 0)
    return false;
  if (i < n && (text.charCodeAt(i) | 32) === 101) {
    i++;
    if (isSign(text.charCodeAt(i)))
      i++;
    const from = i;
    while (i < n && isDigit(text.charCodeAt(i)))
      i++;
    if (i === from)
      return false;
  }
  return i === n;
}

// dist/lib/core/csv-line.js
var FORMULA_START = /^[=+\-@\t\r]/;
var NEEDS_QUOTES = /[",\n\r]/;
function escapeFormula(value) {
  return FORMULA_START.test(value) && !isNumber(value) ? `'${value}` : value;
}
function csvCell(value) {
  if (value === null || value === void 0)
    return "";
  if (typeof value === "number")
    return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
function csvCellEscaped(value) {
  return typeof value === "string" ? csvCell(escapeFormula(value)) : csvCell(value);
}
function csvLine(record, tags, escapeFormulas = false) {
  const cell = escapeFormulas ? csvCellEscaped : csvCell;
  let line = `${cell(record.path)},${csvCell(record.size)},${record.dicom},${cell(record.mime)},${cell(record.modality_class)},${record.class_source ?? ""},${cell(record.error ?? record.skip ?? null)},${record.error_code ?? ""}`;
  const values = record.attributes;
  for (let i = 0; i < tags.length; i++)
    line += `,${cell(values[tags[i].keyword])}`;
  return `${line}
`;
}

// dist/lib/core/ndjson-line.js
var columnsByTags = /* @__PURE__ */ new WeakMap();
var NDJSON_TYPING = Object.freeze({ datesAsText: true });
function columnsOf(tags) {
  let columns = columnsByTags.get(tags);
  if (!columns) {
    columns = tags.map((t) => {
      const type = columnType(t, NDJSON_TYPING);
      return { key: `,${JSON.stringify(t.keyword)}:`, type, plain: type.kind === "text" && !type.list };
    });
    columnsByTags.set(tags, columns);
  }
  return columns;
}
function json(value) {
  return value === null || value === void 0 ? "null" : typeof value === "number" ? String(value) : jsonString(value);
}
function jsonString(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92 || c >= 55296 && c <= 57343)
      return JSON.stringify(text);
  }
  return `"${text}"`;
}
function ndjsonLine(record, tags, untyped) {
  const columns = columnsOf(tags);
  const values = record.attributes;
  let line = `{"path":${json(record.path)},"size":${json(record.size)},"dicom":${json(record.dicom)},"mime":${json(record.mime)},"modality_class":${json(record.modality_class)},"class_source":${json(record.class_source)},"error":${json(record.error ?? record.skip ?? null)},"error_code":${json(record.error_code)}`;
  for (let i = 0; i < tags.length; i++) {
    const column = columns[i];
    const text = values[tags[i].keyword];
    if (column.plain || text === null || text === void 0) {
      line += column.key + json(text);
      continue;
    }
    const typed = typedValue(text, column.type);
    if (untyped && hasUntyped(typed, column.type))
      untyped.add(column.type.keyword, text, record.path);
    line += column.key + (Array.isArray(typed) ? JSON.stringify(typed) : json(typed));
  }
  return `${line}}
`;
}

// dist/lib/stages/sniff.js
function yieldEvery(ms) {
  let lastYield = Date.now();
  return (value) => {
    const now = Date.now();
    if (now - lastYield < ms)
      return value;
    lastYield = now;
    return new Promise((resolve) => setImmediate(() => resolve(value)));
  };
}
var DEFAULTS2 = Object.freeze({ headBytes: 4 * 1024, concurrency: 1, keepNonDicom: false });

// dist/lib/parallel/batch.js
var TEXT_START = 128 * 1024;
var BatchRunner = class {
  setup;
  e;
  /** Blocking reads go into one buffer, parsed before the next read. */
  scratch;
  waitForMime;
  /** Blocking reads let the event loop turn every 25 ms (signals, messages, progress), as the crawl's own thread does. */
  breathe = yieldEvery(25);
  constructor(setup) {
    this.setup = setup;
    this.e = Object.freeze({ ...setup.engine });
    this.scratch = Buffer.allocUnsafe(this.e.headBytes);
    this.waitForMime = setup.allFiles && setup.recordMime;
  }
  /** The batch's records in walk order, counted, and written (text) or kept (records). */
  async run(b) {
    const out = new Output(this.setup, this.e);
    await this.each(b.entries, out);
    const result = { seq: b.seq, stats: out.stats.delta() };
    if (this.setup.output === "records")
      result.records = out.records;
    else
      result.text = new Uint8Array(out.buf.buffer, 0, out.used);
    if (out.untyped?.size)
      result.untyped = out.untyped.toJSON();
    if (out.named.length)
      result.named = out.named;
    return result;
  }
  /**
   * Records are written as they are made; only those behind one that waits
   * (a larger re-read, libmagic with --all-files) wait with it, and at most
   * MAX_WAITING such at once (then all are written before the next read). A
   * file that is not DICOM and is not written is only counted, when named.
   */
  async each(entries, out) {
    const { e, setup } = this;
    const waiting = [];
    let promises = 0;
    const counted = [];
    const take = (record, uncounted = false) => {
      if (waiting.length === 0 && !(record instanceof Promise))
        return out.add(record, uncounted);
      if (uncounted)
        waiting.push(null);
      waiting.push(record);
      if (record instanceof Promise)
        promises++;
    };
    const flush = async () => {
      for (let i = 0; i < waiting.length; i++) {
        const r = waiting[i];
        if (r === null)
          out.add(await waiting[++i], true);
        else if (r !== void 0)
          out.add(await r);
      }
      waiting.length = 0;
      promises = 0;
    };
    let named2;
    const plan = { sync: true, scratch: this.scratch, ...this.waitForMime ? {} : { later: (p) => (named2 = p, true) } };
    for (let i = 0; i < entries.length; i++) {
      named2 = void 0;
      const record = inspect(revive(entries[i]), e, plan);
      if (!named2)
        take(record);
      else {
        counted.push(named2);
        if (setup.allFiles)
          take(record, true);
      }
      if (promises >= MAX_WAITING)
        await flush();
      const turn = this.breathe(void 0);
      if (turn)
        await turn;
    }
    await flush();
    for (const p of counted)
      out.count(await p);
  }
};
var MAX_WAITING = 16;
function revive(entry) {
  if (typeof entry.fsPath !== "string")
    entry.fsPath = asBuffer(entry.fsPath);
  return entry;
}
var Output = class {
  setup;
  stats = new CrawlStats();
  records = [];
  named = [];
  untyped;
  line;
  buf;
  used = 0;
  constructor(setup, e) {
    this.setup = setup;
    const { output, escapeFormulas } = setup;
    this.untyped = output === "ndjson" ? new UntypedCounts() : void 0;
    this.line = output === "csv" ? (r) => csvLine(r, e.tags, escapeFormulas) : output === "ndjson" ? (r) => ndjsonLine(r, e.tags, this.untyped) : void 0;
    this.buf = Buffer.allocUnsafeSlow(this.line ? TEXT_START : 0);
  }
  /** A record in walk order: counted (unless it is counted when named), and written when it belongs in the output. */
  add(record, uncounted = false) {
    if (!uncounted && !this.stats.keep(record, this.setup.allFiles))
      return;
    if (!this.line)
      return void this.records.push(record);
    const text = this.line(record);
    if (this.used + text.length * 3 > this.buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.used + text.length * 3));
      this.buf.copy(bigger, 0, 0, this.used);
      this.buf = bigger;
    }
    this.used += this.buf.write(text, this.used);
  }
  /** A file that is not DICOM, named after its record went (or was not written): counted only. */
  count(record) {
    this.stats.add(record);
    if (this.setup.reportNamed)
      this.named.push(record);
  }
};

// dist/lib/parallel/crawl-worker.js
var runner = new BatchRunner(workerData);
parentPort.on("message", (b) => {
  runner.run(b).then((result) => parentPort.postMessage(result, result.text ? [result.text.buffer] : []), (err) => parentPort.postMessage({ seq: b.seq, failed: err.stack ?? err.message }));
});
