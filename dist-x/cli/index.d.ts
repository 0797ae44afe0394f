#!/usr/bin/env node
import { Command } from 'commander';
/** Exit codes, documented in docs/CLI.md. */
export declare const EXIT: Readonly<{
    ok: 0;
    someUnreadable: 1;
    usage: 2;
    output: 3;
    sigint: 130;
    sigterm: 143;
}>;
export declare function buildProgram(): Command;
/**
 * Whether this file is the program Node was asked to run. Node starts the
 * real file behind any link (an installed command is a link, maybe renamed:
 * `ln -s .../dicom-crawler.js ~/bin/dcmcrawl`), and a path may hold `#` or
 * `%`, which a URL built by hand reads as a fragment or an escape: so the
 * real paths are compared, never names or URLs.
 */
export declare function isMainModule(argv1: string | undefined): boolean;
/** Runs the CLI; returns the exit code instead of exiting, so it can be tested in-process too. */
export declare function main(argv: string[]): Promise<number>;
