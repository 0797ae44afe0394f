/** A Buffer over the same memory as `bytes`, no copy: Buffer's methods and Node's calls on any Uint8Array. */
export declare function asBuffer(bytes: Uint8Array): Buffer;
