/** A Buffer over the same memory as `bytes`, no copy: Buffer's methods and Node's calls on any Uint8Array. */
export function asBuffer(bytes) {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
//# sourceMappingURL=as-buffer.js.map