export declare const MULTI_VALUED: Readonly<Record<string, string>>;
