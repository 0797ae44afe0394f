#!/usr/bin/env node
import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// dist/lib/package-root.js
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findRoot(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "modal-templates.json")) && existsSync(join(dir, "package.json")))
      return dir;
    if (dirname(dir) === dir)
      return join(from, "..", "..");
  }
}
var PACKAGE_ROOT;
var init_package_root = __esm({
  "dist/lib/package-root.js"() {
    "use strict";
    PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
  }
});

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs2 = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write2) => write2(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs2.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs2.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs2.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs2.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text2 = helper.formatHelp(this, helper);
        if (context.hasColors) return text2;
        return this._outputConfiguration.stripColor(text2);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write2 = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write: write2, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text2) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text2 === "function") {
            helpStr = text2({ error: context.error, command: context.command });
          } else {
            helpStr = text2;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index, program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help;
var init_esm = __esm({
  "node_modules/commander/esm.mjs"() {
    import_index = __toESM(require_commander(), 1);
    ({
      program,
      createCommand,
      createArgument,
      createOption,
      CommanderError,
      InvalidArgumentError,
      InvalidOptionArgumentError,
      Command: (
        // deprecated old name
        Command
      ),
      Argument,
      Option,
      Help
    } = import_index.default);
  }
});

// dist/lib/errors.js
function checkPositiveInt(name, value, max = Number.MAX_SAFE_INTEGER) {
  const n = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > max) {
    throw new CrawlerError("BAD_OPTION", `${name} must be a whole number from 1 to ${max}, got ${typeof value === "string" ? `"${value}"` : String(value)}`);
  }
  return n;
}
function checkChoice(name, value, choices) {
  if (!choices.includes(value))
    throw new CrawlerError("BAD_OPTION", `${name} must be ${choices.map((c) => `"${c}"`).join(" or ")}, got ${typeof value === "string" ? `"${value}"` : String(value)}`);
  return value;
}
function describeThrown(e) {
  if (e instanceof Error)
    return e.message;
  if (typeof e === "string")
    return e;
  if (e && typeof e === "object" && "exception" in e)
    return describeThrown(e.exception);
  return String(e);
}
var EXIT_CODES, CrawlerError, RECORD_ERRORS;
var init_errors = __esm({
  "dist/lib/errors.js"() {
    "use strict";
    EXIT_CODES = Object.freeze({
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
    CrawlerError = class extends Error {
      code;
      constructor(code, message, options) {
        super(message, options);
        this.name = "CrawlerError";
        this.code = code;
      }
    };
    RECORD_ERRORS = Object.freeze({
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
  }
});

// dist/lib/core/stats.js
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
var EXAMPLES_KEPT, CrawlStats;
var init_stats = __esm({
  "dist/lib/core/stats.js"() {
    "use strict";
    init_errors();
    EXAMPLES_KEPT = 20;
    CrawlStats = class {
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
  }
});

// dist/lib/parallel/shard.js
function parseShard(text2, env = process.env, count2) {
  const value = text2.trim();
  if (value === "auto")
    return shardFromEnvironment(env, count2);
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m)
    throw new CrawlerError("BAD_OPTION", `--shard must be K/N (K from 0 to N-1) or auto, got "${text2}"`);
  return checkShard({ index: Number(m[1]), count: Number(m[2]) }, `--shard ${value}`);
}
function checkShard(shard, what = "shard") {
  const { index, count: count2 } = shard;
  if (!Number.isInteger(count2) || count2 < 1 || count2 > MAX_SHARDS)
    throw new CrawlerError("BAD_OPTION", `${what}: the shard count must be a whole number from 1 to ${MAX_SHARDS}, got ${count2}`);
  if (!Number.isInteger(index) || index < 0 || index >= count2)
    throw new CrawlerError("BAD_OPTION", `${what}: the shard index must be a whole number from 0 to ${count2 - 1}, got ${index}`);
  return Object.freeze({ index, count: count2 });
}
function shardFromEnvironment(env, count2) {
  const k8s = env.JOB_COMPLETION_INDEX;
  if (k8s !== void 0 && k8s !== "") {
    const n = count2 ?? wholeNumber(env[SHARD_COUNT_VARIABLE], SHARD_COUNT_VARIABLE);
    if (n === void 0)
      throw new CrawlerError("BAD_OPTION", `--shard auto: JOB_COMPLETION_INDEX is ${k8s} but the shard count is not given (set ${SHARD_COUNT_VARIABLE} to the Job's completions)`);
    return checkShard({ index: wholeNumber(k8s, "JOB_COMPLETION_INDEX"), count: n }, "--shard auto (Kubernetes)");
  }
  const task = env.SLURM_ARRAY_TASK_ID;
  if (task !== void 0 && task !== "") {
    const id = wholeNumber(task, "SLURM_ARRAY_TASK_ID");
    const n = wholeNumber(env.SLURM_ARRAY_TASK_COUNT, "SLURM_ARRAY_TASK_COUNT");
    const min = wholeNumber(env.SLURM_ARRAY_TASK_MIN, "SLURM_ARRAY_TASK_MIN") ?? 0;
    const step = wholeNumber(env.SLURM_ARRAY_TASK_STEP, "SLURM_ARRAY_TASK_STEP") ?? 1;
    if (n === void 0)
      throw new CrawlerError("BAD_OPTION", "--shard auto: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not");
    if ((id - min) % step !== 0)
      throw new CrawlerError("BAD_OPTION", `--shard auto: SLURM task ${id} is not MIN ${min} plus a multiple of STEP ${step} (use a plain range, --array=0-${n - 1})`);
    return checkShard({ index: (id - min) / step, count: n }, "--shard auto (SLURM array)");
  }
  throw new CrawlerError("BAD_OPTION", "--shard auto: neither JOB_COMPLETION_INDEX (Kubernetes Indexed Job) nor SLURM_ARRAY_TASK_ID (SLURM job array) is set; use --shard K/N");
}
function wholeNumber(value, name) {
  if (value === void 0 || value === "")
    return void 0;
  if (!/^\d+$/.test(value.trim()))
    throw new CrawlerError("BAD_OPTION", `--shard auto: ${name} must be a whole number, got "${value}"`);
  return Number(value);
}
function shardOfFolder(dir, count2) {
  const bytes = dir.length * 3 <= scratch.length ? scratch.subarray(0, encoder.encodeInto(dir, scratch).written) : encoder.encode(dir);
  let h = 2166136261;
  for (let i = 0; i < bytes.length; i++)
    h = Math.imul(h ^ bytes[i], 16777619);
  h ^= h >>> 16;
  return (h >>> 0) % count2;
}
var MAX_SHARDS, SHARD_COUNT_VARIABLE, encoder, scratch;
var init_shard = __esm({
  "dist/lib/parallel/shard.js"() {
    "use strict";
    init_errors();
    MAX_SHARDS = 1e5;
    SHARD_COUNT_VARIABLE = "DICOM_CRAWLER_SHARD_COUNT";
    encoder = new TextEncoder();
    scratch = new Uint8Array(4096);
  }
});

// dist/lib/stages/walk.js
import { Readable } from "node:stream";
import { isUtf8 } from "node:buffer";
import fs, { readdirSync } from "node:fs";
import { basename } from "node:path";
function walk(roots, options = {}) {
  const opts = { ...DEFAULTS, ...options };
  const rootList = typeof roots === "string" ? [roots] : [...roots];
  if (rootList.length === 0)
    throw new CrawlerError("BAD_OPTION", "no root folder given");
  const shard = opts.shard ? checkShard(opts.shard) : void 0;
  const isMine = (dir) => !shard || shard.count === 1 || shardOfFolder(dir, shard.count) === shard.index;
  const syncOf = typeof opts.sync === "function" ? opts.sync : () => opts.sync;
  const aheadOf = typeof opts.listAhead === "function" ? opts.listAhead : () => opts.listAhead;
  const ahead = /* @__PURE__ */ new Map();
  let entering;
  let listing = 0;
  const pending = [];
  const stack = [];
  const visited = /* @__PURE__ */ new Set();
  let realRoots;
  const ignored = identities(opts.ignore);
  let rootIndex = 0;
  let busy = false;
  let readAgain = false;
  const stream = new Readable({
    objectMode: true,
    highWaterMark: opts.highWaterMark,
    read() {
      if (busy) {
        readAgain = true;
        return;
      }
      busy = true;
      readAgain = false;
      fill().then((more) => {
        busy = false;
        if (!more && pending.length === 0)
          this.push(null);
        else if (readAgain)
          this._read(opts.highWaterMark);
      }, (e) => this.destroy(e));
    }
  });
  async function fill() {
    for (; ; ) {
      while (pending.length) {
        if (!stream.push(pending.shift()))
          return true;
      }
      if (stream.destroyed)
        return false;
      const frame = stack[stack.length - 1];
      if (frame) {
        if (frame.nextFile < frame.files.length) {
          const d = frame.files[frame.nextFile];
          frame.files[frame.nextFile++] = void 0;
          pending.push(fileEntry(frame, d));
          continue;
        }
        const next2 = frame.subdirs.shift();
        if (!next2) {
          stack.pop();
          continue;
        }
        await enterDir(childPath(frame, next2), frame.root, joinRel(frame.dir, next2.name));
        continue;
      }
      if (rootIndex >= rootList.length)
        return false;
      await enterRoot(rootList[rootIndex++]);
    }
  }
  async function enterRoot(root) {
    let st2;
    try {
      st2 = await fs.promises.stat(root);
    } catch (e) {
      const code = e.code;
      throw new CrawlerError("ROOT_NOT_FOUND", code === "ENOENT" ? `root not found: ${root}` : `root cannot be read: ${root} (${code})`);
    }
    const shown = escapeBackslashes(root);
    if (st2.isDirectory()) {
      if (opts.followSymlinks)
        visited.add(`${st2.dev}:${st2.ino}`);
      await enterDir({ path: shown, fsPath: root }, shown, "");
    } else {
      if (isMine(""))
        pending.push({ path: shown, fsPath: root, root: shown, dir: "", kind: st2.isFile() ? "file" : kindOfStats(st2) });
    }
  }
  async function enterDir(where, root, dir) {
    let dirents;
    try {
      if (syncOf(root))
        dirents = await listDir(where.fsPath, true);
      else {
        const listed = (ahead.get(where.path) ?? startListing(where)).listed;
        entering = { where, root };
        try {
          dirents = await listed;
        } finally {
          entering = void 0;
          ahead.delete(where.path);
        }
      }
    } catch (e) {
      if (isMine(dir)) {
        if (opts.filterFiles && !opts.followSymlinks)
          await opts.filterFiles({ root, dir, path: where.path, fsPath: where.fsPath }, void 0);
        pending.push({ path: where.path, fsPath: where.fsPath, root, dir, kind: "directory", error: errorText(e, "cannot read folder"), code: "UNREADABLE_FOLDER" });
      }
      return;
    }
    const mine = isMine(dir);
    const frame = { path: where.path, fsPath: where.fsPath, root, dir, subdirs: [], files: [], nextFile: 0 };
    const found = [];
    for (let i = 0; i < dirents.length; i++) {
      const d = dirents[i];
      if (d.isDirectory()) {
        frame.subdirs.push(nameOf(d));
        continue;
      }
      if (ignored.names.has(d.name) && isIgnored(childPath(frame, nameOf(d)).fsPath, ignored.ids))
        continue;
      if (opts.followSymlinks && d.isSymbolicLink()) {
        const named2 = nameOf(d);
        const path = childPath(frame, named2);
        const resolved = await followLink(path.fsPath);
        if (!resolved.error && !opts.followOutsideRoots && !await insideRoots(path.fsPath)) {
          if (mine)
            found.push({ ...path, root, dir, kind: "symlink", skip: "symlink to outside the roots not followed (use --follow-outside-roots)", code: "SYMLINK_OUTSIDE_ROOTS" });
          continue;
        }
        if (resolved.kind === "directory")
          frame.subdirs.push(named2);
        else if (mine)
          found.push({ ...path, root, dir, kind: resolved.kind, ...resolved.error ? { error: resolved.error, code: resolved.code } : {} });
        continue;
      }
      if (!mine)
        continue;
      if (opts.followSymlinks)
        found.push(fileEntry(frame, d));
      else
        frame.files.push(d);
    }
    if (opts.filterFiles && mine && !opts.followSymlinks)
      frame.files = await opts.filterFiles({ root, dir, path: where.path, fsPath: where.fsPath }, frame.files);
    if (opts.followSymlinks)
      frame.subdirs = await dedupeSubdirs(frame, mine ? found : []);
    if (opts.announceDirs && mine) {
      pending.push({ path: where.path, fsPath: where.fsPath, root, dir, kind: "directory", folder: true, ...frame.subdirs.length ? { subfolders: true } : {} });
    }
    for (const entry of found)
      pending.push(entry);
    stack.push(frame);
    pumpListings();
  }
  function pumpListings() {
    if (stream.destroyed)
      return;
    let held = 0;
    const visit = (where, n) => {
      const early = ahead.get(where.path);
      if (!early) {
        if (listing >= n)
          return false;
        startListing(where);
        return ++held < HELD_AHEAD;
      }
      if (++held >= HELD_AHEAD)
        return false;
      if (early.dirents && !early.subdirs)
        early.subdirs = early.dirents.filter((d) => d.isDirectory()).map(nameOf);
      for (const sub of early.subdirs ?? [])
        if (!visit(childPath(where, sub), n))
          return false;
      return true;
    };
    if (entering) {
      const n = aheadOf(entering.root);
      if (n > 0 && !visit(entering.where, n))
        return;
    }
    for (let i = stack.length - 1; i >= 0; i--) {
      const frame = stack[i];
      const n = syncOf(frame.root) ? 0 : aheadOf(frame.root);
      if (n <= 0)
        continue;
      for (const sub of frame.subdirs)
        if (!visit(childPath(frame, sub), n))
          return;
    }
  }
  function startListing(where) {
    listing++;
    const entry = { listed: listDir(where.fsPath, false) };
    ahead.set(where.path, entry);
    entry.listed.then((dirents) => {
      listing--;
      entry.dirents = dirents;
      pumpListings();
    }, () => {
      listing--;
      entry.dirents = [];
      pumpListings();
    });
    return entry;
  }
  async function listDir(fsPath, sync) {
    const list = async (encoding) => {
      const how = { withFileTypes: true, encoding };
      return sync ? readdirSync(fsPath, how) : await fs.promises.readdir(fsPath, how);
    };
    let dirents = await list("utf8");
    if (dirents.some((d) => d.name.includes("\uFFFD")))
      dirents = await list("buffer");
    if (typeof dirents[0]?.name === "string")
      dirents.sort((a, b) => compareCodePoints(a.name, b.name));
    else
      dirents.sort((a, b) => Buffer.compare(rawName(a), rawName(b)));
    return dirents;
  }
  async function followLink(fsPath) {
    try {
      const st2 = await fs.promises.stat(fsPath);
      if (st2.isDirectory())
        return { kind: "directory" };
      return { kind: kindOfStats(st2) };
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT")
        return { kind: "symlink", error: "dangling symlink (target does not exist)", code: "DANGLING_SYMLINK" };
      if (code === "ELOOP")
        return { kind: "symlink", error: "symlink loop", code: "SYMLINK_LOOP" };
      return { kind: "symlink", error: errorText(e, "cannot follow symlink"), code: "SYMLINK_UNREADABLE" };
    }
  }
  async function insideRoots(fsPath) {
    realRoots ??= Promise.all(rootList.map((r) => fs.promises.realpath(r, { encoding: "buffer" }).catch(() => null))).then((all) => all.flatMap((r) => r ? [r] : []));
    let target;
    try {
      target = await fs.promises.realpath(fsPath, { encoding: "buffer" });
    } catch {
      return false;
    }
    return (await realRoots).some((r) => isWithin(target, r));
  }
  async function dedupeSubdirs(frame, found) {
    const keep = [];
    for (const sub of frame.subdirs) {
      const p = childPath(frame, sub);
      try {
        const st2 = await fs.promises.stat(p.fsPath);
        const key = `${st2.dev}:${st2.ino}`;
        if (visited.has(key)) {
          const isLink = (await fs.promises.lstat(p.fsPath)).isSymbolicLink();
          found.push({ ...p, root: frame.root, dir: frame.dir, ...isLink ? { kind: "symlink", skip: "symlink to a folder already walked (loop or duplicate link)", code: "SYMLINK_ALREADY_WALKED" } : { kind: "directory", skip: "folder already walked through an earlier link", code: "FOLDER_ALREADY_WALKED" } });
          continue;
        }
        visited.add(key);
        keep.push(sub);
      } catch (e) {
        found.push({ ...p, root: frame.root, dir: frame.dir, kind: "directory", error: errorText(e, "cannot read folder"), code: "UNREADABLE_FOLDER" });
      }
    }
    return keep;
  }
  return stream;
}
function identities(paths) {
  const names = /* @__PURE__ */ new Set();
  const ids = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const st2 = fs.statSync(p, { throwIfNoEntry: false });
    if (!st2?.isFile())
      continue;
    ids.add(`${st2.dev}:${st2.ino}`);
    names.add(basename(p));
    try {
      names.add(basename(fs.realpathSync(p)));
    } catch {
    }
  }
  return { names, ids };
}
function isIgnored(fsPath, ids) {
  const st2 = fs.statSync(fsPath, { throwIfNoEntry: false });
  return st2 !== void 0 && ids.has(`${st2.dev}:${st2.ino}`);
}
function fileEntry(frame, d) {
  const path = childPath(frame, nameOf(d));
  const kind = kindOfDirent(d);
  const entry = { path: path.path, fsPath: path.fsPath, root: frame.root, dir: frame.dir, kind };
  if (kind === "symlink") {
    entry.skip = "symlink not followed (use --follow-symlinks)";
    entry.code = "SYMLINK_NOT_FOLLOWED";
  }
  return entry;
}
function entryPath(folder, d) {
  return childPath(folder, nameOf(d));
}
function nameOf(d) {
  const raw = rawName(d);
  if (raw)
    return { name: displayName(raw), raw };
  return d.name.includes("\\") ? { name: escapeBackslashes(d.name), raw: Buffer.from(d.name) } : { name: d.name };
}
function rawName(d) {
  const name = d.name;
  return typeof name === "string" ? void 0 : name;
}
function compareCodePoints(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y)
      continue;
    if (x >= 55296 && y >= 55296) {
      x = x >= 57344 ? x - 2048 : x + 8192;
      y = y >= 57344 ? y - 2048 : y + 8192;
    }
    return x - y;
  }
  return a.length - b.length;
}
function childPath(parent, child) {
  const sep = parent.path.endsWith("/") ? "" : "/";
  const path = parent.path + sep + child.name;
  if (!child.raw && parent.fsPath === parent.path)
    return { path, fsPath: path };
  const raw = child.raw ?? Buffer.from(child.name);
  if (typeof parent.fsPath === "string" && isUtf8(raw))
    return { path, fsPath: parent.fsPath + sep + raw.toString() };
  const base = typeof parent.fsPath === "string" ? Buffer.from(parent.fsPath) : parent.fsPath;
  return { path, fsPath: Buffer.concat([base, Buffer.from(sep), raw]) };
}
function isWithin(path, folder) {
  if (path.length < folder.length || path.compare(folder, 0, folder.length, 0, folder.length) !== 0)
    return false;
  return path.length === folder.length || folder[folder.length - 1] === 47 || path[folder.length] === 47;
}
function joinRel(dir, name) {
  return dir ? `${dir}/${name}` : name;
}
function displayName(raw) {
  if (isUtf8(raw))
    return escapeBackslashes(raw.toString("utf8"));
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const len = utf8SequenceLength(raw, i);
    if (len > 0) {
      out += escapeBackslashes(raw.subarray(i, i + len).toString("utf8"));
      i += len;
    } else {
      out += `\\x${raw[i].toString(16).padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}
function escapeBackslashes(name) {
  return name.includes("\\") ? name.replaceAll("\\", "\\\\") : name;
}
function utf8SequenceLength(b, i) {
  const c = b[i];
  const need = c < 128 ? 1 : c >= 194 && c <= 223 ? 2 : c >= 224 && c <= 239 ? 3 : c >= 240 && c <= 244 ? 4 : 0;
  if (need === 0 || i + need > b.length)
    return 0;
  const s = b.subarray(i, i + need).toString("utf8");
  return s.includes("\uFFFD") ? 0 : need;
}
function kindOfDirent(d) {
  if (d.isFile())
    return "file";
  if (d.isSymbolicLink())
    return "symlink";
  if (d.isFIFO())
    return "fifo";
  if (d.isSocket())
    return "socket";
  if (d.isCharacterDevice())
    return "char-device";
  if (d.isBlockDevice())
    return "block-device";
  return "file";
}
function kindOfStats(st2) {
  if (st2.isFile())
    return "file";
  if (st2.isFIFO())
    return "fifo";
  if (st2.isSocket())
    return "socket";
  if (st2.isCharacterDevice())
    return "char-device";
  if (st2.isBlockDevice())
    return "block-device";
  return "unknown";
}
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
var HELD_AHEAD, DEFAULTS;
var init_walk = __esm({
  "dist/lib/stages/walk.js"() {
    "use strict";
    init_errors();
    init_shard();
    HELD_AHEAD = 64;
    DEFAULTS = Object.freeze({ followSymlinks: false, followOutsideRoots: false, highWaterMark: 64, announceDirs: false, sync: false, listAhead: 0, ignore: [] });
  }
});

// dist/lib/core/classify.js
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
var TOKEN_SPLIT, lastPath, longest;
var init_classify = __esm({
  "dist/lib/core/classify.js"() {
    "use strict";
    TOKEN_SPLIT = /[_\-. ]+/;
    lastPath = { templates: void 0, dir: "", match: "token", name: null };
    longest = /* @__PURE__ */ new WeakMap();
  }
});

// dist/lib/util/as-buffer.js
function asBuffer(bytes) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
var init_as_buffer = __esm({
  "dist/lib/util/as-buffer.js"() {
    "use strict";
  }
});

// dist/lib/io/native-parts.js
import { createRequire } from "node:module";
import { join as join2 } from "node:path";
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
var init_native_parts = __esm({
  "dist/lib/io/native-parts.js"() {
    "use strict";
    init_package_root();
  }
});

// dist/lib/util/due-calls.js
var DueCalls;
var init_due_calls = __esm({
  "dist/lib/util/due-calls.js"() {
    "use strict";
    DueCalls = class {
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
  }
});

// dist/lib/core/mime.js
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";
import { createRequire as createRequire2 } from "node:module";
import { join as join3 } from "node:path";
function detectMime(head, reused = false) {
  return named(chosen(), head, reused);
}
function nativeNamerBuilt() {
  return database() !== void 0 && nativeAllowed("mime-namer") && existsSync2(NATIVE_NAMER);
}
function chosen() {
  return detect ??= nativeNamer() ?? (mmmagicDetect ??= mmmagicNamer());
}
function named(way, head, reused) {
  return head.length === 0 ? Promise.resolve("application/x-empty") : way(head, reused);
}
function database() {
  try {
    return require2.resolve("mmmagic/magic/magic.mgc");
  } catch {
    return void 0;
  }
}
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
  nativeDetect = (head) => new Promise((resolve3) => {
    const id = due.add(resolve3);
    try {
      addon.name(id, head);
    } catch {
      due.take(id);
      resolve3("application/octet-stream");
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
    return new Promise((resolve3) => {
      const run = () => {
        inFlight2++;
        magic.detect(head, (err, result) => {
          inFlight2--;
          waiting.shift()?.();
          if (err)
            return resolve3("application/octet-stream");
          resolve3(Array.isArray(result) ? result[0] ?? "application/octet-stream" : result);
        });
      };
      if (inFlight2 < NAMING_THREADS)
        run();
      else
        waiting.push(run);
    });
  };
}
var require2, NAMING_THREADS, detect, NATIVE_NAMER, nativeDetect, mmmagicDetect;
var init_mime = __esm({
  "dist/lib/core/mime.js"() {
    "use strict";
    init_as_buffer();
    init_native_parts();
    init_package_root();
    init_due_calls();
    require2 = createRequire2(import.meta.url);
    NAMING_THREADS = isMainThread ? 2 : 1;
    NATIVE_NAMER = join3(PACKAGE_ROOT, "native", "mime-namer", "build", "Release", "mime_namer.node");
  }
});

// dist/lib/core/detect-dicom.js
function isPart10(head) {
  return head.length >= 132 && head[128] === 68 && head[129] === 73 && head[130] === 67 && head[131] === 77;
}
function detectDicom(head, fileSize = head.length) {
  if (isPart10(head))
    return { kind: "part10" };
  const encoding = detectRawEncoding(head, fileSize);
  return encoding ? { kind: "raw", encoding } : { kind: "none" };
}
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
  let count2 = 0;
  while (count2 < RAW_ELEMENTS_NEEDED) {
    if (pos === fileSize && count2 > 0)
      return true;
    if (pos + 8 > b.length)
      return false;
    const group = u16(b, pos, le);
    const element = u16(b, pos + 2, le);
    const tag = group * 65536 + element;
    if (count2 === 0 && !afterMeta && !FIRST_GROUPS.has(group))
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
      return count2 >= 1 || afterMeta;
    if (pos + header + length > fileSize)
      return false;
    previous = tag;
    pos += header + length;
    count2++;
  }
  return true;
}
function u16(b, p, le) {
  return le ? b[p] | b[p + 1] << 8 : b[p] << 8 | b[p + 1];
}
function u32(b, p, le) {
  return le ? (b[p] | b[p + 1] << 8 | b[p + 2] << 16) + b[p + 3] * 16777216 : b[p] * 16777216 + (b[p + 1] << 16 | b[p + 2] << 8 | b[p + 3]);
}
var TRANSFER_SYNTAX_OF, VRS, LONG_VRS, VR_KIND, SHORT_VR, LONG_VR, FIRST_GROUPS, RAW_ELEMENTS_NEEDED, ENCODINGS;
var init_detect_dicom = __esm({
  "dist/lib/core/detect-dicom.js"() {
    "use strict";
    TRANSFER_SYNTAX_OF = Object.freeze({
      "implicit-le": "1.2.840.10008.1.2",
      "explicit-le": "1.2.840.10008.1.2.1",
      "explicit-be": "1.2.840.10008.1.2.2"
    });
    VRS = [
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
    LONG_VRS = ["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "UC", "UN", "UR", "UT", "SV", "UV"];
    VR_KIND = new Uint8Array(65536);
    SHORT_VR = 1;
    LONG_VR = 2;
    for (const vr of VRS)
      VR_KIND[vr.charCodeAt(0) << 8 | vr.charCodeAt(1)] = LONG_VRS.includes(vr) ? LONG_VR : SHORT_VR;
    FIRST_GROUPS = /* @__PURE__ */ new Set([2, 8, 16, 24, 32, 40]);
    RAW_ELEMENTS_NEEDED = 3;
    ENCODINGS = Object.freeze(["explicit-le", "explicit-be", "implicit-le"]);
  }
});

// dist/lib/core/decode-text.js
import { isAscii } from "node:buffer";
import { createRequire as createRequire3 } from "node:module";
function latin1(bytes) {
  return asBuffer(bytes).toString("latin1");
}
function decodeConverted(bytes, vr, specificCharacterSet) {
  let text2;
  if (convertible(bytes, specificCharacterSet)) {
    characterSets ??= require3("dicom-character-set");
    const way = termDecoder(specificCharacterSet);
    try {
      text2 = way === null ? characterSets.convertBytes(specificCharacterSet, bytes, { vr }) : way instanceof TextDecoder ? way.decode(bytes) : decodeSingleByte(bytes, way);
    } catch {
      try {
        text2 = characterSets.convertBytes(`${specificCharacterSet}\\ISO 2022 IR 6`, bytes, { vr });
      } catch {
        text2 = latin1(bytes);
      }
    }
  } else {
    text2 = latin1(bytes);
  }
  return normalize(text2, vr);
}
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
function trimmedEnd(b, start, end, vr) {
  const e = runStart(b, start, end, SPACE, NUL);
  return vr === "PN" ? runStart(b, start, e, EQUALS, EQUALS) : e;
}
function trimmedStart(b, start, end, vr) {
  return keepsLeading(vr) ? start : runEnd(b, start, end, SPACE, SPACE);
}
function wordInRun(w, a, c) {
  return a === c ? w === a * 16843009 : (w & ~((a | c) * 16843009)) === 0;
}
function runEnd(v, i, end, a, c) {
  const from = i;
  const stop2 = Math.min(end, i + WORDS_AFTER);
  for (; i < stop2; i++) {
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
  const stop2 = Math.max(start, i - WORDS_AFTER);
  for (; i > stop2; i--) {
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
  const out = end - start <= scratch2.length ? scratch2 : Buffer.allocUnsafe(end - start);
  st.n = 0;
  st.kept = 0;
  st.leading = !keepLeading;
  let i = start;
  while (i < end) {
    const stop2 = Math.min(end, i + WORDS_AFTER);
    feed(bytes, i, stop2, out, keepLeading);
    i = stop2;
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
function feed(bytes, i, stop2, out, keepLeading) {
  let n = st.n;
  let kept = st.kept;
  let leading = st.leading;
  for (; i < stop2; i++) {
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
    for (let done2 = 0; done2 < total; ) {
      const chunk = Math.min(total - done2, from + done2 - kept1);
      out.copyWithin(from + done2, kept1, kept1 + chunk);
      done2 += chunk;
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
function normalize(text2, vr) {
  if (singleValued(vr))
    return text2.slice(0, trimEndOfText(text2, 0, text2.length));
  const keepLeading = keepsLeading(vr);
  let out = "";
  let keptFrom = 0;
  let keptTo = 0;
  let from = 0;
  for (; ; ) {
    let to = text2.indexOf("\\", from);
    if (to < 0)
      to = text2.length;
    const e = trimEndOfText(text2, from, to);
    let s = from;
    if (!keepLeading)
      while (s < e && text2.charCodeAt(s) === SPACE_CHAR)
        s++;
    if (s === keptTo) {
      keptTo = e;
    } else {
      out += text2.slice(keptFrom, keptTo);
      keptFrom = s;
      keptTo = e;
    }
    if (to >= text2.length)
      break;
    if (keptTo === to) {
      keptTo = to + 1;
    } else {
      out += `${text2.slice(keptFrom, keptTo)}\\`;
      keptFrom = keptTo = to + 1;
    }
    from = to + 1;
  }
  out += text2.slice(keptFrom, keptTo);
  if (vr !== "PN")
    return out;
  let end = out.length;
  while (end > 0 && out.charCodeAt(end - 1) === 61)
    end--;
  return end === out.length ? out : out.slice(0, end);
}
function trimEndOfText(text2, from, to) {
  let e = to;
  while (e > from) {
    const c = text2.charCodeAt(e - 1);
    if (c !== SPACE_CHAR && c !== NUL_CHAR)
      break;
    e--;
  }
  return e;
}
var characterSets, require3, charsetVr, keepsLeading, MAX_CHARSET_LENGTH, MAX_CHARSET_SWITCHES, LONG_VALUE, termDecoders, lastCharset, lastDecoder, singleValued, SPACE, NUL, BACKSLASH, EQUALS, WORDS_AFTER, BLOCKS_AFTER, MAX_BLOCK, st, MAX_PERIOD, scratch2, SPACE_CHAR, NUL_CHAR;
var init_decode_text = __esm({
  "dist/lib/core/decode-text.js"() {
    "use strict";
    init_as_buffer();
    require3 = createRequire3(import.meta.url);
    charsetVr = (vr) => vr === "LO" || vr === "SH" || vr === "PN" || vr === "LT" || vr === "ST" || vr === "UT" || vr === "UC";
    keepsLeading = (vr) => vr === "PN" || vr === "LT" || vr === "ST" || vr === "UT";
    MAX_CHARSET_LENGTH = 1024;
    MAX_CHARSET_SWITCHES = 4096;
    LONG_VALUE = 256;
    termDecoders = /* @__PURE__ */ new Map();
    lastDecoder = null;
    singleValued = (vr) => vr === "LT" || vr === "ST" || vr === "UT";
    SPACE = 32;
    NUL = 0;
    BACKSLASH = 92;
    EQUALS = 61;
    WORDS_AFTER = 64;
    BLOCKS_AFTER = 4096;
    MAX_BLOCK = 64 * 1024;
    st = { n: 0, kept: 0, leading: false };
    MAX_PERIOD = 8;
    scratch2 = Buffer.allocUnsafe(64 * 1024);
    SPACE_CHAR = 32;
    NUL_CHAR = 0;
  }
});

// dist/lib/core/tags.js
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join4 } from "node:path";
function dictionary() {
  byKeyword ??= JSON.parse(readFileSync2(join4(PACKAGE_ROOT, "dist", "lib", "core", "dictionary.json"), "utf8")).elements;
  return byKeyword;
}
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
function resolveTag(name) {
  const text2 = name.trim();
  const parts = splitOutsideBrackets(text2, (c) => c === "/" || c === ".");
  const steps = parts.map((part) => resolveStep(part, name));
  for (let i = 0; i < steps.length - 1; i++) {
    const s = steps[i];
    if (!s.creator && s.vr !== void 0 && s.vr !== "SQ" && s.vr !== "UN") {
      throw new CrawlerError("BAD_TAG", `"${name}": ${parts[i]} is not a sequence (VR ${s.vr}), so no attribute lies inside it`);
    }
  }
  const leaf = steps[steps.length - 1];
  if (leaf.item !== void 0)
    throw new CrawlerError("BAD_TAG", `"${name}": an item number [N] goes after a sequence that another step follows, e.g. Seq[0]/Attr`);
  const first = steps[0];
  if (steps.length === 1 && !first.creator)
    return makeSpec(text2, leaf.hex, leaf.vr, first.tag);
  const number = first.creator ? (first.tag | 65280) >>> 0 : first.tag;
  if (number < 196608)
    throw new CrawlerError("BAD_TAG", `"${name}": paths and private attributes are read from the dataset, not the file meta group`);
  const path = Object.freeze(steps.map((s) => Object.freeze({ tag: s.tag, ...s.creator !== void 0 ? { creator: s.creator } : {}, ...s.item !== void 0 ? { item: s.item } : {} })));
  return Object.freeze({ ...makeSpec(text2, leaf.hex, leaf.vr, number), path });
}
function resolveStep(part, name) {
  const m = STEP.exec(part.trim());
  if (!m)
    throw new CrawlerError("BAD_TAG", `cannot read "${part}" in "${name}" (${HINT})`);
  const creator = m[1];
  const body = m[2].trim();
  const item = m[3] === void 0 ? void 0 : Number(m[3]);
  if (creator !== void 0) {
    const p = PRIVATE_TAG.exec(body);
    if (!p || !creator.trim())
      throw new CrawlerError("BAD_TAG", `"${name}": a private attribute is written [Creator]gggg,xxee, e.g. [GEMS_ACQU_01]0019,xx03`);
    const group = parseInt(p[1], 16);
    if ((group & 1) === 0 || group < 9)
      throw new CrawlerError("BAD_TAG", `"${name}": group ${p[1]} is not a private group (private groups are odd, from 0009)`);
    const hex = `${p[1]}XX${p[2]}`.toUpperCase();
    return { tag: (group << 16 | parseInt(p[2], 16)) >>> 0, creator: creator.trim(), item, vr: void 0, hex };
  }
  const hexMatch = HEX_TAG.exec(body);
  if (hexMatch) {
    const hex = `${hexMatch[1]}${hexMatch[2]}`.toUpperCase();
    return { tag: parseInt(hex, 16), item, vr: firstVr(lookup(hex)?.vr), hex };
  }
  const known = /^[A-Za-z][A-Za-z0-9]*$/.test(body) ? lookup(body) : void 0;
  if (!known)
    throw new CrawlerError("BAD_TAG", `unknown DICOM keyword "${body}"${body === name.trim() ? "" : ` in "${name}"`} (${HINT})`);
  if (!/^[0-9A-F]{8}$/.test(known.tag)) {
    throw new CrawlerError("BAD_TAG", `"${body}" is a repeating-group attribute (${known.tag}); name one tag of it in hex, e.g. 60003000`);
  }
  return { tag: parseInt(known.tag, 16), item, vr: firstVr(known.vr), hex: known.tag };
}
function firstVr(vr) {
  return (vr ? vr.split(/\s+or\s+|\s*\/\s*/)[0]?.trim() : void 0) || void 0;
}
function makeSpec(column, tag, vr, number) {
  return Object.freeze({ keyword: column, tag, key: `x${tag.toLowerCase()}`, vr, number });
}
function splitOutsideBrackets(text2, at) {
  const out = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (c === "[" || c === "(")
      depth++;
    else if ((c === "]" || c === ")") && depth > 0)
      depth--;
    else if (depth === 0 && at(c)) {
      out.push(text2.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text2.slice(from));
  return out;
}
function splitTagList(value) {
  const pieces = splitOutsideBrackets(value, (c) => c === ",").map((s) => s.trim());
  const out = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const next2 = pieces[i + 1];
    if (next2 !== void 0 && /(^|[\]/.])(0x)?[0-9A-Fa-f]{4}$/.test(piece) && /^([0-9A-Fa-f]{2}|xx|XX)[0-9A-Fa-f]{2}([/.[]|$)/.test(next2)) {
      out.push(`${piece},${next2}`);
      i++;
    } else if (piece)
      out.push(piece);
  }
  return out;
}
function canonical(spec) {
  if (!spec.path)
    return spec.tag;
  return spec.path.map((s) => `${s.creator !== void 0 ? `[${s.creator}]` : ""}${s.tag.toString(16).padStart(8, "0")}${s.item !== void 0 ? `[${s.item}]` : ""}`).join("/");
}
function resolveTags(names) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const name of names) {
    if (typeof name === "string" && !name.trim())
      continue;
    const spec = typeof name === "string" ? resolveTag(name) : name;
    const key = canonical(spec);
    if (seen.has(key))
      continue;
    seen.add(key);
    out.push(spec);
  }
  return Object.freeze(out);
}
function dictionaryVr(key) {
  let vr = vrCache.get(key);
  if (vr === void 0) {
    vr = firstVr(lookup(key.slice(1))?.vr) ?? "";
    vrCache.set(key, vr);
  }
  return vr || void 0;
}
var DEFAULT_TAGS, META_ELEMENTS, COMMON_ELEMENTS, byKeyword, byTag, byLowerKeyword, HEX_TAG, PRIVATE_TAG, STEP, HINT, vrCache;
var init_tags = __esm({
  "dist/lib/core/tags.js"() {
    "use strict";
    init_package_root();
    init_errors();
    DEFAULT_TAGS = Object.freeze([
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
    META_ELEMENTS = Object.freeze({
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
    COMMON_ELEMENTS = Object.freeze({
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
    HEX_TAG = /^\(?(?:0x)?([0-9A-Fa-f]{4}),?([0-9A-Fa-f]{4})\)?$/;
    PRIVATE_TAG = /^\(?(?:0x)?([0-9A-Fa-f]{4}),?(?:xx|XX|[0-9A-Fa-f]{2})([0-9A-Fa-f]{2})\)?$/;
    STEP = /^(?:\[([^\]]*)\])?([^[\]]+?)(?:\[(\d+)\])?$/;
    HINT = "use a keyword like PatientID, a tag like 00100020 or (0010,0020), a path like ReferencedSeriesSequence/SeriesInstanceUID, or a private attribute like [GEMS_ACQU_01]0019,xx03";
    vrCache = /* @__PURE__ */ new Map();
  }
});

// dist/lib/core/scan-elements.js
function vrName(code) {
  return VR_NAMES.get(code) ?? String.fromCharCode(code >> 8, code & 255);
}
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
    let next2;
    if (explicit ? vrCode === SQ : isImplicitSequence(b, tag, length, dataOffset, end)) {
      nestedRanOut = false;
      next2 = skipSequence(b, dataOffset, length, explicit, end, 0);
      if (next2 < 0 && nestedRanOut)
        return ranOutAt(out);
      if (slot !== void 0 && length === UNDEFINED && next2 >= 0)
        out.length[slot] = next2 - 8 - dataOffset;
    } else if (length === UNDEFINED) {
      return false;
    } else {
      next2 = dataOffset + length;
    }
    if (next2 < 0)
      return false;
    if (tag > after)
      return true;
    if (next2 > end)
      return ranOutAt(out);
    pos = next2;
  }
  return true;
}
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
  const next2 = tagAt(b, dataOffset);
  if (next2 !== ITEM && next2 !== SEQUENCE_END)
    return false;
  const privateTag = (tag >>> 16 & 1) === 1;
  return !privateTag || length === UNDEFINED;
}
function countItems(b, dataOffset, length, explicit) {
  const count2 = { items: 0 };
  return skipSequence(b, dataOffset, length, explicit, b.length, 0, count2) < 0 ? -1 : count2.items;
}
function skipSequence(b, dataOffset, length, explicit, end, depth, count2) {
  if (depth > MAX_DEPTH)
    return -1;
  let pos = dataOffset;
  if (length !== UNDEFINED) {
    const stop2 = dataOffset + length;
    if (stop2 > end)
      return ranOut();
    while (pos < stop2) {
      pos = skipItem(b, pos, explicit, stop2, depth);
      if (pos < 0)
        return -1;
      if (count2)
        count2.items++;
    }
    return pos === stop2 ? pos : -1;
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
    if (count2)
      count2.items++;
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
    const stop2 = start + length;
    if (stop2 > end)
      return ranOut();
    return skipNested(b, start, explicit, stop2, false, depth);
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
var ScanSlots, VR_NAMES, PIXEL_DATA, ITEM, ITEM_END, SEQUENCE_END, UNDEFINED, VR_LENGTH_SIZE, SQ, HASH, filters, nestedRanOut, MAX_DEPTH;
var init_scan_elements = __esm({
  "dist/lib/core/scan-elements.js"() {
    "use strict";
    init_detect_dicom();
    ScanSlots = class {
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
    VR_NAMES = new Map(VRS.map((vr) => [vr.charCodeAt(0) << 8 | vr.charCodeAt(1), vr]));
    PIXEL_DATA = 2145386512;
    ITEM = 4294893568;
    ITEM_END = 4294893581;
    SEQUENCE_END = 4294893789;
    UNDEFINED = 4294967295;
    VR_LENGTH_SIZE = new Uint8Array(65536);
    for (const vr of ["AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT", "PN", "SH", "SL", "SS", "ST", "TM", "UI", "UL", "US"]) {
      VR_LENGTH_SIZE[vr.charCodeAt(0) << 8 | vr.charCodeAt(1)] = 2;
    }
    for (const vr of ["OB", "OD", "OL", "OW", "SQ", "OF", "UC", "UR", "UT", "UN"]) {
      VR_LENGTH_SIZE[vr.charCodeAt(0) << 8 | vr.charCodeAt(1)] = 4;
    }
    SQ = 83 << 8 | 81;
    HASH = 2654435761 | 0;
    filters = /* @__PURE__ */ new WeakMap();
    nestedRanOut = false;
    MAX_DEPTH = 32;
  }
});

// dist/lib/core/parse-header.js
import { createRequire as createRequire4 } from "node:module";
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
  const { meta, body, failure: failure2 } = parsed;
  if (!meta && !body) {
    for (const t of tags)
      values[t.keyword] = null;
    return { values, error: `cannot parse header: ${failure2}`, code: "HEADER_UNPARSABLE", needMore: false };
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
  if (failure2 && (wholeFile || !readAllWanted)) {
    const what = wholeFile ? "truncated or malformed header" : "header larger than the read limit, or malformed";
    return { values, ...extra, error: `${what}: ${failure2}${describeWhere(body ?? meta, parsed.inflated)}`, code: wholeFile ? "HEADER_MALFORMED" : "HEADER_TOO_LARGE", needMore: false };
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
  const { body, failure: failure2 } = parseBody(tail, 0, hint.encoding);
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
  if (result.error || !failure2 && !problems.length && !budget.sequencesCut)
    return { ...rest, values };
  if (budget.sequencesCut)
    problems.push(budgetMessage("sequences"));
  const where = failure2 ? `${failure2} (after the pixel data, at offset ${hint.offset})` : problems.join("; ");
  return { ...rest, values, error: `truncated or malformed after the pixel data: ${where}`, code: "HEADER_MALFORMED" };
}
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
    const read3 = READERS[vr];
    const count2 = Math.floor(length / size);
    let text2 = "";
    for (let i = 0; i < count2; i++)
      text2 += (i ? "\\" : "") + String(read3(view, offset + i * size, level.littleEndian));
    return text2;
  }
  if (vr === "AT") {
    let text2 = "";
    for (let i = 0; i + 4 <= length; i += 4)
      text2 += (i ? "\\" : "") + tagAt2(b, offset + i, level.littleEndian).toString(16).toUpperCase().padStart(8, "0");
    return text2;
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
  let count2 = 0;
  const counted = new Proxy(elements, {
    set(target, key, value) {
      if (++count2 > MAX_ELEMENTS)
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
var require4, loadedParser, dicomParserModule, PIXEL_DATA2, CHARSET_TAG, MODALITY_TAG, MODALITY_SPEC, UNDEFINED_LENGTH, PIXEL_DATA_TAG, ITEM_TAG, TRANSFER_SYNTAX_TAG, IMPLICIT_LE, EXPLICIT_BE, DEFLATED, DEFAULT_MAX_INFLATED, NUMERIC_SIZE, BINARY_VRS, TEXT_VRS, TS_SLOT, CHARSET_SLOT, MODALITY_SLOT, plans, READERS, MAX_ELEMENTS, MAX_HEADERS, MAX_SEQUENCE_HEADERS, budget;
var init_parse_header = __esm({
  "dist/lib/core/parse-header.js"() {
    "use strict";
    init_as_buffer();
    init_errors();
    init_detect_dicom();
    init_decode_text();
    init_tags();
    init_scan_elements();
    require4 = createRequire4(import.meta.url);
    dicomParserModule = () => loadedParser ??= require4("dicom-parser");
    PIXEL_DATA2 = "x7fe00010";
    CHARSET_TAG = 524293;
    MODALITY_TAG = 524384;
    MODALITY_SPEC = Object.freeze({ keyword: "Modality", tag: "00080060", key: "x00080060", vr: "CS", number: MODALITY_TAG });
    UNDEFINED_LENGTH = 4294967295;
    PIXEL_DATA_TAG = 2145386512;
    ITEM_TAG = 4294893568;
    TRANSFER_SYNTAX_TAG = 131088;
    IMPLICIT_LE = "1.2.840.10008.1.2";
    EXPLICIT_BE = "1.2.840.10008.1.2.2";
    DEFLATED = "1.2.840.10008.1.2.1.99";
    DEFAULT_MAX_INFLATED = 64 * 1024 * 1024;
    NUMERIC_SIZE = { US: 2, SS: 2, UL: 4, SL: 4, FL: 4, FD: 8 };
    BINARY_VRS = /* @__PURE__ */ new Set(["OB", "OD", "OF", "OL", "OV", "OW", "UN", "SV", "UV"]);
    TEXT_VRS = /* @__PURE__ */ new Set(["AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UI", "UR", "UT"]);
    TS_SLOT = 0;
    CHARSET_SLOT = 0;
    MODALITY_SLOT = 1;
    plans = /* @__PURE__ */ new WeakMap();
    READERS = {
      US: (v, at, le) => v.getUint16(at, le),
      SS: (v, at, le) => v.getInt16(at, le),
      UL: (v, at, le) => v.getUint32(at, le),
      SL: (v, at, le) => v.getInt32(at, le),
      FL: (v, at, le) => v.getFloat32(at, le),
      FD: (v, at, le) => v.getFloat64(at, le)
    };
    MAX_ELEMENTS = 8192;
    MAX_HEADERS = 16384;
    MAX_SEQUENCE_HEADERS = 131072;
    budget = { parse: MAX_HEADERS, sequences: MAX_SEQUENCE_HEADERS, sequencesCut: false };
  }
});

// dist/lib/core/read-head.js
import { open, fstat, read, close, constants, openSync, fstatSync, readSync, closeSync } from "node:fs";
function openWithBenchDelay(path, flags, cb) {
  if (BENCH_OPEN_DELAY_MS > 0)
    setTimeout(() => open(path, flags, cb), BENCH_OPEN_DELAY_MS);
  else
    open(path, flags, cb);
}
function readHead(path, want) {
  return new Promise((resolve3, reject) => readHeadInto(path, want, (err, head, reused) => {
    if (err)
      return reject(err);
    resolve3(reused ? { ...head, bytes: Buffer.from(head.bytes) } : head);
  }));
}
function readHeadInto(path, want, done2, readers2) {
  if (threadsAllowed && want <= SLOT_BYTES && readersReady() && freeCount > 0)
    return askNative(path, want, done2, readers2);
  readWithNode({ path, want, done: done2 });
}
function readWithNode(call) {
  readHeadJs(call.path, call.want).then((head) => call.done(null, head, false), (e) => call.done(e, void 0, false));
}
function readHeadJs(path, want) {
  return new Promise((resolve3, reject) => {
    openWithBenchDelay(path, OPEN_FLAGS, (err, fd) => {
      if (err)
        return reject(err);
      const finish2 = (e, head) => close(fd, () => e ? reject(e) : resolve3(head));
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
function askNative(path, want, done2, readers2) {
  const slot = freeSlots[--freeCount];
  askReaders = readers2 === void 0 ? SLOTS : Math.max(askReaders, readers2);
  calls[slot] = { path, want, done: done2 };
  askSlots[askPaths.length] = slot;
  askWants[askPaths.length] = want;
  askPaths.push(path);
  if (inFlight++ === 0)
    native.ref();
  if (askPaths.length === 1)
    queueMicrotask(submitAsked);
}
function submitAsked() {
  const count2 = askPaths.length;
  let queued;
  try {
    queued = native.submit(count2, askPaths, askSlots, askWants, Math.min(inFlight, askReaders));
  } catch {
    queued = 0;
  }
  for (let i = queued; i < count2; i++) {
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
function onBatch(count2) {
  for (let i = 0; i < count2; i++) {
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
var OPEN_FLAGS, BENCH_OPEN_DELAY_MS, native, blockingAllowed, threadsAllowed, nativeInfo, nativeStamp, NATIVE_TYPES, SLOTS, SLOT_BYTES, arena, results, doneSlots, freeSlots, freeCount, calls, askPaths, askSlots, askWants, inFlight, askReaders, readers, blockingReadsStamp;
var init_read_head = __esm({
  "dist/lib/core/read-head.js"() {
    "use strict";
    init_native_parts();
    OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
    BENCH_OPEN_DELAY_MS = Number(process.env.DICOM_CRAWLER_BENCH_OPEN_DELAY_MS) || 0;
    native = loadNative();
    blockingAllowed = native !== void 0 && nativeAllowed("head-reader");
    threadsAllowed = native !== void 0 && nativeAllowed("reader-threads");
    nativeInfo = new Float64Array(3);
    nativeStamp = new BigInt64Array(3);
    NATIVE_TYPES = [void 0, "fifo", "socket", "char-device", "block-device", "directory", "unknown"];
    SLOTS = 256;
    SLOT_BYTES = 16 * 1024;
    results = new Float64Array(SLOTS * 4);
    doneSlots = new Int32Array(SLOTS);
    freeSlots = new Int32Array(SLOTS);
    freeCount = 0;
    calls = new Array(SLOTS);
    askPaths = [];
    askSlots = new Int32Array(SLOTS);
    askWants = new Int32Array(SLOTS);
    inFlight = 0;
    askReaders = 0;
    blockingReadsStamp = blockingAllowed;
  }
});

// dist/lib/core/sniff-file.js
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
var INODE_MIME;
var init_sniff_file = __esm({
  "dist/lib/core/sniff-file.js"() {
    "use strict";
    init_detect_dicom();
    INODE_MIME = Object.freeze({
      fifo: "inode/fifo",
      socket: "inode/socket",
      "char-device": "inode/chardevice",
      "block-device": "inode/blockdevice",
      symlink: "inode/symlink",
      directory: "inode/directory",
      unknown: "inode/x-unknown"
    });
  }
});

// dist/lib/core/templates.js
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join5 } from "node:path";
function loadTemplates(file = DEFAULT_TEMPLATES_FILE) {
  let text2;
  try {
    text2 = readFileSync3(file, "utf8");
  } catch (e) {
    throw new CrawlerError("BAD_TEMPLATE", `${file}: cannot read template file (${e.code ?? e})`);
  }
  let json3;
  try {
    json3 = JSON.parse(text2);
  } catch (e) {
    throw new CrawlerError("BAD_TEMPLATE", `${file}: not valid JSON: ${jsonErrorWhere(text2, e)}`);
  }
  return parseTemplates(json3, file);
}
function parseTemplates(json3, source = "templates") {
  const fail = (what) => {
    throw new CrawlerError("BAD_TEMPLATE", `${source}: ${what}`);
  };
  if (!json3 || typeof json3 !== "object" || Array.isArray(json3))
    fail('expected an object mapping class names to lists of identifiers, like {"CT": ["CT", "ComputedTomography"]}');
  const classes = [];
  for (const [name, spec] of Object.entries(json3)) {
    if (!name.trim())
      fail("a class name is empty");
    let modalities;
    let paths;
    if (Array.isArray(spec)) {
      modalities = spec;
      paths = spec;
    } else if (spec && typeof spec === "object") {
      const o = spec;
      const unknownKeys = Object.keys(o).filter((k) => k !== "modalities" && k !== "paths");
      if (unknownKeys.length)
        fail(`class "${name}": unknown key "${unknownKeys[0]}" (allowed: modalities, paths)`);
      modalities = o.modalities ?? [];
      paths = o.paths ?? [];
    } else {
      fail(`class "${name}": expected a list of identifiers or {"modalities": [...], "paths": [...]}`);
    }
    const m = identifiers(modalities, `class "${name}"`, fail);
    const p = identifiers(paths, `class "${name}"`, fail);
    if (m.length === 0 && p.length === 0)
      fail(`class "${name}": the list of identifiers is empty`);
    classes.push(Object.freeze({ name, modalities: m, paths: p }));
  }
  if (classes.length === 0)
    fail("no classes defined");
  return Object.freeze(classes);
}
function identifiers(list, where, fail) {
  if (!Array.isArray(list))
    fail(`${where}: identifiers must be a list of strings`);
  const out = [];
  for (const id of list) {
    if (typeof id !== "string" || !id.trim())
      fail(`${where}: identifiers must be non-empty strings, got ${JSON.stringify(id)}`);
    out.push(id.trim().toUpperCase());
  }
  return Object.freeze(out);
}
function jsonErrorWhere(text2, e) {
  const message = e.message.replace(/, ".*" is not valid JSON$/s, "");
  const m = /position (\d+)/.exec(message);
  const pos = m ? Number(m[1]) : firstBadOffset(text2);
  const before = text2.slice(0, pos).split("\n");
  return `${message} (line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1})`;
}
function firstBadOffset(text2) {
  const viable = (n) => {
    try {
      JSON.parse(text2.slice(0, n));
      return true;
    } catch (e) {
      const msg = e.message;
      return /end of JSON input/.test(msg) || Number(/position (\d+)/.exec(msg)?.[1]) === n;
    }
  };
  let lo = 0;
  let hi = text2.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (viable(mid))
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}
var DEFAULT_TEMPLATES_FILE;
var init_templates = __esm({
  "dist/lib/core/templates.js"() {
    "use strict";
    init_package_root();
    init_errors();
    DEFAULT_TEMPLATES_FILE = join5(PACKAGE_ROOT, "modal-templates.json");
  }
});

// dist/lib/core/inspect.js
import { open as open2 } from "node:fs/promises";
function engine(options = {}) {
  return Object.freeze({
    tags: toTagSpecs(options.tags),
    templates: typeof options.templates === "object" ? options.templates : loadTemplates(options.templates),
    match: checkChoice("match", options.match ?? "token", MATCH_MODES),
    headBytes: checkPositiveInt("headBytes", options.headBytes ?? 4 * 1024),
    maxHeaderBytes: checkPositiveInt("maxHeaderBytes", options.maxHeaderBytes ?? 8 * 1024 * 1024),
    stamps: options.stamps === true
  });
}
function toTagSpecs(tags) {
  const list = tags ?? DEFAULT_TAGS;
  if (list.every((t) => typeof t !== "string"))
    return list;
  return resolveTags(list);
}
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
function inspectInto(entry, e, done2, readers2) {
  const early = notOpened(entry);
  if (early)
    return done2(fromSniffed(early, e));
  readHeadInto(entry.fsPath, e.headBytes, (err, head, reused) => {
    const sniffed = err ? unreadable(entry, err) : sniffHead(entry, head);
    if (!needsMime(sniffed))
      return done2(fromSniffed(sniffed, e));
    done2(withMime(sniffed, reused).then((named2) => fromSniffed(named2, e)));
  }, readers2);
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
var MATCH_MODES, BLOCKING, GROWTH, NO_VALUES;
var init_inspect = __esm({
  "dist/lib/core/inspect.js"() {
    "use strict";
    init_classify();
    init_mime();
    init_parse_header();
    init_read_head();
    init_sniff_file();
    init_tags();
    init_templates();
    init_errors();
    init_walk();
    MATCH_MODES = Object.freeze(["token", "substring"]);
    BLOCKING = Object.freeze({ sync: true });
    GROWTH = 8;
    NO_VALUES = Object.freeze({});
  }
});

// dist/lib/util/ordered-parallel.js
import { Transform } from "node:stream";
function orderedParallel(fn, concurrency, options = {}) {
  const reorder = Math.max(options.reorder ?? 8 * concurrency, concurrency);
  const ring = new Array(reorder);
  let head = 0;
  let held = 0;
  let running = 0;
  let waiting;
  let flushed;
  let failed = false;
  const end = (stream2, cb) => {
    const done2 = options.onEnd?.(stream2);
    if (done2 instanceof Promise)
      done2.then(() => cb(), (e) => cb(e));
    else
      cb();
  };
  const hold = (slot) => {
    ring[(head + held) % reorder] = slot;
    held++;
  };
  const hasRoom = () => running < concurrency && held < reorder;
  const drain = (stream2) => {
    while (held > 0 && ring[head].done) {
      const { value } = ring[head];
      ring[head] = void 0;
      head = (head + 1) % reorder;
      held--;
      if (value !== void 0)
        stream2.push(value);
    }
    if (waiting && hasRoom()) {
      const cb = waiting;
      waiting = void 0;
      cb();
    }
    if (flushed && held === 0) {
      const cb = flushed;
      flushed = void 0;
      end(stream2, cb);
    }
  };
  const stream = new Transform({
    objectMode: true,
    highWaterMark: options.highWaterMark ?? 16,
    transform(item, _enc, callback) {
      let slot;
      const settle = (err, value) => {
        if (err) {
          failed = true;
          return void this.destroy(err);
        }
        if (value instanceof Promise)
          return void value.then((v) => settle(null, v), (e) => settle(e));
        running--;
        if (!slot) {
          slot = { done: true, value };
          return;
        }
        slot.done = true;
        slot.value = value;
        if (!failed)
          drain(this);
      };
      let result;
      running++;
      try {
        result = fn(item, settle);
      } catch (e) {
        return callback(e);
      }
      if (result === LATER) {
        if (slot)
          result = slot.value;
        else {
          slot = { done: false, value: void 0 };
          hold(slot);
          return hasRoom() ? callback() : void (waiting = callback);
        }
      } else {
        running--;
      }
      if (!(result instanceof Promise)) {
        if (held === 0) {
          if (result !== void 0)
            this.push(result);
          return callback();
        }
        hold({ done: true, value: result });
        return hasRoom() ? callback() : waiting = callback;
      }
      const pending = { done: false, value: void 0 };
      hold(pending);
      running++;
      result.then((value) => {
        running--;
        pending.done = true;
        pending.value = value;
        if (!failed)
          drain(this);
      }, (e) => {
        failed = true;
        this.destroy(e);
      });
      if (hasRoom())
        callback();
      else
        waiting = callback;
    },
    flush(callback) {
      if (held > 0)
        return void (flushed = callback);
      end(this, callback);
    }
  });
  return stream;
}
var LATER;
var init_ordered_parallel = __esm({
  "dist/lib/util/ordered-parallel.js"() {
    "use strict";
    LATER = /* @__PURE__ */ Symbol("later");
  }
});

// dist/lib/stages/sniff.js
function yieldEvery(ms) {
  let lastYield = Date.now();
  return (value) => {
    const now = Date.now();
    if (now - lastYield < ms)
      return value;
    lastYield = now;
    return new Promise((resolve3) => setImmediate(() => resolve3(value)));
  };
}
var MIME_WINDOW, DEFAULTS2;
var init_sniff = __esm({
  "dist/lib/stages/sniff.js"() {
    "use strict";
    init_inspect();
    init_sniff_file();
    init_errors();
    init_ordered_parallel();
    MIME_WINDOW = 16;
    DEFAULTS2 = Object.freeze({ headBytes: 4 * 1024, concurrency: 1, keepNonDicom: false });
  }
});

// dist/lib/util/small-heap.js
import { setFlagsFromString } from "node:v8";
function smallHeap() {
  if (done)
    return;
  done = true;
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--optimize-for-size");
}
function keepSmallHeap() {
  if (!done)
    return;
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--optimize-for-size");
}
var done;
var init_small_heap = __esm({
  "dist/lib/util/small-heap.js"() {
    "use strict";
    done = false;
  }
});

// dist/lib/core/value-multiplicity.js
var MULTI_VALUED;
var init_value_multiplicity = __esm({
  "dist/lib/core/value-multiplicity.js"() {
    "use strict";
    MULTI_VALUED = Object.freeze({
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
  }
});

// dist/lib/core/typed-values.js
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
function typedValue(text2, type) {
  if (text2 === null || text2 === void 0)
    return null;
  if (type.list) {
    if (text2 === "")
      return [];
    const parts = text2.split("\\");
    if (type.kind === "text")
      return parts;
    return parts.map((p) => p.trim() === "" ? null : parseOrKeep(p, type));
  }
  if (type.kind === "text")
    return text2;
  if (text2.trim() === "")
    return null;
  return text2.includes("\\") ? text2 : parseOrKeep(text2, type);
}
function parseOrKeep(text2, type) {
  const n = parseValue(text2, type);
  return n === void 0 ? text2 : n;
}
function parseValue(text2, type) {
  const t = text2.trim();
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
function calendarMs(year, month, day) {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  d.setUTCFullYear(year);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d.getTime() : void 0;
}
function parseDate(text2) {
  const m = DA.exec(text2);
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
function parseTime(text2) {
  const m = TM.exec(text2);
  return m ? micros(m[1], m[2], m[3], m[4]) : void 0;
}
function parseDateTime(text2) {
  const m = DT.exec(text2);
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
function isNumber(text2) {
  const n = text2.length;
  let i = isSign(text2.charCodeAt(0)) ? 1 : 0;
  let digits = 0;
  while (i < n && isDigit(text2.charCodeAt(i)))
    i++, digits++;
  if (text2.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(text2.charCodeAt(i)))
      i++, digits++;
  }
  if (digits === 0)
    return false;
  if (i < n && (text2.charCodeAt(i) | 32) === 101) {
    i++;
    if (isSign(text2.charCodeAt(i)))
      i++;
    const from = i;
    while (i < n && isDigit(text2.charCodeAt(i)))
      i++;
    if (i === from)
      return false;
  }
  return i === n;
}
var KIND_BY_VR, ONE_VALUE, MAX_LENGTH, INTEGER_RANGE, DATE_KINDS, INTEGER, DA, TM, DT, DAY_MS, UntypedCounts, isDigit, isSign;
var init_typed_values = __esm({
  "dist/lib/core/typed-values.js"() {
    "use strict";
    init_value_multiplicity();
    KIND_BY_VR = Object.freeze({
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
    ONE_VALUE = /* @__PURE__ */ new Set(["LT", "ST", "UT", "UR", "SQ", "OB", "OD", "OF", "OL", "OV", "OW", "SV", "UV"]);
    MAX_LENGTH = Number.MAX_SAFE_INTEGER;
    INTEGER_RANGE = Object.freeze({
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
    DATE_KINDS = /* @__PURE__ */ new Set(["date", "time", "timestamp"]);
    INTEGER = /^[+-]?\d+$/;
    DA = /^(\d{4})\.?(\d{2})\.?(\d{2})$/;
    TM = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:\.(\d{1,6}))?)?)?$/;
    DT = /^(\d{4})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:\.(\d{1,6}))?)?)?)?)?)?$/;
    DAY_MS = 864e5;
    UntypedCounts = class {
      byColumn = /* @__PURE__ */ new Map();
      add(keyword, text2, path) {
        const seen = this.byColumn.get(keyword);
        if (seen)
          seen.count++;
        else
          this.byColumn.set(keyword, { count: 1, value: text2, path });
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
    isDigit = (c) => c >= 48 && c <= 57;
    isSign = (c) => c === 43 || c === 45;
  }
});

// dist/lib/core/csv-line.js
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
function csvHeader(columns) {
  return `${columns.map(csvCell).join(",")}
`;
}
var FORMULA_START, NEEDS_QUOTES;
var init_csv_line = __esm({
  "dist/lib/core/csv-line.js"() {
    "use strict";
    init_typed_values();
    FORMULA_START = /^[=+\-@\t\r]/;
    NEEDS_QUOTES = /[",\n\r]/;
  }
});

// dist/lib/core/ndjson-line.js
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
function jsonString(text2) {
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92 || c >= 55296 && c <= 57343)
      return JSON.stringify(text2);
  }
  return `"${text2}"`;
}
function ndjsonLine(record, tags, untyped) {
  const columns = columnsOf(tags);
  const values = record.attributes;
  let line = `{"path":${json(record.path)},"size":${json(record.size)},"dicom":${json(record.dicom)},"mime":${json(record.mime)},"modality_class":${json(record.modality_class)},"class_source":${json(record.class_source)},"error":${json(record.error ?? record.skip ?? null)},"error_code":${json(record.error_code)}`;
  for (let i = 0; i < tags.length; i++) {
    const column = columns[i];
    const text2 = values[tags[i].keyword];
    if (column.plain || text2 === null || text2 === void 0) {
      line += column.key + json(text2);
      continue;
    }
    const typed = typedValue(text2, column.type);
    if (untyped && hasUntyped(typed, column.type))
      untyped.add(column.type.keyword, text2, record.path);
    line += column.key + (Array.isArray(typed) ? JSON.stringify(typed) : json(typed));
  }
  return `${line}}
`;
}
var columnsByTags, NDJSON_TYPING;
var init_ndjson_line = __esm({
  "dist/lib/core/ndjson-line.js"() {
    "use strict";
    init_typed_values();
    columnsByTags = /* @__PURE__ */ new WeakMap();
    NDJSON_TYPING = Object.freeze({ datesAsText: true });
  }
});

// dist/lib/parallel/batch.js
function revive(entry) {
  if (typeof entry.fsPath !== "string")
    entry.fsPath = asBuffer(entry.fsPath);
  return entry;
}
var TEXT_START, BatchRunner, MAX_WAITING, Output;
var init_batch = __esm({
  "dist/lib/parallel/batch.js"() {
    "use strict";
    init_as_buffer();
    init_inspect();
    init_stats();
    init_csv_line();
    init_ndjson_line();
    init_typed_values();
    init_sniff();
    TEXT_START = 128 * 1024;
    BatchRunner = class {
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
        const flush2 = async () => {
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
            await flush2();
          const turn = this.breathe(void 0);
          if (turn)
            await turn;
        }
        await flush2();
        for (const p of counted)
          out.count(await p);
      }
    };
    MAX_WAITING = 16;
    Output = class {
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
        const text2 = this.line(record);
        if (this.used + text2.length * 3 > this.buf.length) {
          const bigger = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.used + text2.length * 3));
          this.buf.copy(bigger, 0, 0, this.used);
          this.buf = bigger;
        }
        this.used += this.buf.write(text2, this.used);
      }
      /** A file that is not DICOM, named after its record went (or was not written): counted only. */
      count(record) {
        this.stats.add(record);
        if (this.setup.reportNamed)
          this.named.push(record);
      }
    };
  }
});

// dist/lib/parallel/jobs.js
import { Transform as Transform2 } from "node:stream";
import { Worker } from "node:worker_threads";
function inWorkers(setup, jobs, options = {}) {
  const text2 = setup.output !== "records";
  const stats = new CrawlStats();
  const startAfterMs = options.startAfterMs ?? 0;
  let firstBatchAt;
  const threads = jobs - 1;
  const maxOut = jobs * PER_WORKER + 2;
  const workers = [];
  let local;
  const done2 = /* @__PURE__ */ new Map();
  let batch = [];
  let sent = 0;
  let emitted = 0;
  let held;
  let flushed;
  let scheduled;
  let failed = false;
  let finished = false;
  const fail = (err) => {
    if (failed)
      return;
    failed = true;
    stop2();
    stream.destroy(err);
  };
  const stop2 = () => {
    for (const w of workers) {
      void w.worker.terminate();
      w.worker.unref();
    }
  };
  const start = () => {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(WORKER_FILE, { workerData: setup, resourceLimits: RESOURCE_LIMITS });
      const slot = { worker, out: 0, online: false };
      worker.once("online", () => {
        keepSmallHeap();
        slot.online = true;
        if (!scheduled && batch.length)
          scheduled = setImmediate(dispatch);
      });
      worker.on("message", (r) => {
        slot.out--;
        if (r.failed)
          return fail(new Error(`worker thread failed: ${r.failed}`));
        done2.set(r.seq, r);
        drain();
      });
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (!failed && !finished)
          fail(new Error(`worker thread ended early (exit code ${code})`));
      });
      workers.push(slot);
    }
    stats.threads = 1 + threads;
  };
  let header = options.header;
  const sendHeader = () => {
    if (header)
      stream.push(header);
    header = void 0;
  };
  const inFlight2 = () => sent - emitted;
  const readyWorker = () => {
    let to;
    for (const w of workers)
      if (w.online && w.out < PER_WORKER && (!to || w.out < to.out))
        to = w;
    return to;
  };
  const dispatch = (then) => {
    if (scheduled)
      clearImmediate(scheduled);
    scheduled = void 0;
    if (batch.length === 0 || failed)
      return then?.();
    firstBatchAt ??= Date.now();
    if (workers.length === 0 && Date.now() - firstBatchAt >= startAfterMs)
      start();
    const b = { seq: sent++, entries: batch };
    batch = [];
    const proceed = () => {
      if (!then)
        return;
      if (inFlight2() < maxOut)
        then();
      else
        held = then;
    };
    const to = readyWorker();
    if (to) {
      to.out++;
      to.worker.postMessage(b);
      return proceed();
    }
    local ??= new BatchRunner(setup);
    local.run(b).then((r) => {
      done2.set(r.seq, r);
      drain();
      proceed();
    }, fail);
  };
  const drain = () => {
    for (let r = done2.get(emitted); r; r = done2.get(emitted)) {
      done2.delete(emitted++);
      stats.merge(r.stats);
      if (r.untyped)
        options.untyped?.merge(r.untyped);
      sendHeader();
      if (text2) {
        if (r.text.length)
          stream.push(asBuffer(r.text));
      } else
        for (const record of r.records)
          stream.push(record);
      if (r.named)
        for (const record of r.named)
          options.onNamed?.(record);
    }
    if (held && inFlight2() < maxOut) {
      const cb = held;
      held = void 0;
      cb();
    }
    if (flushed && inFlight2() === 0) {
      const cb = flushed;
      flushed = void 0;
      finished = true;
      sendHeader();
      stop2();
      stats.end();
      stream.emit("stats", stats.toJSON());
      cb();
    }
  };
  const stream = new Transform2({
    writableObjectMode: true,
    readableObjectMode: !text2,
    // Text: a few batches' worth of output waits for the writer; records: as many as a batch.
    readableHighWaterMark: text2 ? 256 * 1024 : BATCH,
    transform(entry, _enc, callback) {
      if (options.select && !options.select(entry))
        return callback();
      batch.push(entry);
      if (batch.length >= BATCH)
        return dispatch(callback);
      if (!scheduled && workers.some((w) => w.online && w.out === 0))
        scheduled = setImmediate(dispatch);
      callback();
    },
    flush(callback) {
      dispatch(() => {
        flushed = callback;
        drain();
      });
    },
    destroy(err, callback) {
      if (scheduled)
        clearImmediate(scheduled);
      failed = true;
      stop2();
      callback(err);
    }
  });
  stream.stats = stats;
  return stream;
}
var BATCH, PER_WORKER, RESOURCE_LIMITS, WORKER_FILE;
var init_jobs = __esm({
  "dist/lib/parallel/jobs.js"() {
    "use strict";
    init_as_buffer();
    init_stats();
    init_small_heap();
    init_batch();
    BATCH = 256;
    PER_WORKER = 2;
    RESOURCE_LIMITS = Object.freeze({ maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 128 });
    WORKER_FILE = new URL("./crawl-worker.js", import.meta.url);
  }
});

// dist/lib/core/record-fields.js
function recordColumns(tags) {
  return [...FIXED_FIELDS, ...tags.map((t) => t.keyword)];
}
var FIXED_FIELDS;
var init_record_fields = __esm({
  "dist/lib/core/record-fields.js"() {
    "use strict";
    init_typed_values();
    init_ndjson_line();
    FIXED_FIELDS = Object.freeze(["path", "size", "dicom", "mime", "modality_class", "class_source", "error", "error_code"]);
  }
});

// dist/lib/stages/read-header.js
var DEFAULTS3;
var init_read_header = __esm({
  "dist/lib/stages/read-header.js"() {
    "use strict";
    init_inspect();
    init_ordered_parallel();
    init_errors();
    DEFAULTS3 = Object.freeze({ maxHeaderBytes: 8 * 1024 * 1024, concurrency: 4 });
  }
});

// dist/lib/util/text-batches.js
import { Transform as Transform3 } from "node:stream";
function textBatches(toText, options = {}) {
  const buf = Buffer.allocUnsafe(BATCH2);
  let used = 0;
  let scheduled;
  const stream = new Transform3({
    writableObjectMode: true,
    readableObjectMode: false,
    transform(item, _enc, callback) {
      let text2;
      try {
        text2 = toText(item);
      } catch (e) {
        return callback(e);
      }
      add(text2);
      callback();
    },
    flush(callback) {
      send();
      callback();
    }
  });
  function add(text2) {
    if (used + text2.length * 3 > BATCH2) {
      send();
      if (text2.length * 3 > BATCH2) {
        stream.push(Buffer.from(text2, "utf8"));
        return;
      }
    }
    used += buf.write(text2, used, "utf8");
    scheduled ??= setImmediate(send);
  }
  function send() {
    if (scheduled)
      clearImmediate(scheduled);
    scheduled = void 0;
    if (used === 0 || stream.destroyed)
      return;
    const out = Buffer.from(buf.subarray(0, used));
    used = 0;
    stream.push(out);
  }
  if (options.header)
    add(options.header);
  return stream;
}
var BATCH2;
var init_text_batches = __esm({
  "dist/lib/util/text-batches.js"() {
    "use strict";
    BATCH2 = 64 * 1024;
  }
});

// dist/lib/stages/to-csv.js
function toCsv(options = {}) {
  const tags = toTagSpecs(options.tags);
  const escape = options.escapeFormulas ?? false;
  return textBatches((record) => csvLine(record, tags, escape), { header: csvHeader(recordColumns(tags)) });
}
var init_to_csv = __esm({
  "dist/lib/stages/to-csv.js"() {
    "use strict";
    init_csv_line();
    init_record_fields();
    init_read_header();
    init_text_batches();
    init_csv_line();
  }
});

// dist/lib/stages/to-ndjson.js
function toNdjson(options = {}) {
  const tags = toTagSpecs(options.tags);
  const untyped = new UntypedCounts();
  const stream = textBatches((record) => ndjsonLine(record, tags, untyped));
  stream.untyped = untyped;
  return stream;
}
var init_to_ndjson = __esm({
  "dist/lib/stages/to-ndjson.js"() {
    "use strict";
    init_ndjson_line();
    init_typed_values();
    init_read_header();
    init_text_batches();
  }
});

// dist/lib/io/fs-type.js
import { statfsSync } from "node:fs";
function rootFileSystem(root) {
  let type = 0;
  try {
    type = statfsSync(root).type >>> 0;
  } catch {
    return { type: 0, name: "unknown", mode: "local" };
  }
  const net = NETWORK_FILE_SYSTEMS.get(type);
  return { type, name: net ?? `0x${type.toString(16)}`, mode: net ? "network" : "local" };
}
function networkListAhead() {
  return Math.min(16, Number(process.env.UV_THREADPOOL_SIZE) || 4);
}
function readModes(roots, concurrency) {
  return roots.map((root) => {
    const fsType = rootFileSystem(root);
    const fileSystem = LOCAL_NAMES.get(fsType.type) ?? fsType.name;
    if (concurrency !== void 0)
      return { root, fileSystem, mode: concurrency > 1 ? "network" : "local", concurrency, chosen: "option" };
    return { root, fileSystem, mode: fsType.mode, concurrency: fsType.mode === "network" ? NETWORK_CONCURRENCY : 1, chosen: "detected" };
  });
}
var NETWORK_FILE_SYSTEMS, NETWORK_CONCURRENCY, FILES_PER_READER, LOCAL_NAMES;
var init_fs_type = __esm({
  "dist/lib/io/fs-type.js"() {
    "use strict";
    NETWORK_FILE_SYSTEMS = /* @__PURE__ */ new Map([
      [26985, "nfs"],
      [4266872130, "smb2"],
      [4283649346, "cifs"],
      [20859, "smb"],
      [1702057286, "fuse"],
      [198183888, "lustre"],
      [1196443219, "gpfs"],
      [12805120, "ceph"],
      [16914839, "9p"],
      [428016422, "beegfs"],
      [1397113167, "afs"],
      [1799439955, "afs"],
      [1937076805, "coda"],
      [18225520, "gfs2"],
      [1952539503, "ocfs2"],
      [2866260714, "panfs"],
      [19993e3, "ibrix"],
      [22092, "ncp"],
      [2020557398, "vboxsf"],
      [3133910204, "vmhgfs"]
    ]);
    NETWORK_CONCURRENCY = 32;
    FILES_PER_READER = 2;
    LOCAL_NAMES = /* @__PURE__ */ new Map([
      [61267, "ext4"],
      [1481003842, "xfs"],
      [2435016766, "btrfs"],
      [16914836, "tmpfs"],
      [2035054128, "overlayfs"],
      [801189825, "zfs"],
      [1397118030, "ntfs"],
      [19780, "vfat"],
      [538032816, "exfat"],
      [38496, "iso9660"]
    ]);
  }
});

// dist/lib/crawl.js
import { availableParallelism } from "node:os";
import { pipeline } from "node:stream";
function crawl(roots, options = {}) {
  const e = engine(options);
  if (options.concurrency !== void 0)
    checkPositiveInt("concurrency", options.concurrency, 4096);
  const shard = typeof options.shard === "string" ? parseShard(options.shard) : options.shard && checkShard(options.shard);
  const format = options.format === void 0 ? void 0 : checkChoice("format", options.format, FORMATS);
  const jobs = options.jobs === void 0 ? Math.max(1, availableParallelism() - 1) : checkPositiveInt("jobs", options.jobs, 256);
  const stats = new CrawlStats();
  stats.readModes = readModes(typeof roots === "string" ? [roots] : roots, options.concurrency);
  const modeOf = new Map(stats.readModes.map((m) => [m.root, m]));
  const blocking = (root) => (modeOf.get(root)?.concurrency ?? 1) === 1;
  const concurrency = Math.max(...stats.readModes.map((m) => m.concurrency), 1);
  const listAhead = networkListAhead();
  const source = walk(roots, {
    followSymlinks: options.followSymlinks ?? false,
    followOutsideRoots: options.followOutsideRoots ?? false,
    announceDirs: options.announceDirs ?? false,
    sync: blocking,
    listAhead: (root) => blocking(root) ? 0 : listAhead,
    ignore: options.ignore ?? [],
    ...shard ? { shard } : {},
    ...options.filterFiles ? { filterFiles: options.filterFiles } : {}
  });
  const header = format === "csv" ? csvHeader(recordColumns(e.tags)) : void 0;
  if (jobs > 1 && stats.readModes.every((m) => m.concurrency === 1) && nativeNamerBuilt()) {
    const untyped = format === "ndjson" ? new UntypedCounts() : void 0;
    const setup = { engine: e, output: format ?? "records", escapeFormulas: options.escapeFormulas ?? false, allFiles: options.allFiles ?? false, recordMime: options.recordMime ?? true, reportNamed: options.onNamed !== void 0 };
    const stage = inWorkers(setup, jobs, {
      ...header ? { header } : {},
      ...options.select ? { select: options.select } : {},
      ...options.onNamed ? { onNamed: options.onNamed } : {},
      ...untyped ? { untyped } : {},
      startAfterMs: options.jobs === void 0 ? START_AFTER_MS : 0
    });
    stage.stats.readModes = stats.readModes;
    if (untyped)
      stage.untyped = untyped;
    pipeline(source, stage, () => {
    });
    return stage;
  }
  const readersOf = (root) => modeOf.get(root)?.concurrency ?? concurrency;
  const records = crawlHere(source, e, stats, blocking, readersOf, concurrency, options);
  if (!format)
    return records;
  const ndjson = format === "ndjson" ? toNdjson({ tags: e.tags }) : void 0;
  const text2 = ndjson ?? toCsv({ tags: e.tags, escapeFormulas: options.escapeFormulas ?? false });
  text2.stats = stats;
  if (ndjson)
    text2.untyped = ndjson.untyped;
  records.on("stats", (summary) => text2.emit("stats", summary));
  pipeline(records, text2, () => {
  });
  return text2;
}
function crawlHere(source, e, stats, blocking, readersOf, concurrency, options) {
  const keep = (record) => stats.keep(record, options.allFiles) ? record : void 0;
  const detached = /* @__PURE__ */ new Set();
  const detach = (work) => {
    const tracked = work.catch((err) => files.destroy(err)).finally(() => detached.delete(tracked));
    detached.add(tracked);
  };
  const waitForMime = options.allFiles && options.recordMime !== false;
  let handedOver = false;
  const later = (named2) => {
    if (waitForMime || detached.size >= MAX_DETACHED)
      return false;
    const onNamed = options.onNamed;
    detach(named2.then((record) => (stats.add(record), onNamed?.(record))));
    return handedOver = true;
  };
  const breathe = yieldEvery(25);
  const onEnd = async (stream) => {
    while (detached.size)
      await Promise.all(detached);
    stats.end();
    stream.emit("stats", stats.toJSON());
  };
  const plan = { sync: true, scratch: Buffer.allocUnsafe(e.headBytes), later };
  const select = options.select;
  const files = orderedParallel(
    (entry, settle) => {
      if (select && !select(entry))
        return breathe(void 0);
      if (!blocking(entry.root)) {
        inspectInto(entry, e, (record2) => settle(null, record2 instanceof Promise ? record2.then(keep) : keep(record2)), readersOf(entry.root));
        return LATER;
      }
      handedOver = false;
      const record = inspect(entry, e, plan);
      if (record instanceof Promise)
        return record.then((r) => breathe(keep(r)));
      return breathe(handedOver ? options.allFiles ? record : void 0 : keep(record));
    },
    // Even with blocking reads, let libmagic (milliseconds per non-DICOM file,
    // on its own threads) name a few files while the next ones are read.
    // Asynchronous reads: a file waits for each reader thread beside the one it reads.
    Math.max(concurrency === 1 ? 1 : concurrency * FILES_PER_READER, MIME_WINDOW),
    // Blocking reads hold results only behind libmagic and the event loop's
    // turns: as few as before, so records (and a catalogue's commits) flow evenly.
    { onEnd, ...concurrency === 1 ? { reorder: MIME_WINDOW } : {} }
  );
  const stages = files;
  stages.stats = stats;
  pipeline(source, stages, () => {
  });
  return stages;
}
var MAX_DETACHED, FORMATS, START_AFTER_MS;
var init_crawl = __esm({
  "dist/lib/crawl.js"() {
    "use strict";
    init_stats();
    init_walk();
    init_sniff();
    init_inspect();
    init_errors();
    init_jobs();
    init_mime();
    init_csv_line();
    init_record_fields();
    init_typed_values();
    init_to_csv();
    init_to_ndjson();
    init_ordered_parallel();
    init_shard();
    init_fs_type();
    MAX_DETACHED = 256;
    FORMATS = Object.freeze(["csv", "ndjson"]);
    START_AFTER_MS = 3e3;
  }
});

// dist/lib/formats/parquet-columns.js
function optional(name, leaf) {
  return { name, repetition_type: "OPTIONAL", ...leaf };
}
function columnSchema(name, leaf, list) {
  if (!list)
    return [optional(name, leaf)];
  return [
    { name, repetition_type: "OPTIONAL", converted_type: "LIST", num_children: 1 },
    { name: "list", repetition_type: "REPEATED", num_children: 1 },
    optional("element", leaf)
  ];
}
function fixedValue(record, field) {
  switch (field) {
    case "error":
      return record.error ?? record.skip ?? null;
    case "mtime":
      return record.mtime ? record.mtime.getTime() : null;
    default: {
      const v = record[field];
      return v === void 0 || v === null ? null : typeof v === "number" ? v : String(v);
    }
  }
}
var UNTYPED_COLUMN, STRING, LEAF_BY_KIND, FIXED_LEAF, INT64_KINDS, ParquetColumns;
var init_parquet_columns = __esm({
  "dist/lib/formats/parquet-columns.js"() {
    "use strict";
    init_record_fields();
    init_typed_values();
    UNTYPED_COLUMN = "untyped";
    STRING = { type: "BYTE_ARRAY", converted_type: "UTF8" };
    LEAF_BY_KIND = Object.freeze({
      integer: { type: "INT32" },
      bigint: { type: "INT64" },
      double: { type: "DOUBLE" },
      date: { type: "INT32", converted_type: "DATE" },
      time: { type: "INT64", logical_type: { type: "TIME", isAdjustedToUTC: false, unit: "MICROS" } },
      // The date and time as written in the file: DICOM DT without an offset is local time.
      timestamp: { type: "INT64", logical_type: { type: "TIMESTAMP", isAdjustedToUTC: false, unit: "MICROS" } },
      text: STRING
    });
    FIXED_LEAF = Object.freeze({
      size: { type: "INT64" },
      mtime: { type: "INT64", logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" } }
    });
    INT64_KINDS = /* @__PURE__ */ new Set(["bigint", "time", "timestamp"]);
    ParquetColumns = class {
      tags;
      untyped;
      schema;
      names;
      types;
      fixedInt64;
      /** Statistics (min/max per row group, for readers to skip groups) on typed columns only: on text they cost about a third of the writing. */
      statistics;
      columns = [];
      rows = 0;
      constructor(tags, untyped) {
        this.tags = tags;
        this.untyped = untyped;
        this.types = tags.map((t) => columnType(t));
        this.fixedInt64 = FIXED_FIELDS.map((f) => FIXED_LEAF[f]?.type === "INT64");
        this.names = [...FIXED_FIELDS, ...tags.map((t) => t.keyword), UNTYPED_COLUMN];
        const children = [
          ...FIXED_FIELDS.flatMap((f) => columnSchema(f, FIXED_LEAF[f] ?? STRING, false)),
          ...this.types.flatMap((t) => columnSchema(t.keyword, LEAF_BY_KIND[t.kind], t.list)),
          ...columnSchema(UNTYPED_COLUMN, STRING, false)
        ];
        this.schema = [{ name: "root", num_children: this.names.length }, ...children];
        this.statistics = [...FIXED_FIELDS.map((f) => f in FIXED_LEAF), ...this.types.map((t) => t.kind !== "text"), false];
        this.reset();
      }
      reset() {
        this.columns = this.names.map(() => []);
        this.rows = 0;
      }
      /** Adds one record as a row. */
      add(record) {
        const cols = this.columns;
        let c = 0;
        for (let f = 0; f < FIXED_FIELDS.length; f++) {
          const v = fixedValue(record, FIXED_FIELDS[f]);
          cols[c++].push(v === null ? null : this.fixedInt64[f] ? BigInt(v) : typeof v === "number" ? String(v) : v);
        }
        let kept;
        for (let i = 0; i < this.tags.length; i++) {
          const type = this.types[i];
          const text2 = record.attributes[this.tags[i].keyword];
          const typed = typedValue(text2, type);
          let value = typed;
          if (type.kind !== "text" && typed !== null) {
            let failed = false;
            const physical = (v) => {
              if (typeof v === "string") {
                failed = true;
                return null;
              }
              return v === null || !INT64_KINDS.has(type.kind) ? v : BigInt(v);
            };
            value = Array.isArray(typed) ? typed.map(physical) : physical(typed);
            if (failed) {
              ;
              (kept ??= {})[type.keyword] = text2;
              this.untyped?.add(type.keyword, text2, record.path);
            }
          }
          cols[c++].push(value);
        }
        cols[c].push(kept ? JSON.stringify(kept) : null);
        this.rows++;
      }
      /** The rows added since the last call, as hyparquet-writer's column data; starts the next row group. */
      take() {
        const data = this.names.map((name, i) => ({ name, data: this.columns[i], statistics: this.statistics[i] }));
        this.reset();
        return data;
      }
    };
  }
});

// dist/lib/stages/to-parquet.js
import { Transform as Transform4 } from "node:stream";
function toParquet(options = {}) {
  const tags = toTagSpecs(options.tags);
  const rowGroupSize = options.rowGroupSize ?? 1e4;
  checkPositiveInt("rowGroupSize", rowGroupSize);
  const untyped = new UntypedCounts();
  const columns = new ParquetColumns(tags, untyped);
  let writer;
  const writeGroup = () => {
    if (columns.rows)
      writer.write({ columnData: columns.take(), rowGroupSize: Infinity });
  };
  const stream = new Transform4({
    writableObjectMode: true,
    readableObjectMode: false,
    // The writer's module loads only when a Parquet file is asked for.
    construct(callback) {
      import("hyparquet-writer").then(({ ByteWriter, ParquetWriter }) => {
        const bytes = new ByteWriter(1 << 16);
        bytes.flush = () => {
          if (bytes.index)
            stream.push(Buffer.from(new Uint8Array(bytes.buffer, 0, bytes.index)));
          bytes.index = 0;
        };
        bytes.finish = bytes.flush;
        writer = new ParquetWriter({ writer: bytes, schema: columns.schema, createdBy: "dicom-crawler" });
        callback();
      }, callback);
    },
    transform(record, _enc, callback) {
      try {
        columns.add(record);
        if (columns.rows >= rowGroupSize)
          writeGroup();
      } catch (e) {
        return callback(e);
      }
      callback();
    },
    flush(callback) {
      try {
        writeGroup();
        writer.finish();
      } catch (e) {
        return callback(e);
      }
      callback();
    }
  });
  stream.untyped = untyped;
  return stream;
}
var init_to_parquet = __esm({
  "dist/lib/stages/to-parquet.js"() {
    "use strict";
    init_parquet_columns();
    init_typed_values();
    init_errors();
    init_read_header();
  }
});

// dist/cli/atomic-output.js
import { closeSync as closeSync2, fsyncSync, lstatSync, open as open3, openSync as openSync2, readdirSync as readdirSync2, readFileSync as readFileSync4, readlinkSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { Writable } from "node:stream";
import { basename as basename2, dirname as dirname2, join as join6 } from "node:path";
function syncWriter(fd, flush2) {
  let isOpen = true;
  const closeOnce = () => {
    if (!isOpen)
      return;
    isOpen = false;
    closeSync2(fd);
  };
  return new Writable({
    write(chunk, _enc, callback) {
      try {
        for (let done2 = 0; done2 < chunk.length; )
          done2 += writeSync(fd, chunk, done2, chunk.length - done2);
      } catch (e) {
        return callback(e);
      }
      callback();
    },
    final(callback) {
      try {
        if (flush2)
          fsyncSync(fd);
        closeOnce();
      } catch (e) {
        return callback(e);
      }
      callback();
    },
    destroy(err, callback) {
      try {
        closeOnce();
      } catch {
      }
      callback(err);
    }
  });
}
function tempName(base, pid) {
  return `.${base}.${pid}.tmp`;
}
function removeStaleTemps(target) {
  const dir = dirname2(target);
  const prefix = `.${basename2(target)}.`;
  let names;
  try {
    names = readdirSync2(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp"))
      continue;
    const pid = Number(name.slice(prefix.length, -".tmp".length));
    if (!Number.isInteger(pid) || pid <= 0 || name !== tempName(basename2(target), pid))
      continue;
    if (pid !== process.pid && isAlive(pid))
      continue;
    const path = join6(dir, name);
    try {
      if (lstatSync(path).isFile())
        rmSync(path, { force: true });
    } catch {
    }
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code !== "ESRCH";
  }
}
function syncFolder(dir) {
  let fd;
  try {
    fd = openSync2(dir, "r");
    fsyncSync(fd);
  } catch {
  } finally {
    if (fd !== void 0)
      closeSync2(fd);
  }
}
function isStdout(target) {
  return target === void 0 || target === "-";
}
function checkStdoutOpen() {
  try {
    if (readlinkSync("/proc/self/fd/1") !== "/dev/null")
      return;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync4("/proc/self/fdinfo/1", "utf8"))?.[1];
    if (flags === void 0 || (parseInt(flags, 8) & 3) !== 2)
      return;
  } catch {
    return;
  }
  throw new CrawlerError("OUTPUT_FAILED", "cannot write the output: stdout is closed; redirect it (> files.csv) or use --output FILE");
}
function existingKind(target) {
  try {
    const st2 = statSync(target);
    return st2.isFile() ? "file" : st2.isDirectory() ? "directory" : "special";
  } catch {
    return "none";
  }
}
function describeWriteError(e) {
  switch (e.code) {
    case "ENOENT":
      return "the folder does not exist";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EISDIR":
      return "it is a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    case "EDQUOT":
      return "disk quota exceeded";
    default:
      return e.message;
  }
}
var AtomicFile;
var init_atomic_output = __esm({
  "dist/cli/atomic-output.js"() {
    "use strict";
    init_errors();
    AtomicFile = class _AtomicFile {
      fd;
      target;
      temp;
      stream;
      done = false;
      constructor(target, stream, temp, fd) {
        this.fd = fd;
        this.target = target;
        this.stream = stream;
        this.temp = temp;
      }
      /**
       * Opens the temp file; resolves once it exists, so a bad folder fails before
       * any work. A target that exists and is not a regular file (`/dev/stdout`, a
       * FIFO, `/dev/full`) is written in place: renaming over it would replace the
       * device or pipe with a plain file.
       */
      static open(target) {
        const kind = existingKind(target);
        if (kind === "directory")
          return Promise.reject(new CrawlerError("OUTPUT_FAILED", `cannot write ${target}: it is a folder`));
        const inPlace = kind === "special";
        const temp = inPlace ? target : join6(dirname2(target), tempName(basename2(target), process.pid));
        if (!inPlace) {
          removeStaleTemps(target);
          _AtomicFile.opening.add(temp);
        }
        return new Promise((resolve3, reject) => {
          open3(temp, inPlace ? "w" : "wx", 438, (e, fd) => {
            _AtomicFile.opening.delete(temp);
            if (e)
              return reject(new CrawlerError("OUTPUT_FAILED", `cannot write ${target}: ${describeWriteError(e)}`));
            const file = new _AtomicFile(target, syncWriter(fd, !inPlace), temp, fd);
            _AtomicFile.live.add(file);
            resolve3(file);
          });
        });
      }
      /** Renames the finished temp file onto the target. */
      commit() {
        if (this.done)
          return;
        try {
          if (this.temp !== this.target) {
            renameSync(this.temp, this.target);
            syncFolder(dirname2(this.target));
          }
        } catch (e) {
          this.discard();
          throw new CrawlerError("OUTPUT_FAILED", `cannot write ${this.target}: ${describeWriteError(e)}`);
        }
        this.done = true;
        _AtomicFile.live.delete(this);
      }
      /**
       * Writes `text` as the whole file and renames it into place, all at once:
       * for a small file (the end summary) written while a signal is handled,
       * when no later turn of the event loop may come.
       */
      commitText(text2) {
        try {
          const data = Buffer.from(text2);
          for (let done2 = 0; done2 < data.length; )
            done2 += writeSync(this.fd, data, done2, data.length - done2);
          if (this.temp !== this.target)
            fsyncSync(this.fd);
        } catch (e) {
          this.discard();
          throw new CrawlerError("OUTPUT_FAILED", `cannot write ${this.target}: ${describeWriteError(e)}`);
        }
        this.stream.destroy();
        this.commit();
      }
      /** Removes the temp file; the target is left untouched. */
      discard() {
        if (this.done)
          return;
        this.done = true;
        this.stream.destroy();
        if (this.temp !== this.target)
          rmSync(this.temp, { force: true });
        _AtomicFile.live.delete(this);
      }
      /** Temp files still open, for cleanup on signals. */
      static live = /* @__PURE__ */ new Set();
      /** Temp files being created (the open is on Node's thread pool): a run stopped meanwhile removes them too. */
      static opening = /* @__PURE__ */ new Set();
      static discardAll() {
        for (const f of [..._AtomicFile.live])
          f.discard();
        for (const temp of _AtomicFile.opening)
          rmSync(temp, { force: true });
      }
    };
  }
});

// dist/cli/count.js
function count(x) {
  return Number.isSafeInteger(x) ? String(x).replace(/\B(?=(\d{3})+$)/g, ",") : x.toLocaleString("en-US");
}
var init_count = __esm({
  "dist/cli/count.js"() {
    "use strict";
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open4, close2, replace = open4) => (input) => {
      let string = "" + input, index = string.indexOf(close2, open4.length);
      return ~index ? open4 + replaceClose(string, close2, replace, index) + close2 : open4 + string + close2;
    };
    var replaceClose = (string, close2, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close2.length;
        index = string.indexOf(close2, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// dist/cli/progress.js
import { fstatSync as fstatSync2 } from "node:fs";
import { createRequire as createRequire5 } from "node:module";
function colorsFor(stream, env = process.env) {
  return import_picocolors.default.createColors(stream.isTTY === true && !env.NO_COLOR && env.TERM !== "dumb");
}
function formatElapsed(seconds) {
  const s = Math.floor(seconds);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor(s % 3600 / 60);
  const ss = String(s % 60).padStart(2, "0");
  return hh ? `${hh}:${String(mm).padStart(2, "0")}:${ss}` : `${mm}:${ss}`;
}
function shortenPath(path, room) {
  if (path.length <= room)
    return path;
  if (room < 2)
    return "";
  return `\u2026${path.slice(path.length - room + 1)}`;
}
function formatProgress(p, width, colors = import_picocolors.default.createColors(false)) {
  const files = p.filesSeen + (p.unchanged ?? 0);
  const rate = p.elapsedSeconds > 0 ? Math.round(files / p.elapsedSeconds) : 0;
  const fields = [
    [`${count(files)} ${files === 1 ? "file" : "files"}`, colors.bold],
    ...p.unchanged === void 0 ? [] : [[`${count(p.unchanged)} unchanged`, colors.dim]],
    [`${count(p.dicom)} DICOM`, colors.green],
    [`${count(p.errors)} ${p.errors === 1 ? "error" : "errors"}`, p.errors ? colors.red : (s) => s],
    [`${count(rate)} files/s`, (s) => s],
    [formatElapsed(p.elapsedSeconds), (s) => s]
  ];
  const sep = " | ";
  while (fields.length > 1 && fields.map(([plain]) => plain).join(sep).length > width - 1)
    fields.pop();
  const fixed = fields.map(([plain]) => plain).join(sep);
  const room = width - 1 - fixed.length - sep.length;
  const tail = p.done ? "done" : shortenPath(p.currentDir || ".", room);
  const painted = fields.map(([plain, paint]) => paint(plain));
  if (tail && room >= tail.length)
    painted.push(p.done ? colors.green(tail) : colors.dim(tail));
  return painted.join(colors.dim(sep));
}
function stdoutKind() {
  if (process.stdout.isTTY)
    return "terminal";
  try {
    const st2 = fstatSync2(1);
    return st2.isFIFO() || st2.isSocket() ? "pipe" : "file";
  } catch {
    return "file";
  }
}
var import_picocolors, FPS, Progress;
var init_progress = __esm({
  "dist/cli/progress.js"() {
    "use strict";
    init_count();
    import_picocolors = __toESM(require_picocolors(), 1);
    FPS = 5;
    Progress = class {
      stats;
      bar;
      done = false;
      stopped = false;
      onExit = () => this.stop();
      unchanged;
      constructor(stats, options = {}) {
        this.stats = stats;
        const stream = options.stream ?? process.stderr;
        const colors = options.colors ?? colorsFor(stream);
        this.unchanged = options.unchanged;
        const { SingleBar } = createRequire5(import.meta.url)("cli-progress");
        this.bar = new SingleBar({
          stream,
          fps: FPS,
          // A second Ctrl-C ends the process at once, with no chance to show a hidden cursor again.
          hideCursor: false,
          clearOnComplete: false,
          // The line is made to fit the terminal's width already (formatProgress).
          linewrap: false,
          format: (_opts, params) => formatProgress(this.snapshot(), params.maxWidth, colors)
        });
      }
      /**
       * A progress line only helps on a terminal, and only if rows are not drawn
       * on the same one: not when stdout is that terminal, and not when it is a
       * pipe, whose reader (`| head`, `| less`, `| jq`) most often prints on the
       * same terminal, where the line would be drawn into its rows. With records
       * in a file (`> files.csv`, `--output`, `/dev/null`) it is drawn.
       */
      static wanted(opts, stderr = process.stderr, stdout = stdoutKind()) {
        return !opts.quiet && stderr.isTTY === true && (opts.toFile || stdout === "file");
      }
      start() {
        this.bar.start(0, 0);
        process.once("exit", this.onExit);
        return this;
      }
      /** Draws the final state (`done` when the crawl completed) and leaves it on screen. */
      stop(completed = false) {
        if (this.stopped)
          return;
        this.stopped = true;
        this.done = completed;
        process.removeListener("exit", this.onExit);
        this.bar.stop();
      }
      snapshot() {
        const s = this.stats;
        const snap = { filesSeen: s.filesSeen, dicom: s.dicom, errors: s.errors, elapsedSeconds: s.elapsedSeconds, currentDir: s.currentDir, done: this.done };
        if (this.unchanged)
          snap.unchanged = this.unchanged();
        return snap;
      }
    };
  }
});

// dist/cli/report.js
function formatSummary(s, colors) {
  const lines = [];
  const red = colors?.red ?? ((x) => x);
  lines.push(`${count(s.filesSeen)} files: ${count(s.dicom)} DICOM (${count(s.byKind.part10)} part10, ${count(s.byKind.raw)} raw), ${count(s.errors)} with errors, ${count(s.skipped)} skipped` + (s.unreadableDirs ? `; ${count(s.unreadableDirs)} ${s.unreadableDirs === 1 ? "folder" : "folders"} unreadable` : "") + ` in ${s.elapsedSeconds.toFixed(2)} s (${count(s.filesPerSecond)} files/s)`);
  if (s.readModes?.length) {
    const how = (m) => m.chosen === "option" ? `${m.root}: ${m.concurrency === 1 ? "blocking reads" : `${m.concurrency} reads at once`} (--concurrency)` : m.mode === "network" ? `${m.root}: network file system (${m.fileSystem}), ${m.concurrency} reads at once` : `${m.root}: local disk, blocking reads`;
    lines.push(`  read: ${s.readModes.map(how).join("; ")}${s.threads > 1 ? `; ${s.threads} threads` : ""}`);
  }
  const classes = Object.entries(s.byClass);
  if (classes.length)
    lines.push(`  by class: ${classes.map(([k, v]) => `${k} ${count(v)}`).join(", ")}`);
  const mimes = Object.entries(s.notDicomByMime);
  if (mimes.length) {
    const top = mimes.slice(0, 5).map(([k, v]) => `${k} ${count(v)}`);
    if (mimes.length > 5)
      top.push(`${mimes.length - 5} more types`);
    lines.push(`  not DICOM: ${top.join(", ")}`);
  }
  const reasons = Object.entries(s.skippedByReason).filter(([k]) => k !== "not DICOM");
  if (reasons.length)
    lines.push(`  skipped: ${reasons.map(([k, v]) => `${k} ${count(v)}`).join(", ")}`);
  for (const [kind, { count: count2, example }] of Object.entries(s.errorsByKind)) {
    lines.push(`  ${red("error:")} ${kind} ${count(count2)} (e.g. ${example})`);
  }
  for (const [column, { count: count2, value, path }] of Object.entries(s.untypedValues ?? {})) {
    lines.push(`  not typed: ${column} ${count(count2)} kept as text (e.g. ${JSON.stringify(value)} in ${path})`);
  }
  for (const u of s.unreadable)
    lines.push(`  ${red("unreadable:")} ${u.path}: ${u.error}`);
  return lines.join("\n") + "\n";
}
var init_report = __esm({
  "dist/cli/report.js"() {
    "use strict";
    init_count();
  }
});

// dist/cli/interrupt.js
function installSignalHandlers() {
  const onSignal = (signal) => {
    received = signal;
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    if (stoppers.size === 0) {
      AtomicFile.discardAll();
      process.exit(SIGNAL_EXIT[signal]);
    }
    for (const stop2 of [...stoppers].reverse())
      stop2(signal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
function onInterrupt(stop2) {
  if (received)
    stop2(received);
  stoppers.add(stop2);
  return () => stoppers.delete(stop2);
}
async function throwIfInterrupted() {
  for (let turn = 0; turn < 2; turn++)
    await new Promise((resolve3) => setImmediate(resolve3));
  if (received)
    throw new Interrupted(received);
}
function interruptedBy() {
  return received;
}
function interruptedLine(signal, targets) {
  return `interrupted by ${signal}: ${targets.length ? `${targets.join(", ")} left as before` : "the records written so far are whole"}
`;
}
function endInterrupted(signal, summary, quiet, targets, writeStats) {
  if (!quiet)
    process.stderr.write(("filesSeen" in summary ? formatSummary(summary, colorsFor(process.stderr)) : "") + interruptedLine(signal, targets));
  try {
    writeStats({ ...summary, interrupted: signal });
  } catch (e) {
    process.stderr.write(`dicom-crawler: ${e.message}
`);
  }
  process.exit(SIGNAL_EXIT[signal]);
}
var SIGNAL_EXIT, Interrupted, received, stoppers;
var init_interrupt = __esm({
  "dist/cli/interrupt.js"() {
    "use strict";
    init_atomic_output();
    init_progress();
    init_report();
    SIGNAL_EXIT = Object.freeze({ SIGINT: 130, SIGTERM: 143 });
    Interrupted = class extends Error {
      signal;
      constructor(signal) {
        super(`interrupted by ${signal}`);
        this.signal = signal;
        this.name = "Interrupted";
      }
    };
    stoppers = /* @__PURE__ */ new Set();
  }
});

// dist/cli/outputs.js
import { fstatSync as fstatSync3, mkdirSync, statSync as statSync2 } from "node:fs";
import { dirname as dirname3, resolve } from "node:path";
async function openStats(target, stdoutTaken) {
  if (target === void 0)
    return void 0;
  if (isStdout(target)) {
    if (stdoutTaken)
      throw new CrawlerError("BAD_OPTION", "--stats - writes to stdout, which carries the output: give --output FILE, or --stats FILE");
    checkStdoutOpen();
    return { write: (value) => void process.stdout.write(json2(value)), discard: () => {
    } };
  }
  const file = await AtomicFile.open(target);
  return { file, write: (value) => file.commitText(json2(value)), discard: () => file.discard() };
}
function json2(value) {
  return JSON.stringify(value, null, 2) + "\n";
}
function ownFiles(files) {
  const own = files.flatMap((f) => f ? [f.temp, f.target] : []);
  try {
    if (fstatSync3(1).isFile())
      own.push("/dev/stdout");
  } catch {
  }
  return own;
}
function makeFolder(dir) {
  const missing = [];
  for (let d = resolve(dir); ; d = dirname3(d)) {
    try {
      if (statSync2(d).isDirectory())
        break;
      throw new CrawlerError("OUTPUT_FAILED", `cannot write into ${dir}: ${d === resolve(dir) ? "it is" : `${d} is`} not a folder`);
    } catch (e) {
      if (e instanceof CrawlerError)
        throw e;
      const code = e.code;
      if (code !== "ENOENT" || dirname3(d) === d)
        throw folderError(dir, e);
      missing.push(d);
    }
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      const code = e.code;
      if (code === "EEXIST" && statSync2(d, { throwIfNoEntry: false })?.isDirectory())
        continue;
      if (code === "ENOENT")
        throw new CrawlerError("OUTPUT_FAILED", `cannot create ${dir}: the file system refused to make ${d} (ENOENT)`);
      throw folderError(dir, e);
    }
  }
}
function folderError(dir, e) {
  return new CrawlerError("OUTPUT_FAILED", `cannot create ${dir}: ${describeWriteError(e)}`);
}
var init_outputs = __esm({
  "dist/cli/outputs.js"() {
    "use strict";
    init_errors();
    init_atomic_output();
  }
});

// dist/cli/options.js
import { statSync as statSync3 } from "node:fs";
function commonOptions() {
  return [
    new Option("--templates <file>", "modality template JSON (default: the bundled modal-templates.json)"),
    new Option("--match <mode>", "how folder names match template identifiers").choices(["token", "substring"]).default("token"),
    new Option("--follow-symlinks", "follow symbolic links (each real folder is walked once) that lead inside the roots").default(false),
    new Option("--follow-outside-roots", "with --follow-symlinks, also follow links that lead outside every root").default(false),
    new Option("--concurrency <n>", "files read at once, 1 to 4096; 1 reads synchronously (default: per root, 1 on a local disk, 32 on a network file system)").argParser(positiveInt("--concurrency")),
    new Option("--jobs <n>", "threads that read, parse and write the files, 1 to 256 (default: the machine's cores less one, after a crawl's first 3 seconds)").argParser(positiveInt("--jobs", 256)),
    new Option("--stats <file>", "write the end summary as JSON to this file (default: none)"),
    new Option("--shard <part>", "crawl one shard of the folders: K/N (K from 0 to N-1), or auto (Kubernetes Indexed Job, SLURM job array) (default: all)"),
    new Option("--shard-count <n>", `shard count for --shard auto in a Kubernetes Indexed Job (default: $${SHARD_COUNT_VARIABLE})`).argParser(positiveInt("--shard-count")),
    new Option("-q, --quiet", "no progress line and no end summary on stderr").default(false)
  ];
}
function positiveInt(name, max = 4096) {
  return (value) => checkPositiveInt(name, value, max);
}
function resolveShard(opts) {
  return opts.shard === void 0 ? void 0 : parseShard(opts.shard, process.env, opts.shardCount);
}
function collectList(value, previous) {
  return [...previous ?? [], ...splitTagList(value)];
}
function resolveTagOptions(tags, addTags) {
  if (tags && tags.length === 0)
    throw new CrawlerError("BAD_OPTION", "--tags needs at least one keyword");
  return resolveTags([...tags ?? DEFAULT_TAGS, ...addTags ?? []]);
}
function checkRoots(roots) {
  for (const root of roots) {
    try {
      statSync3(root);
    } catch (e) {
      const code = e.code;
      throw new CrawlerError("ROOT_NOT_FOUND", code === "ENOENT" ? `root not found: ${root}` : `root cannot be read: ${root} (${code})`);
    }
  }
}
var init_options = __esm({
  "dist/cli/options.js"() {
    "use strict";
    init_esm();
    init_errors();
    init_tags();
    init_shard();
  }
});

// node_modules/stream-chain/src/defs.js
var defs_exports = {};
__export(defs_exports, {
  Stop: () => Stop,
  abortSymbol: () => abortSymbol,
  clearFunctionList: () => clearFunctionList,
  combineMany: () => combineMany,
  combineManyMut: () => combineManyMut,
  fListSymbol: () => fListSymbol,
  final: () => final,
  finalSymbol: () => finalSymbol,
  finalValue: () => finalValue,
  flushSymbol: () => flushSymbol,
  flushable: () => flushable,
  getFinalValue: () => getFinalValue,
  getFunctionList: () => getFunctionList,
  getManyValues: () => getManyValues,
  isDuplexNodeStream: () => isDuplexNodeStream,
  isDuplexWebStream: () => isDuplexWebStream,
  isFinalValue: () => isFinalValue,
  isFlushable: () => isFlushable,
  isFunctionList: () => isFunctionList,
  isMany: () => isMany,
  isReadableNodeStream: () => isReadableNodeStream,
  isReadableWebStream: () => isReadableWebStream,
  isStop: () => isStop,
  isWritableNodeStream: () => isWritableNodeStream,
  isWritableWebStream: () => isWritableWebStream,
  many: () => many,
  manySymbol: () => manySymbol,
  none: () => none,
  normalizeMany: () => normalizeMany,
  setFunctionList: () => setFunctionList,
  stop: () => stop,
  stopErrorSymbol: () => stopErrorSymbol,
  toMany: () => toMany
});
var none, stop, finalSymbol, manySymbol, flushSymbol, abortSymbol, fListSymbol, stopErrorSymbol, finalValue, many, isFinalValue, isMany, isFlushable, isFunctionList, isStop, getFinalValue, getManyValues, getFunctionList, flushable, setFunctionList, clearFunctionList, Stop, toMany, normalizeMany, combineMany, combineManyMut, isReadableWebStream, isWritableWebStream, isDuplexWebStream, isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, final;
var init_defs = __esm({
  "node_modules/stream-chain/src/defs.js"() {
    none = /* @__PURE__ */ Symbol.for("object-stream.none");
    stop = /* @__PURE__ */ Symbol.for("object-stream.stop");
    finalSymbol = /* @__PURE__ */ Symbol.for("object-stream.final");
    manySymbol = /* @__PURE__ */ Symbol.for("object-stream.many");
    flushSymbol = /* @__PURE__ */ Symbol.for("object-stream.flush");
    abortSymbol = /* @__PURE__ */ Symbol.for("object-stream.abort");
    fListSymbol = /* @__PURE__ */ Symbol.for("object-stream.fList");
    stopErrorSymbol = /* @__PURE__ */ Symbol.for("object-stream.stopError");
    finalValue = (value) => ({ [finalSymbol]: 1, value });
    many = (values) => ({ [manySymbol]: 1, values });
    isFinalValue = (o) => o && o[finalSymbol] === 1;
    isMany = (o) => o && o[manySymbol] === 1;
    isFlushable = (o) => o && o[flushSymbol] === 1;
    isFunctionList = (o) => o && o[fListSymbol] === 1;
    isStop = (o) => o && o[stopErrorSymbol] === 1;
    getFinalValue = (o) => o.value;
    getManyValues = (o) => o.values;
    getFunctionList = (o) => o.fList;
    flushable = (write2, final3 = null, abort = null) => {
      const fn = final3 ? (value) => value === none ? final3() : write2(value) : write2;
      fn[flushSymbol] = 1;
      if (abort) fn[abortSymbol] = abort;
      return fn;
    };
    setFunctionList = (o, fns) => {
      o.fList = fns;
      o[fListSymbol] = 1;
      return o;
    };
    clearFunctionList = (o) => {
      delete o.fList;
      delete o[fListSymbol];
      return o;
    };
    Stop = class extends Error {
    };
    Stop.prototype[stopErrorSymbol] = 1;
    toMany = (value) => value === none ? many([]) : value && value[manySymbol] === 1 ? value : many([value]);
    normalizeMany = (o) => {
      if (o?.[manySymbol] === 1) {
        switch (o.values.length) {
          case 0:
            return none;
          case 1:
            return o.values[0];
        }
      }
      return o;
    };
    combineMany = (...args) => {
      const values = [];
      for (let i = 0; i < args.length; ++i) {
        const a = args[i];
        if (a === none) continue;
        if (a?.[manySymbol] === 1) {
          values.push(...a.values);
        } else {
          values.push(a);
        }
      }
      return many(values);
    };
    combineManyMut = (a, ...args) => {
      const values = a === none ? [] : a?.[manySymbol] === 1 ? a.values : [a];
      for (let i = 0; i < args.length; ++i) {
        const b = args[i];
        if (b === none) continue;
        if (b?.[manySymbol] === 1) {
          values.push(...b.values);
        } else {
          values.push(b);
        }
      }
      return many(values);
    };
    isReadableWebStream = (x) => !!(x && typeof x === "object" && typeof x.getReader === "function" && typeof x.pipeTo === "function");
    isWritableWebStream = (x) => !!(x && typeof x === "object" && typeof x.getWriter === "function" && typeof x.abort === "function");
    isDuplexWebStream = (x) => !!(x && typeof x === "object" && isReadableWebStream(x.readable) && isWritableWebStream(x.writable));
    isReadableNodeStream = (obj) => obj && typeof obj.pipe === "function" && typeof obj.on === "function" && (!obj._writableState || (typeof obj._readableState === "object" ? obj._readableState.readable : null) !== false) && (!obj._writableState || obj._readableState);
    isWritableNodeStream = (obj) => obj && typeof obj.write === "function" && typeof obj.on === "function" && (!obj._readableState || (typeof obj._writableState === "object" ? obj._writableState.writable : null) !== false);
    isDuplexNodeStream = (obj) => obj && typeof obj.pipe === "function" && obj._readableState && typeof obj.on === "function" && typeof obj.write === "function";
    final = finalValue;
  }
});

// node_modules/stream-chain/src/exec.js
var cancelSymbol, dropNullSymbol, stopAtSymbol, GEN_CANCEL, markStop, stopIndex, withCleanupError, hasAborters, noteFinal, abortStages, next, nextMany, nextGen, flush, releaseStopped, finishStop, genBridge;
var init_exec = __esm({
  "node_modules/stream-chain/src/exec.js"() {
    init_defs();
    cancelSymbol = /* @__PURE__ */ Symbol.for("object-stream.cancel");
    dropNullSymbol = /* @__PURE__ */ Symbol.for("object-stream.dropNull");
    stopAtSymbol = /* @__PURE__ */ Symbol.for("object-stream.stopAt");
    GEN_CANCEL = /* @__PURE__ */ Symbol.for("object-stream.genCancel");
    markStop = (error, index) => {
      if (isStop(error)) error[stopAtSymbol] = index;
      throw error;
    };
    stopIndex = (stop2, fns) => stop2[stopAtSymbol] ?? fns.length;
    withCleanupError = (err, cleanupErr) => {
      if (err == null || isStop(err)) return cleanupErr;
      return err instanceof Error ? new AggregateError([err, cleanupErr], "pipeline error; generator cleanup also failed") : err;
    };
    hasAborters = (fns) => fns.some((fn) => fn[abortSymbol]);
    noteFinal = (value, fn, finished) => {
      if (value && typeof value.then == "function") return value.then((v) => (finished.add(fn), v));
      finished.add(fn);
      return value;
    };
    abortStages = async (fns, finished, to = fns.length) => {
      let failure2;
      for (let i = 0; i < to; ++i) {
        const fn = fns[i], abort = fn[abortSymbol];
        if (!abort || finished.has(fn)) continue;
        finished.add(fn);
        try {
          await abort();
        } catch (error) {
          failure2 = failure2 === void 0 ? error : new AggregateError([failure2, error], "stage cleanup failed more than once");
        }
      }
      return failure2;
    };
    next = (value, fns, index, push) => {
      for (let i = index; ; ) {
        if (value && typeof value.then == "function") {
          const ii = i;
          return value.then(
            (v) => next(v, fns, ii, push),
            (e) => markStop(e, ii)
          );
        }
        if (value === none || value == null && push[dropNullSymbol]) return void 0;
        if (value === stop) markStop(new Stop(), i);
        if (isFinalValue(value)) {
          const final3 = getFinalValue(value);
          if (final3 == null && push[dropNullSymbol]) return void 0;
          return push(final3);
        }
        if (isMany(value)) {
          return nextMany(getManyValues(value), fns, i, push);
        }
        if (value && typeof value.next == "function") {
          return nextGen(value, fns, i, push);
        }
        if (i >= fns.length) {
          return push(value);
        }
        try {
          value = fns[i++](value);
        } catch (error) {
          markStop(error, i);
        }
      }
    };
    nextMany = (values, fns, i, push) => {
      const step = (j) => {
        for (; j < values.length; ++j) {
          const r = next(values[j], fns, i, push);
          if (r && typeof r.then == "function") {
            const jj = j;
            return r.then(() => step(jj + 1));
          }
        }
      };
      return step(0);
    };
    nextGen = (it, fns, i, push) => {
      const step = () => {
        for (; ; ) {
          if (push[cancelSymbol]) throw push[cancelSymbol];
          let data;
          try {
            data = it.next();
          } catch (error) {
            markStop(error, i);
          }
          if (data && typeof data.then == "function") {
            return data.then(
              (d) => {
                if (d.done) return;
                const r3 = next(d.value, fns, i, push);
                return r3 && typeof r3.then == "function" ? r3.then(step) : step();
              },
              (e) => markStop(e, i)
            );
          }
          if (data.done) return;
          const r2 = next(data.value, fns, i, push);
          if (r2 && typeof r2.then == "function") return r2.then(step);
        }
      };
      const abort = (err) => {
        const onCleanupError = (cleanupErr) => withCleanupError(err, cleanupErr);
        let ret;
        try {
          ret = it.return ? it.return() : void 0;
        } catch (cleanupErr) {
          throw onCleanupError(cleanupErr);
        }
        if (ret && typeof ret.then == "function") {
          return ret.then(
            () => {
              throw err;
            },
            (cleanupErr) => {
              throw onCleanupError(cleanupErr);
            }
          );
        }
        throw err;
      };
      let r;
      try {
        r = step();
      } catch (err) {
        return abort(err);
      }
      return r && typeof r.then == "function" ? r.then(void 0, abort) : r;
    };
    flush = (fns, index, push, finished) => {
      let stop2 = null;
      const resume = (error) => {
        if (!isStop(error)) throw error;
        stop2 = error;
        return step(stopIndex(error, fns));
      };
      const step = (i) => {
        for (; i < fns.length; ++i) {
          const f = fns[i];
          if (!isFlushable(f) || finished?.has(f)) continue;
          let r;
          try {
            let value;
            try {
              value = f(none);
            } catch (error) {
              markStop(error, i + 1);
            }
            if (finished) value = noteFinal(value, f, finished);
            r = next(value, fns, i + 1, push);
          } catch (error) {
            return resume(error);
          }
          if (r && typeof r.then == "function") {
            const ii = i;
            return r.then(() => step(ii + 1), resume);
          }
        }
        if (stop2) throw stop2;
      };
      return step(index);
    };
    releaseStopped = async (fns, finished, stop2) => {
      const failure2 = await abortStages(fns, finished, stopIndex(stop2, fns));
      if (failure2 === void 0) return void 0;
      const more = await abortStages(fns, finished);
      return more === void 0 ? failure2 : new AggregateError([failure2, more], "stage cleanup failed more than once");
    };
    finishStop = async (fns, stop2, push, finished) => {
      let error;
      try {
        await flush(fns, stopIndex(stop2, fns), push, finished);
      } catch (e) {
        if (isStop(e)) stop2 = e;
        else error = e;
      }
      const failure2 = error === void 0 ? await releaseStopped(fns, finished, stop2) : await abortStages(fns, finished);
      if (failure2 !== void 0) error = withCleanupError(error, failure2);
      if (error !== void 0) throw error;
    };
    genBridge = (fns, once) => {
      fns = fns.filter((fn) => fn).flat(Infinity).map((fn) => isFunctionList(fn) ? getFunctionList(fn) : fn).flat(Infinity);
      if (!fns.length) {
        fns = [(x) => x];
      }
      const canAbort = hasAborters(fns), finished = /* @__PURE__ */ new Set();
      let flushed = false, stopAt = 0;
      const drive = async (value, push) => {
        try {
          await next(value, fns, 0, push);
        } catch (error) {
          if (!isStop(error)) throw error;
          await finishStop(fns, error, push, finished);
          throw error;
        }
        await flush(fns, 0, push, finished);
      };
      let g = async function* (value) {
        if (flushed) throw Error("Call to a flushed pipe.");
        const isFlush = !once && value === none;
        if (isFlush || once) flushed = true;
        const pending = [];
        let wakeConsumer = null;
        let resolveProducer = null;
        let rejectProducer = null;
        let done2 = false, error = null, cancelled = false, completed = false;
        const push = (v) => {
          if (cancelled) throw GEN_CANCEL;
          pending.push(v);
          if (wakeConsumer) {
            const w = wakeConsumer;
            wakeConsumer = null;
            w();
          }
          return new Promise((res, rej) => {
            resolveProducer = res;
            rejectProducer = rej;
          });
        };
        Promise.resolve().then(
          () => once ? drive(value, push) : isFlush ? flush(fns, stopAt, push, finished) : next(value, fns, 0, push)
        ).then(
          () => {
          },
          (e) => {
            if (e === GEN_CANCEL) return;
            error = e;
            if (!isFlush && isStop(e)) stopAt = stopIndex(e, fns);
          }
        ).finally(() => {
          done2 = true;
          if (wakeConsumer) {
            const w = wakeConsumer;
            wakeConsumer = null;
            w();
          }
        });
        try {
          for (; ; ) {
            while (pending.length) {
              const v = pending.shift();
              if (resolveProducer) {
                const r = resolveProducer;
                resolveProducer = rejectProducer = null;
                r();
              }
              yield v;
            }
            if (error) throw error;
            if (done2) {
              completed = true;
              return;
            }
            await new Promise((res) => wakeConsumer = res);
          }
        } finally {
          cancelled = true;
          push[cancelSymbol] = GEN_CANCEL;
          if (rejectProducer) {
            const rj = rejectProducer;
            resolveProducer = rejectProducer = null;
            rj(GEN_CANCEL);
          }
          if (!completed && canAbort) {
            const failure2 = isStop(error) ? await releaseStopped(fns, finished, error) : await abortStages(fns, finished);
            if (failure2 !== void 0) throw withCleanupError(error, failure2);
          }
        }
      };
      if (once) return g;
      const needToFlush = fns.some((fn) => isFlushable(fn));
      if (needToFlush) g = flushable(g);
      return setFunctionList(g, fns);
    };
  }
});

// node_modules/stream-chain/src/gen.js
var gen, gen_default;
var init_gen = __esm({
  "node_modules/stream-chain/src/gen.js"() {
    init_exec();
    gen = (...fns) => genBridge(fns, false);
    gen_default = gen;
  }
});

// node_modules/stream-chain/src/asStream.js
import { Duplex } from "node:stream";
var CANCEL, asStream, asStream_default;
var init_asStream = __esm({
  "node_modules/stream-chain/src/asStream.js"() {
    init_defs();
    init_exec();
    CANCEL = /* @__PURE__ */ Symbol.for("object-stream.asStreamCancel");
    asStream = (fn, options) => {
      if (typeof fn != "function") {
        throw TypeError("Only a function is accepted as the first argument");
      }
      const innerFns = isFunctionList(fn) ? fn.fList : null;
      const stages = innerFns ?? [fn];
      const canAbort = hasAborters(stages), finished = /* @__PURE__ */ new Set();
      let stopped = false;
      let destroyed = false;
      let flushed = false;
      let nullPushed = false;
      let resolvePaused = null;
      let rejectPaused = null;
      let stream = null;
      const resume = () => {
        if (!resolvePaused) return;
        const resolve3 = resolvePaused;
        resolvePaused = rejectPaused = null;
        resolve3();
      };
      const cancelPaused = () => {
        if (!rejectPaused) return;
        const reject = rejectPaused;
        resolvePaused = rejectPaused = null;
        reject(CANCEL);
      };
      const signalEnd = () => {
        if (nullPushed) return;
        nullPushed = true;
        stream.push(null);
      };
      const enqueue = (value) => {
        if (destroyed) throw CANCEL;
        if (nullPushed) return;
        if (!stream.push(value)) {
          return new Promise((resolve3, reject) => {
            resolvePaused = resolve3;
            rejectPaused = reject;
          });
        }
      };
      enqueue[dropNullSymbol] = true;
      const queue = [];
      const pump = async () => {
        while (queue.length) {
          if (destroyed) throw CANCEL;
          const g = queue[queue.length - 1];
          let result = g.next();
          if (result && typeof result.then == "function") result = await result;
          if (result.done) {
            queue.pop();
            continue;
          }
          let value = result.value;
          if (value && typeof value.then == "function") value = await value;
          const r = processValue(value);
          if (r) await r;
        }
      };
      const release = async (error) => {
        while (queue.length) {
          const g = queue.pop();
          try {
            if (g.return) await g.return();
          } catch (cleanupErr) {
            error = withCleanupError(error, cleanupErr);
          }
        }
        throw error;
      };
      const processValue = (value) => {
        if (value && typeof value.then == "function") {
          return value.then(processValue);
        }
        if (value == null || value === none) return;
        if (value === stop) throw new Stop();
        if (isMany(value)) {
          const values = getManyValues(value);
          let promise;
          for (let i = 0; i < values.length; ++i) {
            if (promise) {
              const ii = i;
              promise = promise.then(() => processValue(values[ii]));
            } else {
              const r = processValue(values[i]);
              if (r) promise = r;
            }
          }
          return promise;
        }
        if (isFinalValue(value)) {
          return processValue(getFinalValue(value));
        }
        if (value && typeof value.next == "function") {
          queue.push(value);
          return pump().catch(release);
        }
        return enqueue(value);
      };
      const finishWrite = (callback, error) => {
        if (!error || error === CANCEL) {
          callback(null);
        } else if (!isStop(error)) {
          callback(error);
        } else {
          stopped = true;
          finishStop(stages, error, enqueue, finished).then(
            () => {
              flushed = true;
              signalEnd();
              callback(null);
            },
            (failure2) => callback(failure2)
          );
        }
      };
      stream = new Duplex({
        writableObjectMode: true,
        readableObjectMode: true,
        ...options,
        write(chunk, encoding, callback) {
          if (stopped) return callback(null);
          if (innerFns) {
            let r2;
            try {
              r2 = next(chunk, innerFns, 0, enqueue);
            } catch (error) {
              return finishWrite(callback, error);
            }
            if (r2 && typeof r2.then == "function") {
              r2.then(
                () => callback(null),
                (error) => finishWrite(callback, error)
              );
            } else {
              callback(null);
            }
            return;
          }
          let r;
          try {
            r = processValue(fn(chunk, encoding));
          } catch (error) {
            return finishWrite(callback, error);
          }
          if (r) {
            r.then(
              () => callback(null),
              (error) => finishWrite(callback, error)
            );
          } else {
            callback(null);
          }
        },
        final(callback) {
          const onComplete = () => {
            flushed = true;
            signalEnd();
            callback(null);
          };
          if (stopped) {
            onComplete();
            return;
          }
          if (innerFns) {
            let r2;
            try {
              r2 = flush(innerFns, 0, enqueue, finished);
            } catch (error) {
              return finishWrite(callback, error);
            }
            if (r2 && typeof r2.then == "function") {
              r2.then(onComplete, (error) => finishWrite(callback, error));
            } else {
              onComplete();
            }
            return;
          }
          if (!isFlushable(fn)) {
            onComplete();
            return;
          }
          let r;
          try {
            const value = fn(none, null);
            r = processValue(noteFinal(value, fn, finished));
          } catch (error) {
            return finishWrite(callback, error);
          }
          if (r) {
            r.then(onComplete, (error) => finishWrite(callback, error));
          } else {
            onComplete();
          }
        },
        read() {
          resume();
        },
        // Unblock any pending paused-promise so an in-flight write can settle —
        // mirrors asWebStream's controller.signal listener for writer.abort().
        destroy(error, callback) {
          stopped = destroyed = true;
          enqueue[cancelSymbol] = CANCEL;
          cancelPaused();
          if (flushed || !canAbort) {
            callback(error);
            return;
          }
          abortStages(stages, finished).then(
            (failure2) => callback(
              failure2 === void 0 ? error : (
                /** @type {Error} */
                withCleanupError(error, failure2)
              )
            )
          );
        }
      });
      return stream;
    };
    asStream_default = asStream;
  }
});

// node_modules/stream-chain/src/asWebStream.js
var CANCEL2, asWebStream, asWebStream_default;
var init_asWebStream = __esm({
  "node_modules/stream-chain/src/asWebStream.js"() {
    init_defs();
    init_defs();
    init_exec();
    CANCEL2 = /* @__PURE__ */ Symbol.for("object-stream.asWebStreamCancel");
    asWebStream = (fn, options) => {
      if (isDuplexWebStream(fn) || isReadableWebStream(fn) || isWritableWebStream(fn)) {
        return fn;
      }
      if (typeof fn !== "function") {
        throw new TypeError("Only a function or Web Streams object is accepted as the first argument");
      }
      const strategy = options?.strategy;
      const readableStrategy = options?.readableStrategy ?? strategy;
      const writableStrategy = options?.writableStrategy ?? strategy;
      const innerFns = isFunctionList(fn) ? fn.fList : null;
      const stages = innerFns ?? [fn];
      const canAbort = hasAborters(stages), finished = /* @__PURE__ */ new Set();
      let stopped = false;
      let cancelled = false;
      let flushed = false;
      let releasing = null;
      let readableClosed = false;
      let writableErrored = false;
      let readableController;
      let writableController;
      let pendingDrain = null;
      let rejectDrain = null;
      const unblockDrain = () => {
        if (!pendingDrain) return;
        const resolve3 = pendingDrain;
        pendingDrain = rejectDrain = null;
        resolve3();
      };
      const cancelDrain = () => {
        if (!rejectDrain) return;
        const reject = rejectDrain;
        pendingDrain = rejectDrain = null;
        reject(CANCEL2);
      };
      const closeReadable = () => {
        if (readableClosed) return;
        readableClosed = true;
        readableController.close();
      };
      const errorReadable = (reason) => {
        if (readableClosed) return;
        readableClosed = true;
        readableController.error(reason);
      };
      const errorWritable = (reason) => {
        if (writableErrored || !writableController) return;
        writableErrored = true;
        writableController.error(reason);
      };
      const readable = new ReadableStream(
        {
          start(c) {
            readableController = c;
          },
          pull() {
            unblockDrain();
          },
          cancel(reason) {
            readableClosed = true;
            cancelProducer();
            errorWritable(reason);
            return releaseStages().then(rethrow);
          }
        },
        readableStrategy
      );
      const enqueue = (value) => {
        if (cancelled) throw CANCEL2;
        if (readableClosed) return;
        readableController.enqueue(value);
        if (readableController.desiredSize <= 0) {
          return new Promise((resolve3, reject) => {
            pendingDrain = resolve3;
            rejectDrain = reject;
          });
        }
      };
      enqueue[dropNullSymbol] = true;
      const cancelProducer = () => {
        stopped = cancelled = true;
        enqueue[cancelSymbol] = CANCEL2;
        cancelDrain();
      };
      const releaseStages = () => {
        if (flushed || !canAbort) return Promise.resolve(void 0);
        releasing ??= abortStages(stages, finished);
        return releasing;
      };
      const rethrow = (failure2) => {
        if (failure2 !== void 0) throw failure2;
      };
      const queue = [];
      const pump = async () => {
        while (queue.length) {
          if (cancelled) throw CANCEL2;
          const g = queue[queue.length - 1];
          let result = g.next();
          if (result && typeof result.then == "function") result = await result;
          if (result.done) {
            queue.pop();
            continue;
          }
          let value = result.value;
          if (value && typeof value.then == "function") value = await value;
          const r = processValue(value);
          if (r) await r;
        }
      };
      const release = async (error) => {
        while (queue.length) {
          const g = queue.pop();
          try {
            if (g.return) await g.return();
          } catch (cleanupErr) {
            error = withCleanupError(error, cleanupErr);
          }
        }
        throw error;
      };
      const processValue = (value) => {
        if (value && typeof value.then == "function") {
          return value.then(processValue);
        }
        if (value == null || value === none) return;
        if (value === stop) throw new Stop();
        if (isMany(value)) {
          const values = getManyValues(value);
          let promise;
          for (let i = 0; i < values.length; ++i) {
            if (promise) {
              const ii = i;
              promise = promise.then(() => processValue(values[ii]));
            } else {
              const r = processValue(values[i]);
              if (r) promise = r;
            }
          }
          return promise;
        }
        if (isFinalValue(value)) {
          return processValue(getFinalValue(value));
        }
        if (value && typeof value.next == "function") {
          queue.push(value);
          return pump().catch(release);
        }
        return enqueue(value);
      };
      const endAfterStop = async (stop2) => {
        stopped = true;
        try {
          await finishStop(stages, stop2, enqueue, finished);
        } catch (error) {
          errorReadable(error);
          throw error;
        }
        flushed = true;
        closeReadable();
      };
      const writable = new WritableStream(
        {
          // `controller.signal` aborts during writer.abort() BEFORE the sink's
          // abort() callback runs. The spec waits for in-flight write() to
          // settle first — so if write() is awaiting pendingDrain, we'd
          // deadlock unless the signal listener wakes it.
          // Optional-chained because Bun ≤1.3.14 returns `undefined` for the
          // controller's signal (spec-required per WHATWG Streams §4.5.2 but
          // missing in Bun's builtin — see oven-sh/bun#31156 / PR #31157).
          // Fixed upstream (present in Bun 1.4.0); the chaining stays for older
          // Bun, which only loses the abort wakeup.
          start(controller) {
            writableController = controller;
            controller.signal?.addEventListener("abort", cancelProducer);
          },
          async write(chunk) {
            if (stopped) return;
            try {
              if (innerFns) {
                const r2 = next(chunk, innerFns, 0, enqueue);
                if (r2) await r2;
                return;
              }
              const r = processValue(fn(chunk));
              if (r) await r;
            } catch (error) {
              if (error === CANCEL2) return;
              if (isStop(error)) return endAfterStop(error);
              errorReadable(error);
              const failure2 = await releaseStages();
              throw failure2 === void 0 ? error : withCleanupError(error, failure2);
            }
          },
          async close() {
            try {
              if (!stopped) {
                if (innerFns) {
                  const r = flush(innerFns, 0, enqueue, finished);
                  if (r) await r;
                } else if (isFlushable(fn)) {
                  const r = processValue(noteFinal(fn(none), fn, finished));
                  if (r) await r;
                }
                flushed = true;
              }
            } catch (error) {
              if (isStop(error)) return endAfterStop(error);
              if (error !== CANCEL2) {
                errorReadable(error);
                const failure2 = await releaseStages();
                throw failure2 === void 0 ? error : withCleanupError(error, failure2);
              }
            }
            closeReadable();
          },
          abort(reason) {
            cancelProducer();
            errorReadable(reason);
            return releaseStages().then(rethrow);
          }
        },
        writableStrategy
      );
      return { readable, writable };
    };
    asWebStream_default = asWebStream;
  }
});

// node_modules/stream-chain/src/dataSource.js
var dataSource, dataSource_default;
var init_dataSource = __esm({
  "node_modules/stream-chain/src/dataSource.js"() {
    dataSource = (fn) => {
      if (typeof fn == "function") return fn;
      if (fn) {
        if (typeof fn[Symbol.asyncIterator] == "function") return fn[Symbol.asyncIterator].bind(fn);
        if (typeof fn[Symbol.iterator] == "function") return fn[Symbol.iterator].bind(fn);
      }
      throw new TypeError("The argument should be a function or an iterable object.");
    };
    dataSource_default = dataSource;
  }
});

// node_modules/stream-chain/src/index.js
import { Readable as Readable2, Writable as Writable2, Duplex as Duplex2 } from "node:stream";
var isReadableWebStream2, isWritableWebStream2, isDuplexWebStream2, isReadableNodeStream2, isWritableNodeStream2, isDuplexNodeStream2, groupFunctions, produceStreams, wrapFunctions, write, final2, read2, chain;
var init_src = __esm({
  "node_modules/stream-chain/src/index.js"() {
    init_defs();
    init_gen();
    init_asStream();
    init_asWebStream();
    init_dataSource();
    init_defs();
    ({
      isReadableWebStream: isReadableWebStream2,
      isWritableWebStream: isWritableWebStream2,
      isDuplexWebStream: isDuplexWebStream2,
      isReadableNodeStream: isReadableNodeStream2,
      isWritableNodeStream: isWritableNodeStream2,
      isDuplexNodeStream: isDuplexNodeStream2
    } = defs_exports);
    groupFunctions = (output, fn, index, fns) => {
      if (isDuplexNodeStream2(fn) || !index && isReadableNodeStream2(fn) || index === fns.length - 1 && isWritableNodeStream2(fn)) {
        output.push(fn);
        return output;
      }
      if (isDuplexWebStream2(fn)) {
        output.push(Duplex2.fromWeb(fn, { objectMode: true }));
        return output;
      }
      if (!index && isReadableWebStream2(fn)) {
        output.push(Readable2.fromWeb(fn, { objectMode: true }));
        return output;
      }
      if (index === fns.length - 1 && isWritableWebStream2(fn)) {
        output.push(Writable2.fromWeb(fn, { objectMode: true }));
        return output;
      }
      if (typeof fn != "function")
        throw TypeError("Item #" + index + " is not a proper stream, nor a function.");
      if (!output.length) output.push([]);
      const last = output[output.length - 1];
      if (Array.isArray(last)) {
        last.push(fn);
      } else {
        output.push([fn]);
      }
      return output;
    };
    produceStreams = (item) => {
      if (Array.isArray(item)) {
        if (!item.length) return null;
        if (item.length == 1) return item[0] && /** @type {any} */
        chain.asStream(item[0]);
        return (
          /** @type {any} */
          chain.asStream(
            /** @type {any} */
            chain.gen(...item)
          )
        );
      }
      return item;
    };
    wrapFunctions = (fn, index, fns) => {
      if (isDuplexNodeStream2(fn) || !index && isReadableNodeStream2(fn) || index === fns.length - 1 && isWritableNodeStream2(fn)) {
        return fn;
      }
      if (isDuplexWebStream2(fn)) {
        return Duplex2.fromWeb(fn, { objectMode: true });
      }
      if (!index && isReadableWebStream2(fn)) {
        return Readable2.fromWeb(fn, { objectMode: true });
      }
      if (index === fns.length - 1 && isWritableWebStream2(fn)) {
        return Writable2.fromWeb(fn, { objectMode: true });
      }
      if (typeof fn == "function") return (
        /** @type {any} */
        chain.asStream(fn)
      );
      throw TypeError("Item #" + index + " is not a proper stream, nor a function.");
    };
    write = (input, chunk, encoding, callback) => {
      let error = null;
      try {
        input.write(chunk, encoding, (e) => callback(e || error));
      } catch (e) {
        error = e;
      }
    };
    final2 = (input, callback) => {
      let error = null;
      try {
        input.end(null, null, (e) => callback(e || error));
      } catch (e) {
        error = e;
      }
    };
    read2 = (output) => {
      output.resume();
    };
    chain = (fns, options) => {
      if (!Array.isArray(fns) || !fns.length) {
        throw TypeError("Chain's first argument should be a non-empty array.");
      }
      fns = fns.flat(Infinity).filter((fn) => fn);
      const streams = (options?.noGrouping ? fns.map(wrapFunctions) : fns.map((fn) => isFunctionList(fn) ? getFunctionList(fn) : fn).flat(Infinity).reduce(groupFunctions, []).map(produceStreams)).filter((s) => s), input = streams[0], output = streams.reduce((output2, item) => output2 && output2.pipe(item) || item);
      let stream = null;
      let writeMethod = (chunk, encoding, callback) => write(input, chunk, encoding, callback), finalMethod = (callback) => final2(input, callback), readMethod = () => read2(output);
      if (!isWritableNodeStream2(input)) {
        writeMethod = (_1, _2, callback) => callback(null);
        finalMethod = (callback) => callback(null);
        input.on("end", () => stream.end());
      }
      if (isReadableNodeStream2(output)) {
        output.on("data", (chunk) => !stream.push(chunk) && output.pause());
        output.on("end", () => stream.push(null));
      } else {
        readMethod = () => {
        };
        output.on("finish", () => stream.push(null));
      }
      stream = /** @type {Duplex & {streams: any[], input: any, output: any}} */
      new Duplex2({
        writableObjectMode: true,
        readableObjectMode: true,
        ...options,
        readable: isReadableNodeStream2(output),
        writable: isWritableNodeStream2(input),
        write: writeMethod,
        final: finalMethod,
        read: readMethod,
        destroy(error, callback) {
          if (!stream.writableFinished || !stream.readableEnded) {
            for (const item of streams) item.destroy();
          }
          callback(error);
        }
      });
      stream.streams = streams;
      stream.input = input;
      stream.output = output;
      if (!isReadableNodeStream2(output)) {
        stream.resume();
      }
      if (!options?.skipEvents) {
        streams.forEach((item) => item.on("error", (error) => stream.emit("error", error)));
      }
      return stream;
    };
    chain.none = none;
    chain.stop = stop;
    chain.Stop = Stop;
    chain.stopErrorSymbol = stopErrorSymbol;
    chain.isStop = isStop;
    chain.finalSymbol = finalSymbol;
    chain.finalValue = finalValue;
    chain.final = final;
    chain.isFinalValue = isFinalValue;
    chain.getFinalValue = getFinalValue;
    chain.manySymbol = manySymbol;
    chain.many = many;
    chain.isMany = isMany;
    chain.getManyValues = getManyValues;
    chain.flushSymbol = flushSymbol;
    chain.flushable = flushable;
    chain.isFlushable = isFlushable;
    chain.abortSymbol = abortSymbol;
    chain.fListSymbol = fListSymbol;
    chain.isFunctionList = isFunctionList;
    chain.getFunctionList = getFunctionList;
    chain.setFunctionList = setFunctionList;
    chain.clearFunctionList = clearFunctionList;
    chain.toMany = toMany;
    chain.normalizeMany = normalizeMany;
    chain.combineMany = combineMany;
    chain.combineManyMut = combineManyMut;
    chain.chain = chain;
    chain.chainUnchecked = chain;
    chain.gen = gen_default;
    chain.asStream = asStream_default;
    chain.asWebStream = asWebStream_default;
    chain.dataSource = dataSource_default;
  }
});

// node_modules/stream-chain/src/node/index.js
var init_node = __esm({
  "node_modules/stream-chain/src/node/index.js"() {
    init_src();
    init_src();
  }
});

// dist/lib/core/summary.js
function folderOf(record) {
  if (record.status === "folder")
    return { path: record.path, rel: record.dir, kind: "folder" };
  if (record.error_code === "UNREADABLE_FOLDER") {
    return { path: record.path, rel: relativeTo(record.root, record.path), kind: "unreadable-folder" };
  }
  if (record.dir === "" && record.path === record.root) {
    const cut = record.path.lastIndexOf("/");
    return { path: cut > 0 ? record.path.slice(0, cut) : cut === 0 ? "/" : ".", rel: "", kind: "file" };
  }
  return { path: joinFolder(record.root, record.dir), rel: record.dir, kind: "file" };
}
function joinFolder(root, rel) {
  if (!rel)
    return root;
  return root.endsWith("/") ? root + rel : `${root}/${rel}`;
}
function relativeTo(root, path) {
  if (path === root || !path.startsWith(root))
    return "";
  return path.slice(root.length).replace(/^\/+/, "");
}
function isBelow(parent, child) {
  const prefix = parent.endsWith("/") ? parent : `${parent}/`;
  return child.length > prefix.length && child.startsWith(prefix);
}
function newFolder(path, rel) {
  return { path, rel, dcm: 0, other: 0, errors: 0, classes: [], sources: [], series: /* @__PURE__ */ new Set(), seriesCount: 0, first: null, firstReadable: false, hasSubfolders: false, unreadable: false };
}
function addRecord(state, record, kind) {
  if (kind === "folder")
    return;
  if (kind === "unreadable-folder") {
    state.unreadable = true;
    state.errors++;
    return;
  }
  const failed = record.status === "error";
  if (failed)
    state.errors++;
  if (record.dicom === "none") {
    state.other++;
    return;
  }
  state.dcm++;
  if (record.modality_class && !state.classes.includes(record.modality_class))
    state.classes.push(record.modality_class);
  if (record.class_source && !state.sources.includes(record.class_source))
    state.sources.push(record.class_source);
  const series = record.attributes.SeriesInstanceUID;
  if (series)
    (state.series ??= /* @__PURE__ */ new Set()).add(series);
  if (state.first === null || !state.firstReadable && !failed) {
    state.first = pickValues(record);
    state.firstReadable = !failed;
  }
}
function pickValues(record) {
  const out = {};
  for (const [, keyword] of VALUE_COLUMNS)
    out[keyword] = record.attributes[keyword] ?? "";
  return out;
}
function closeFolder(state) {
  if (state.series) {
    state.seriesCount += state.series.size;
    state.series = null;
  }
}
function reopenFolder(state) {
  if (state.series)
    return;
  const first = state.first?.SeriesInstanceUID;
  state.series = new Set(first ? [first] : []);
  if (first)
    state.seriesCount--;
}
function folderRow(state, templates, match) {
  const files = state.dcm + state.other;
  let modality = state.classes.join("+");
  let source = state.sources.join("+");
  if (!modality) {
    const pathClass2 = classifyPath(templates, state.rel, match);
    if (!pathClass2)
      return null;
    if (files === 0 && state.hasSubfolders && !state.unreadable)
      return null;
    modality = pathClass2;
    source = "path";
  }
  const first = state.first;
  const row = {
    Modality: modality,
    Path: state.path,
    DCM_Count: state.dcm,
    "Study Date": first?.StudyDate ?? "",
    "Acquisition Time": first?.AcquisitionTime ?? "",
    Subject_ID: first?.PatientID ?? "",
    Subject_Sex: first?.PatientSex ?? "",
    Subject_Age: first?.PatientAge ?? "",
    Other_Count: state.other,
    Error_Count: state.errors,
    Series_Count: state.seriesCount + (state.series?.size ?? 0),
    StudyInstanceUID: first?.StudyInstanceUID ?? "",
    SeriesInstanceUID: first?.SeriesInstanceUID ?? "",
    Class_Source: source
  };
  return row;
}
function compareRows(a, b) {
  return compareFilledFirst(a["Study Date"], b["Study Date"]) || compareFilledFirst(a["Acquisition Time"], b["Acquisition Time"]) || (a.Path < b.Path ? -1 : a.Path > b.Path ? 1 : 0);
}
function compareFilledFirst(a, b) {
  if (a === b)
    return 0;
  if (!a)
    return 1;
  if (!b)
    return -1;
  return a < b ? -1 : 1;
}
var SUMMARY_COLUMNS, SUMMARY_TAGS, VALUE_COLUMNS;
var init_summary = __esm({
  "dist/lib/core/summary.js"() {
    "use strict";
    init_classify();
    SUMMARY_COLUMNS = Object.freeze([
      "Modality",
      "Path",
      "DCM_Count",
      "Study Date",
      "Acquisition Time",
      "Subject_ID",
      "Subject_Sex",
      "Subject_Age",
      "Other_Count",
      "Error_Count",
      "Series_Count",
      "StudyInstanceUID",
      "SeriesInstanceUID",
      "Class_Source"
    ]);
    SUMMARY_TAGS = Object.freeze([
      "Modality",
      "StudyDate",
      "AcquisitionTime",
      "PatientID",
      "PatientSex",
      "PatientAge",
      "StudyInstanceUID",
      "SeriesInstanceUID"
    ]);
    VALUE_COLUMNS = Object.freeze([
      ["Study Date", "StudyDate"],
      ["Acquisition Time", "AcquisitionTime"],
      ["Subject_ID", "PatientID"],
      ["Subject_Sex", "PatientSex"],
      ["Subject_Age", "PatientAge"],
      ["StudyInstanceUID", "StudyInstanceUID"],
      ["SeriesInstanceUID", "SeriesInstanceUID"]
    ]);
  }
});

// dist/lib/stages/summarize.js
import { Transform as Transform5 } from "node:stream";
import { createRequire as createRequire6 } from "node:module";
function summarize(options = {}) {
  const templates = typeof options.templates === "object" ? options.templates : loadTemplates(options.templates);
  const match = options.match ?? "token";
  checkChoice("match", match, MATCH_MODES);
  const sort = options.sort ?? true;
  const folders = /* @__PURE__ */ new Map();
  let current;
  const finish2 = (stream, state) => {
    closeFolder(state);
    if (sort)
      return;
    const row = folderRow(state, templates, match);
    if (row)
      stream.push(row);
  };
  return new Transform5({
    objectMode: true,
    transform(record, _enc, callback) {
      const where = folderOf(record);
      if (current?.path !== where.path) {
        if (current) {
          if (isBelow(current.path, where.path))
            current.hasSubfolders = true;
          finish2(this, current);
        }
        const seen = folders.get(where.path);
        if (seen)
          reopenFolder(seen);
        current = seen ?? newFolder(where.path, where.rel);
        folders.set(where.path, current);
      }
      if (record.subfolders)
        current.hasSubfolders = true;
      addRecord(current, record, where.kind);
      callback();
    },
    flush(callback) {
      if (current)
        finish2(this, current);
      if (sort) {
        const rows = [];
        for (const state of folders.values()) {
          const row = folderRow(state, templates, match);
          if (row)
            rows.push(row);
        }
        folders.clear();
        rows.sort(compareRows);
        for (const row of rows)
          this.push(row);
      }
      callback();
    }
  });
}
function summaryToCsv() {
  const escape = (row) => {
    const out = {};
    for (const c of SUMMARY_COLUMNS) {
      const v = row[c];
      out[c] = typeof v === "string" ? escapeFormula(v) : v;
    }
    return out;
  };
  const { stringify } = require5("csv-stringify");
  return chain([escape, stringify({ header: true, columns: [...SUMMARY_COLUMNS], cast: { number: (n) => String(n) } })]);
}
var require5;
var init_summarize = __esm({
  "dist/lib/stages/summarize.js"() {
    "use strict";
    init_node();
    init_summary();
    init_templates();
    init_errors();
    init_inspect();
    init_to_csv();
    require5 = createRequire6(import.meta.url);
  }
});

// dist/cli/summary.js
var summary_exports = {};
__export(summary_exports, {
  SUMMARY_FILE: () => SUMMARY_FILE,
  runSummary: () => runSummary,
  targetFor: () => targetFor
});
import { statSync as statSync4 } from "node:fs";
import { basename as basename3, join as join7, resolve as resolve2 } from "node:path";
import { createRequire as createRequire7 } from "node:module";
import { pipeline as pipeline2 } from "node:stream/promises";
async function runSummary(roots, opts) {
  const templates = loadTemplates(opts.templates);
  checkRoots(roots);
  const shard = resolveShard(opts);
  if (shard && !opts.stdout && opts.outputDir === void 0)
    throw new CrawlerError("BAD_OPTION", "summary --shard writes one part per shard: use --output-dir DIR (or --stdout)");
  const jobs = opts.stdout ? [{ roots }] : roots.map((root, i) => ({ roots: [root], target: partName(targetFor(root, roots, i, opts.outputDir), shard) }));
  if (opts.stdout)
    checkStdoutOpen();
  if (opts.outputDir)
    makeFolder(opts.outputDir);
  let stats;
  const discardAll = () => {
    for (const job of jobs)
      job.out?.discard();
    stats?.discard();
  };
  const reports = [];
  const stopOnSignal = onInterrupt((signal) => {
    for (const job of jobs)
      job.out?.discard();
    endInterrupted(signal, { roots: reports }, opts.quiet, jobs.flatMap((job) => job.target ? [job.target] : []), (s) => stats?.write(s));
  });
  try {
    stats = await openStats(opts.stats, opts.stdout);
    for (const job of jobs)
      if (job.target)
        job.out = await openTarget(job.target, opts.outputDir === void 0);
  } catch (e) {
    stopOnSignal();
    discardAll();
    throw e;
  }
  const own = ownFiles([...jobs.map((job) => job.out), stats?.file]);
  let unreadable2 = 0;
  try {
    for (const job of jobs) {
      const { rows, stats: stats2 } = await summarizeJob(job, templates, opts, own, shard);
      reports.push({ roots: job.roots, output: job.target ?? "-", rows, stats: stats2 });
      unreadable2 += stats2.unreadableDirs + stats2.unreadableFiles;
      if (!opts.quiet)
        process.stderr.write(`${job.target ?? "stdout"}: ${rows} ${rows === 1 ? "folder" : "folders"}
${formatSummary(stats2)}`);
    }
    await throwIfInterrupted();
    for (const job of jobs)
      job.out?.commit();
  } catch (e) {
    stopOnSignal();
    discardAll();
    throw e;
  }
  stopOnSignal();
  onInterrupt(() => {
  });
  stats?.write({ roots: reports, interrupted: null });
  return unreadable2 > 0 ? 1 : 0;
}
async function summarizeJob(job, templates, opts, own, shard) {
  const records = crawl(job.roots, {
    tags: resolveTags([...SUMMARY_TAGS]),
    templates,
    match: opts.match,
    allFiles: true,
    // Summary rows count the other files but show no MIME types: their records need not wait for libmagic.
    recordMime: false,
    announceDirs: true,
    followSymlinks: opts.followSymlinks,
    followOutsideRoots: opts.followOutsideRoots,
    concurrency: opts.concurrency,
    ...opts.jobs !== void 0 ? { jobs: opts.jobs } : {},
    // Our own output (the temp files being written, an earlier modal_data.csv) is not part of the archive.
    ignore: [...own, ...job.roots.map((root) => join7(root, SUMMARY_FILE))],
    ...shard ? { shard } : {}
  });
  let stats;
  records.on("stats", (s) => stats = s);
  const progress = Progress.wanted({ quiet: opts.quiet, toFile: Boolean(job.out) }) ? new Progress(records.stats).start() : void 0;
  let rows = 0;
  const counted = (row) => {
    rows++;
    return row;
  };
  const stopOnSignal = onInterrupt(() => {
    progress?.stop();
    if (!opts.quiet)
      process.stderr.write(`${job.target ?? "stdout"}: stopped
${formatSummary(records.stats.toJSON())}`);
  });
  try {
    await pipeline2(records, summarize({ templates, match: opts.match }), chain([counted]), summaryToCsv(), job.out ? job.out.stream : process.stdout);
  } catch (e) {
    progress?.stop();
    throw e;
  } finally {
    stopOnSignal();
  }
  progress?.stop(true);
  return { rows, stats: stats ?? records.stats.toJSON() };
}
function targetFor(root, roots, index, outputDir) {
  if (outputDir === void 0) {
    if (!statSync4(root).isDirectory()) {
      throw new CrawlerError("ROOT_NOT_DIRECTORY", `${root} is not a folder: modal_data.csv is written into each root; use --output-dir DIR or --stdout`);
    }
    return join7(root, SUMMARY_FILE);
  }
  const full = resolve2(root);
  const name = rootName(full);
  const clash = roots.some((other, j) => j !== index && rootName(resolve2(other)) === name && resolve2(other) !== full);
  const createHash = clash ? createRequire7(import.meta.url)("node:crypto").createHash : void 0;
  const suffix = createHash ? `-${createHash("sha256").update(full).digest("hex").slice(0, 8)}` : "";
  return join7(outputDir, `${name}${suffix}-${SUMMARY_FILE}`);
}
function partName(target, shard) {
  return shard ? target.replace(/\.csv$/, `.shard-${shard.index}-of-${shard.count}.csv`) : target;
}
function rootName(full) {
  return basename3(full).replace(/[^\p{L}\p{N}._-]+/gu, "_") || "root";
}
async function openTarget(target, inRoot) {
  try {
    return await AtomicFile.open(target);
  } catch (e) {
    if (inRoot && e instanceof CrawlerError) {
      throw new CrawlerError("OUTPUT_FAILED", `${e.message}; modal_data.csv is written into each root: use --output-dir DIR to write it elsewhere (or --stdout)`);
    }
    throw e;
  }
}
var SUMMARY_FILE;
var init_summary2 = __esm({
  "dist/cli/summary.js"() {
    "use strict";
    init_node();
    init_crawl();
    init_summarize();
    init_summary();
    init_tags();
    init_errors();
    init_progress();
    init_templates();
    init_atomic_output();
    init_interrupt();
    init_outputs();
    init_options();
    init_report();
    SUMMARY_FILE = "modal_data.csv";
  }
});

// dist/lib/catalogue/values.js
function columnType2(spec) {
  const { kind, list } = columnType(spec);
  if (list)
    return "TEXT";
  if (kind === "integer" || kind === "bigint")
    return "INTEGER";
  return kind === "double" ? "REAL" : "TEXT";
}
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
function fromColumn(value) {
  if (value === null || value === void 0)
    return null;
  return typeof value === "string" ? value : String(value);
}
function quoteId(name) {
  return `"${name.replaceAll('"', '""')}"`;
}
function quoteText(text2) {
  return `'${text2.replaceAll("'", "''")}'`;
}
var init_values = __esm({
  "dist/lib/catalogue/values.js"() {
    "use strict";
    init_typed_values();
  }
});

// dist/lib/catalogue/pragmas.js
function tuneConnection(db, checkpointBytes = CHECKPOINT_BYTES) {
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  const pageSize = db.pragma("page_size", { simple: true });
  db.pragma(`wal_autocheckpoint = ${Math.ceil(checkpointBytes / pageSize)}`);
  db.pragma(`cache_size = -${CACHE_KIB}`);
}
var CHECKPOINT_BYTES, THREAD_CHECKPOINT_BYTES, CACHE_KIB;
var init_pragmas = __esm({
  "dist/lib/catalogue/pragmas.js"() {
    "use strict";
    CHECKPOINT_BYTES = 40 * 1024 * 1024;
    THREAD_CHECKPOINT_BYTES = 4 * 1024 * 1024;
    CACHE_KIB = 2048;
  }
});

// dist/lib/catalogue/schema.js
import { existsSync as existsSync3, openSync as openSync3, readSync as readSync2, closeSync as closeSync3 } from "node:fs";
import { createRequire as createRequire8 } from "node:module";
function groupViews(source, prefix = "") {
  const sortedList = (column) => `(SELECT group_concat(value) FROM (SELECT DISTINCT value FROM json_each(g.${column}) WHERE value IS NOT NULL ORDER BY value)) AS ${column}`;
  const view = (name, uid, lead, desc, when) => `DROP VIEW IF EXISTS ${prefix}${name};
CREATE VIEW ${prefix}${name} AS SELECT ${lead.split(", ").map((c) => c.replace(/.* AS /, "")).join(", ")}, files, instances, duplicates, folders, first_folder, min_instance, max_instance, first_time, last_time,
  ${sortedList("modality")}, ${sortedList("modality_class")}, ${desc}, bytes
FROM (SELECT ${lead}, count(*) AS files,
  count(DISTINCT SOPInstanceUID) AS instances,
  count(SOPInstanceUID) - count(DISTINCT SOPInstanceUID) AS duplicates,
  count(DISTINCT root || '/' || folder) AS folders,
  min(folder) AS first_folder,
  min(InstanceNumber) AS min_instance,
  max(InstanceNumber) AS max_instance,
  min(${when}) AS first_time,
  max(${when}) AS last_time,
  json_group_array(Modality) AS modality,
  json_group_array(modality_class) AS modality_class,
  min(${desc}) AS ${desc},
  sum(size) AS bytes
FROM ${source} WHERE ${uid} IS NOT NULL AND ${uid} <> '' GROUP BY ${uid}) AS g;
`;
  const acquired = "coalesce(AcquisitionDate, StudyDate) || coalesce(' ' || coalesce(AcquisitionTime, StudyTime), '')";
  const studied = "StudyDate || coalesce(' ' || StudyTime, '')";
  return [
    view("series", "SeriesInstanceUID", "SeriesInstanceUID, min(StudyInstanceUID) AS StudyInstanceUID, min(PatientID) AS PatientID", "SeriesDescription", acquired),
    view("studies", "StudyInstanceUID", "StudyInstanceUID, min(PatientID) AS PatientID, count(DISTINCT SeriesInstanceUID) AS series", "StudyDescription", studied),
    view("patients", "PatientID", "PatientID, min(PatientName) AS PatientName, count(DISTINCT StudyInstanceUID) AS studies, count(DISTINCT SeriesInstanceUID) AS series", "StudyDescription", studied)
  ].join("");
}
function openCatalogue(file, options = {}) {
  const exists = existsSync3(file);
  if (options.readonly && !exists)
    throw new CrawlerError("NOT_A_CATALOGUE", `catalogue not found: ${file}`);
  if (exists)
    checkHeader(file);
  let db;
  try {
    db = new (sqlite())(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw catalogueError(e, file);
  }
  try {
    const appId = db.pragma("application_id", { simple: true });
    const version = db.pragma("user_version", { simple: true });
    const empty = db.prepare("SELECT count(*) AS n FROM sqlite_schema").get().n === 0;
    if (appId !== APPLICATION_ID && !(empty && version === 0)) {
      throw new CrawlerError("NOT_A_CATALOGUE", `not a dicom-crawler catalogue: ${file} (an SQLite database of another program)`);
    }
    if (version > SCHEMA_VERSION) {
      throw new CrawlerError("CATALOGUE_TOO_NEW", `catalogue ${file} has schema version ${version}; this dicom-crawler reads up to ${SCHEMA_VERSION}: upgrade dicom-crawler`);
    }
    if (options.readonly) {
      if (version < SCHEMA_VERSION)
        throw new CrawlerError("NOT_A_CATALOGUE", `catalogue ${file} has schema version ${version}: run \`dicom-crawler index\` on it once to update it`);
      return db;
    }
    db.pragma("journal_mode = WAL");
    tuneConnection(db);
    if (version < SCHEMA_VERSION)
      migrate(db, version);
    return db;
  } catch (e) {
    db.close();
    throw catalogueError(e, file);
  }
}
function migrate(db, from) {
  db.transaction(() => {
    for (let v = from; v < SCHEMA_VERSION; v++)
      MIGRATIONS[v](db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
function checkHeader(file) {
  let fd;
  try {
    fd = openSync3(file, "r");
    const head = Buffer.alloc(16);
    const n = readSync2(fd, head, 0, 16, 0);
    if (n > 0 && head.toString("latin1") !== SQLITE_MAGIC)
      throw new CrawlerError("NOT_A_CATALOGUE", `not a dicom-crawler catalogue: ${file} (not an SQLite database)`);
  } catch (e) {
    if (e instanceof CrawlerError)
      throw e;
    throw new CrawlerError("CATALOGUE_UNWRITABLE", `cannot read catalogue ${file}: ${e.message}`);
  } finally {
    if (fd !== void 0)
      closeSync3(fd);
  }
}
function catalogueError(e, file) {
  if (e instanceof CrawlerError)
    return e;
  const code = e.code ?? "";
  const message = e.message;
  if (code === "SQLITE_READONLY_ROLLBACK" || code === "SQLITE_READONLY_RECOVERY") {
    return new CrawlerError("CATALOGUE_UNWRITABLE", `catalogue ${file} must first recover from an interrupted run: run \`dicom-crawler index\` on it once (${code})`, { cause: e });
  }
  if (code.startsWith("SQLITE_READONLY") || code === "SQLITE_CANTOPEN" || code === "SQLITE_PERM" || code === "SQLITE_AUTH") {
    return new CrawlerError("CATALOGUE_UNWRITABLE", `cannot write catalogue ${file}: read-only or no permission (${code})`, { cause: e });
  }
  if (code === "SQLITE_FULL" || code.startsWith("SQLITE_IOERR")) {
    return new CrawlerError("CATALOGUE_UNWRITABLE", `cannot write catalogue ${file}: ${code === "SQLITE_FULL" ? "disk full" : "input/output error"} (${code}); it holds what was committed before`, { cause: e });
  }
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
    return new CrawlerError("NOT_A_CATALOGUE", `not a dicom-crawler catalogue: ${file} (${code})`, { cause: e });
  }
  if (code === "SQLITE_BUSY")
    return new CrawlerError("CATALOGUE_BUSY", `catalogue ${file} is locked by another program (${code})`, { cause: e });
  return e instanceof Error ? e : new Error(message);
}
function catalogueAttributes(db) {
  return db.prepare("SELECT keyword, tag, vr, column_type, since_generation FROM attributes ORDER BY position").all();
}
function addAttributes(db, tags, generation) {
  const insert = db.prepare("INSERT INTO attributes (keyword, tag, vr, column_type, since_generation) VALUES (?, ?, ?, ?, ?)");
  for (const t of tags) {
    const type = columnType2(t);
    db.exec(`ALTER TABLE files ADD COLUMN ${quoteId(t.keyword)}${type === "TEXT" ? " TEXT" : ""}`);
    insert.run(t.keyword, t.tag, t.vr ?? null, type, generation);
  }
}
function getMeta(db, key) {
  return db.prepare("SELECT value FROM meta WHERE key = ?").get(key)?.value;
}
function setMeta(db, key, value) {
  if (value === null)
    db.prepare("DELETE FROM meta WHERE key = ?").run(key);
  else
    db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(key, value);
}
var SCHEMA_VERSION, APPLICATION_ID, NOT_GROUPED, GROUP_TAGS, CREATE, MIGRATIONS, SQLITE_MAGIC, sqlite;
var init_schema = __esm({
  "dist/lib/catalogue/schema.js"() {
    "use strict";
    init_errors();
    init_tags();
    init_values();
    init_pragmas();
    SCHEMA_VERSION = 1;
    APPLICATION_ID = 1145261379;
    NOT_GROUPED = /* @__PURE__ */ new Set(["SOPClassUID", "PatientSex", "PatientAge", "SeriesNumber", "ProtocolName", "TransferSyntaxUID"]);
    GROUP_TAGS = Object.freeze(DEFAULT_TAGS.filter((k) => !NOT_GROUPED.has(k)));
    CREATE = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) STRICT;
CREATE TABLE attributes (
  position INTEGER PRIMARY KEY,
  keyword TEXT NOT NULL UNIQUE,
  tag TEXT NOT NULL,
  vr TEXT,
  column_type TEXT NOT NULL,
  since_generation INTEGER NOT NULL
) STRICT;
CREATE TABLE roots (root TEXT PRIMARY KEY, last_seen TEXT, last_run INTEGER) STRICT;
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL,
  ended TEXT,
  status TEXT NOT NULL,
  roots TEXT NOT NULL,
  options TEXT NOT NULL,
  tags TEXT NOT NULL,
  added INTEGER, changed INTEGER, removed INTEGER, unchanged INTEGER, errors INTEGER
) STRICT;
CREATE TABLE files (
  root TEXT NOT NULL,
  walk_key BLOB NOT NULL,
  path TEXT NOT NULL,
  folder TEXT NOT NULL,
  size INTEGER,
  mtime_ns INTEGER,
  inode INTEGER,
  status TEXT NOT NULL,
  error_code TEXT,
  error TEXT,
  dicom TEXT NOT NULL,
  mime TEXT,
  modality_class TEXT,
  class_source TEXT,
  first_seen TEXT NOT NULL,
  last_read TEXT NOT NULL,
  generation INTEGER NOT NULL,
  run INTEGER NOT NULL,
  PRIMARY KEY (root, walk_key)
) WITHOUT ROWID;
`;
    MIGRATIONS = {
      0: (db) => {
        db.exec(CREATE);
        db.prepare("INSERT INTO meta (key, value) VALUES ('generation', '1'), ('settings', '')").run();
      }
    };
    SQLITE_MAGIC = "SQLite format 3\0";
    sqlite = () => createRequire8(import.meta.url)("better-sqlite3");
  }
});

// dist/lib/catalogue/walk-key.js
function walkKey(entry) {
  const rel = relativeBytes(entry);
  const cut = rel.lastIndexOf(47);
  const key = Buffer.allocUnsafe(rel.length + 1);
  let n = 0;
  if (cut >= 0) {
    for (let i = 0; i < cut; i++)
      key[n++] = rel[i] === 47 ? 1 : rel[i];
  }
  key[n++] = 0;
  rel.copy(key, n, cut + 1);
  n += rel.length - cut - 1;
  return key.subarray(0, n);
}
function relativeBytes(entry) {
  if (entry.path === entry.root)
    return Buffer.alloc(0);
  const skip = entry.root.endsWith("/") ? entry.root.length : entry.root.length + 1;
  if (typeof entry.fsPath === "string")
    return Buffer.from(entry.path.slice(skip));
  return entry.fsPath.subarray(Buffer.byteLength(entry.root) + (entry.root.endsWith("/") ? 0 : 1));
}
function keyFolder(key) {
  const end = key.indexOf(0);
  const dir = Buffer.from(key.subarray(0, end));
  for (let i = 0; i < dir.length; i++)
    if (dir[i] === 1)
      dir[i] = 47;
  return dir.toString("utf8");
}
var KeyWriter;
var init_walk_key = __esm({
  "dist/lib/catalogue/walk-key.js"() {
    "use strict";
    KeyWriter = class {
      buf = Buffer.allocUnsafeSlow(1024);
      /** The folder whose part of the key is in `buf` (undefined: none). */
      folder;
      prefix = 0;
      /** Writes the key of `entry` into `buf`; returns its length. */
      entry(entry) {
        if (typeof entry.fsPath !== "string" || entry.path === entry.root) {
          const key = walkKey(entry);
          this.folder = void 0;
          this.fit(key.length);
          key.copy(this.buf);
          return key.length;
        }
        const path = entry.path;
        const skip = entry.root.endsWith("/") ? entry.root.length : entry.root.length + 1;
        const cut = path.lastIndexOf("/");
        const dir = cut < skip ? "" : path.slice(skip, cut);
        if (dir !== this.folder)
          this.inFolder(dir);
        return this.name(path.slice(Math.max(cut + 1, skip)));
      }
      /** Sets the folder (below the root, `/`-separated, as paths write it) of the names to come. */
      inFolder(dir) {
        const bytes = Buffer.from(dir);
        this.fit(bytes.length + 1);
        for (let i = 0; i < bytes.length; i++)
          this.buf[i] = bytes[i] === 47 ? 1 : bytes[i];
        this.buf[bytes.length] = 0;
        this.folder = dir;
        this.prefix = bytes.length + 1;
      }
      /** Writes the key of a file `name` in the folder `dir` (below the root, `/`-separated, as paths write it); returns its length. */
      file(dir, name) {
        if (dir !== this.folder)
          this.inFolder(dir);
        return this.name(name);
      }
      /** Writes the key of a file named `name` in the folder set last; returns its length. */
      name(name) {
        this.fit(this.prefix + name.length * 3);
        return this.prefix + this.buf.write(name, this.prefix, "utf8");
      }
      fit(length) {
        if (length <= this.buf.length)
          return;
        const grown = Buffer.allocUnsafeSlow(Math.max(length, 2 * this.buf.length));
        this.buf.copy(grown, 0, 0, this.prefix);
        this.buf = grown;
      }
    };
  }
});

// dist/lib/catalogue/merge.js
function mergeStatements(conn) {
  return {
    nextRows: nextRows(conn),
    oneRow: conn.prepare("SELECT walk_key, size, mtime_ns, inode, generation FROM files WHERE root = ? AND walk_key = ?").raw(true).safeIntegers(true)
  };
}
function nextRows(conn) {
  return conn.prepare(`SELECT count(*), CAST(group_concat(length(walk_key) || ' ' || walk_key || CASE WHEN generation >= @generation AND size IS NOT NULL AND mtime_ns IS NOT NULL AND inode IS NOT NULL THEN size || ':' || mtime_ns || ':' || inode ELSE '' END, char(10)) AS BLOB)
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
var CURSOR_CHUNK, EMPTY, UNSTAMPED, RootMerge;
var init_merge = __esm({
  "dist/lib/catalogue/merge.js"() {
    "use strict";
    init_walk_key();
    CURSOR_CHUNK = 256;
    EMPTY = Buffer.alloc(0);
    UNSTAMPED = -2;
    RootMerge = class {
      root;
      context;
      statements;
      chunk = EMPTY;
      /** The chunk's marks (RowChunk), if it has them, and the index of the row met in it. */
      marks;
      rowIndex = 0;
      /** Where the next row of `chunk` starts. */
      at = 0;
      lastFetched = EMPTY;
      exhausted = false;
      /** The row met (peeked, not yet taken): its key, as offsets in `chunk`; its stamp's text follows the key up to a newline or the chunk's end. */
      row = false;
      keyStart = 0;
      keyEnd = 0;
      /** The last key met in walk order (a copy), to find names the key order cannot express. */
      previous = Buffer.allocUnsafeSlow(256);
      previousLength = -1;
      /** Folders (below the root) that could not be listed this run: their rows are kept. */
      unlisted = [];
      constructor(root, context, statements) {
        this.root = root;
        this.context = context;
        this.statements = statements;
      }
      /**
       * Meets the file whose key is the first `keyLength` bytes of `key`, and
       * whose stamp is `values[vi..vi+2]` with its text `stampLength` bytes of
       * `text` from `textStart` (0 or less: it could not be stat'ed). Rows
       * before it are files gone.
       */
      meet(key, keyLength, text2, textStart, stampLength, values, vi) {
        if (this.previousLength >= 0 && key.compare(this.previous, 0, this.previousLength, 0, keyLength) <= 0) {
          if (stampLength === UNSTAMPED)
            return "again";
          const alone = this.statements.oneRow.get(this.root, key.subarray(0, keyLength));
          if (!alone)
            return "new";
          const same = stampLength > 0 && alone[1] === values[vi] && alone[2] === values[vi + 1] && alone[3] === values[vi + 2] && alone[4] >= BigInt(this.context.generation);
          return same ? "unchanged" : "changed";
        }
        if (this.previous.length < keyLength)
          this.previous = Buffer.allocUnsafeSlow(Math.max(keyLength, 2 * this.previous.length));
        key.copy(this.previous, 0, 0, keyLength);
        this.previousLength = keyLength;
        while (this.peek()) {
          const c = this.chunk.compare(key, 0, keyLength, this.keyStart, this.keyEnd);
          if (c > 0)
            return "new";
          if (c < 0) {
            this.gone();
            continue;
          }
          if (stampLength === UNSTAMPED) {
            if (this.marks?.[this.rowIndex] !== 1)
              return "check";
            this.take(EMPTY, 0, 0);
            return "unchanged";
          }
          return this.take(text2, textStart, stampLength) ? "unchanged" : "changed";
        }
        return "new";
      }
      /** After meet() said 'check': the row met compared with the file's stamp (as meet() takes it). */
      decide(text2, textStart, stampLength) {
        return this.take(text2, textStart, stampLength) ? "unchanged" : "changed";
      }
      /** Whether the rows met next were checked by the writer thread (meet() with UNSTAMPED then spares most stamps). */
      get checked() {
        return this.marks !== void 0 && this.at < this.chunk.length;
      }
      /** Whether the catalogue has rows of the root still to meet (reads the next chunk if need be). */
      rowsAhead() {
        return this.peek();
      }
      /** The walk is done with the root: the rows left are files gone. */
      finish() {
        while (this.peek())
          this.gone();
      }
      peek() {
        if (this.row)
          return true;
        let chunk = this.chunk;
        if (this.at >= chunk.length) {
          if (this.exhausted)
            return false;
          const [count2, packed, marks] = this.context.rows(this.root, this.lastFetched);
          this.exhausted = count2 < CURSOR_CHUNK;
          if (!packed)
            return false;
          this.chunk = chunk = packed;
          this.marks = marks;
          this.rowIndex = 0;
          this.at = 0;
        }
        let i = this.at;
        let length = 0;
        for (let c = chunk[i]; c !== 32; c = chunk[++i])
          length = length * 10 + c - 48;
        this.keyStart = i + 1;
        this.keyEnd = this.keyStart + length;
        return this.row = true;
      }
      /** Takes the row met; true when its stamp's text is the given one (checked only after as many bytes: no scan for the newline). */
      take(text2, textStart, stampLength) {
        this.row = false;
        this.rowIndex++;
        const chunk = this.chunk;
        let end = this.keyEnd + stampLength;
        const same = stampLength > 0 && (end === chunk.length || chunk[end] === 10) && chunk.compare(text2, textStart, textStart + stampLength, this.keyEnd, end) === 0;
        if (!same) {
          end = chunk.indexOf(10, this.keyEnd);
          if (end < 0)
            end = chunk.length;
        }
        this.at = end + 1;
        if (this.at >= chunk.length)
          this.lastFetched = chunk.subarray(this.keyStart, this.keyEnd);
        return same;
      }
      gone() {
        this.take(EMPTY, 0, 0);
        const key = this.chunk.subarray(this.keyStart, this.keyEnd);
        const { counts } = this.context;
        if (this.unlisted.length) {
          const folder = keyFolder(key);
          if (this.unlisted.some((d) => d === "" || folder === d || folder.startsWith(`${d}/`))) {
            counts.kept++;
            return;
          }
        }
        this.context.remove(this.root, key);
        counts.removed++;
      }
    };
  }
});

// dist/lib/catalogue/row-store.js
var RowStore;
var init_row_store = __esm({
  "dist/lib/catalogue/row-store.js"() {
    "use strict";
    init_values();
    RowStore = class {
      db;
      setup;
      upsertRow;
      setMime;
      removeRow;
      inBatch = 0;
      batchStarted = 0;
      constructor(db, setup) {
        this.db = db;
        this.setup = setup;
        const { columns } = setup;
        const own = { first_seen: quoteText(setup.started), last_read: quoteText(setup.started), generation: String(setup.generation), run: String(setup.runId) };
        this.upsertRow = db.prepare(`INSERT INTO files (${columns.map(quoteId).join(", ")}) VALUES (${columns.map((c) => own[c] ?? "?").join(", ")})
       ON CONFLICT (root, walk_key) DO UPDATE SET ${columns.filter((c) => c !== "root" && c !== "walk_key" && c !== "first_seen").map((c) => `${quoteId(c)} = excluded.${quoteId(c)}`).join(", ")}`);
        this.setMime = db.prepare("UPDATE files SET mime = ?, size = ?, mtime_ns = ?, inode = ? WHERE root = ? AND walk_key = ?");
        this.removeRow = db.prepare("DELETE FROM files WHERE root = ? AND walk_key = ?");
      }
      /** A file read: its row. `rest`: status, error_code, error, dicom, mime, modality_class, class_source; `attributes` as the record has them (text), in the columns' order. */
      upsert(root, key, path, folder, size, mtimeNs, inode, rest, attributes) {
        const { types } = this.setup;
        const values = [root, key, path, folder, size, mtimeNs, inode];
        for (let i = 0; i < rest.length; i++)
          values.push(rest[i]);
        for (let i = 0; i < types.length; i++)
          values.push(toColumn(attributes[i], types[i]));
        this.write(this.upsertRow, values);
      }
      /** A file not DICOM, named after its row was written: its type and stamp. */
      name(root, key, mime, size, mtimeNs, inode) {
        this.write(this.setMime, [mime, size, mtimeNs, inode, root, key]);
      }
      /** A file gone: its row deleted. */
      remove(root, key) {
        this.write(this.removeRow, [root, key]);
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
  }
});

// dist/lib/catalogue/writer.js
import { MessageChannel, Worker as Worker2, receiveMessageOnPort } from "node:worker_threads";
function failure(f) {
  return Object.assign(new Error(f.message), f.code ? { code: f.code } : {});
}
var THREAD_FILE, PER_MESSAGE, MAX_WAITING2, END_WAIT_MS, START_WAIT_MS, HANDOVER_MS, STARVED_MS, TAKE_BACK_AFTER, CatalogueWriter, text;
var init_writer = __esm({
  "dist/lib/catalogue/writer.js"() {
    "use strict";
    init_small_heap();
    init_merge();
    init_row_store();
    THREAD_FILE = new URL("./catalogue-writer.js", import.meta.url);
    PER_MESSAGE = 64;
    MAX_WAITING2 = 32;
    END_WAIT_MS = 6e4;
    START_WAIT_MS = 2e3;
    HANDOVER_MS = process.env.DICOM_CRAWLER_WRITER_AFTER_MS === void 0 ? void 0 : Number(process.env.DICOM_CRAWLER_WRITER_AFTER_MS);
    STARVED_MS = Number(process.env.DICOM_CRAWLER_WRITER_STARVED_MS ?? 2e3);
    TAKE_BACK_AFTER = Number(process.env.DICOM_CRAWLER_WRITER_BACK_AFTER) || Infinity;
    CatalogueWriter = class {
      setup;
      conn;
      checkRows;
      ops = [];
      worker;
      waiting = 0;
      scheduled = false;
      exited = false;
      ended = false;
      drainWaiters = [];
      /** The chunks of rows the thread reads for the merge: which, and the key the next one follows. */
      stream;
      streams = 0;
      rowsPort;
      /** Shared with the thread: [0] chunks sent, [1] chunks taken, [2] 1 once its connection is open, 2 once it failed. */
      rowsState = new Int32Array(new SharedArrayBuffer(12));
      /** A failure of the thread (an SQLite error, the thread lost): the run ends with it. */
      onError = () => {
      };
      /** The writes while the thread starts (and after the run took them back), on the run's own connection; none while the thread writes. */
      direct;
      firstWrite = 0;
      timer;
      /** When the thread took the writes over; how long the crawl has waited for it; writes sent to it. */
      handedOver = 0;
      waited = 0;
      sent = 0;
      /** The run took the writes back (takeBack): they stay here to the end. */
      takenBack = false;
      constructor(setup, conn, checkRows = false) {
        this.setup = setup;
        this.conn = conn;
        this.checkRows = checkRows;
        this.direct = new RowStore(conn, setup);
        this.timer = this.commitTimer();
      }
      /** Commits the writes made here at least every `batchMs` (files may come slowly). */
      commitTimer() {
        const timer = setInterval(() => {
          try {
            this.direct?.commitIfDue();
          } catch (e) {
            this.onError(e);
          }
        }, this.setup.batchMs);
        timer.unref();
        return timer;
      }
      /** The store to write on this thread now, if the thread has not taken over (and need not yet). */
      here() {
        if (!this.direct)
          return void 0;
        const now = Date.now();
        if (this.firstWrite === 0) {
          this.firstWrite = now;
          this.boot();
        }
        if (!this.takenBack && (HANDOVER_MS === void 0 ? Atomics.load(this.rowsState, 2) === 1 : now - this.firstWrite >= HANDOVER_MS))
          this.start();
        return this.direct;
      }
      /** A file read: its row, written or replaced. `attributes` as the record has them (text), in the columns' order. */
      upsert(root, key, path, folder, size, mtimeNs, inode, rest, attributes) {
        const here = this.here();
        if (here)
          return here.upsert(root, key, path, folder, size, mtimeNs, inode, rest, attributes);
        const op = ["u", root, key.toString("latin1"), path, folder, text(size), text(mtimeNs), text(inode)];
        for (let i = 0; i < rest.length; i++)
          op.push(rest[i]);
        for (let i = 0; i < attributes.length; i++)
          op.push(attributes[i]);
        this.push(op);
      }
      /** A file not DICOM named after its row was sent: its type, and its stamp (null: none, read again next run). */
      name(root, key, mime, size, mtimeNs, inode) {
        const here = this.here();
        if (here)
          return here.name(root, key, mime, size, mtimeNs, inode);
        this.push(["m", root, key.toString("latin1"), mime, text(size), text(mtimeNs), text(inode)]);
      }
      /** A file gone: its row deleted. */
      remove(root, key) {
        const here = this.here();
        if (here)
          return here.remove(root, key);
        this.push(["d", root, key.toString("latin1")]);
      }
      /**
       * Has the thread read the root's chunks of rows after `after` for the
       * merge, one after another, a few ahead of it (lib/catalogue/chunks.ts):
       * started if it is not, and waited for until its connection is open.
       * Returns whether the chunks now come from it.
       */
      streamRows(root, after) {
        if (this.ended || this.takenBack)
          return false;
        this.start();
        if (Atomics.load(this.rowsState, 2) === 0)
          Atomics.wait(this.rowsState, 2, 0, START_WAIT_MS);
        if (Atomics.load(this.rowsState, 2) !== 1 || this.exited)
          return false;
        const id = ++this.streams;
        this.stream = { id, root, expect: Buffer.from(after) };
        this.push(["r", id, root, after.toString("latin1")]);
        this.flush();
        return true;
      }
      /**
       * The next chunk of the root's rows after `after` from the thread, waited
       * for; undefined when the thread is not reading that one (the merge reads
       * it itself). Synchronous: the merge runs inside the walk's hook.
       */
      streamed(root, after) {
        const stream = this.stream;
        if (!stream || stream.root !== root || !stream.expect.equals(after) || !this.rowsPort)
          return void 0;
        for (; ; ) {
          const seen = Atomics.load(this.rowsState, 0);
          for (let m = receiveMessageOnPort(this.rowsPort); m; m = receiveMessageOnPort(this.rowsPort)) {
            Atomics.add(this.rowsState, 1, 1);
            Atomics.notify(this.rowsState, 1);
            const r = m.message;
            if (r.id !== stream.id)
              continue;
            const packed = r.buffer ? Buffer.from(r.buffer, 0, r.length) : null;
            if (r.count < CURSOR_CHUNK || !packed)
              this.stream = void 0;
            else
              stream.expect = Buffer.from(lastKey(packed));
            return r.marks ? [r.count, packed, r.marks] : [r.count, packed];
          }
          if (this.exited || this.ended || Atomics.load(this.rowsState, 2) === 2) {
            this.stream = void 0;
            return void 0;
          }
          Atomics.wait(this.rowsState, 0, seen, 1e3);
        }
      }
      /** True while the thread has as many messages waiting as it may: the run should wait for `drained()`. */
      get full() {
        return this.waiting >= MAX_WAITING2;
      }
      /** Resolves when the thread has room again (or the run has taken the writes back from a thread that keeps it waiting: STARVED_MS). */
      drained() {
        if (!this.full)
          return Promise.resolve();
        const since = performance.now();
        return new Promise((resolve3) => this.drainWaiters.push(resolve3)).then(() => {
          this.waited += performance.now() - since;
          if (this.waited >= STARVED_MS && this.waited >= 0.25 * (performance.now() - this.handedOver))
            this.takeBack();
        });
      }
      /**
       * Takes the writes back from the thread: waits (synchronously) until it
       * has run and committed every write it was sent, then writes on this
       * thread to the end of the run. The merge reads its chunks here again.
       */
      takeBack() {
        const worker = this.worker;
        if (this.ended || this.direct || this.takenBack || !worker || this.exited)
          return;
        this.flush();
        const flag = new Int32Array(new SharedArrayBuffer(4));
        worker.postMessage({ takeBack: flag });
        Atomics.wait(flag, 0, 0, END_WAIT_MS);
        if (Atomics.load(flag, 0) !== 1)
          return;
        this.takenBack = true;
        this.stream = void 0;
        this.direct = new RowStore(this.conn, this.setup);
        this.timer = this.commitTimer();
      }
      /**
       * Sends what is left and waits (synchronously: this also runs in a
       * process's `exit` handler) until the thread has committed (`commit`) or
       * rolled back its open batch and closed its connection. Throws the
       * thread's error, if its end failed.
       */
      end(commit) { if (process.env.TRACE) console.error('waited ms', Math.round(this.waited), 'takenBack', this.takenBack, 'sent', this.sent);
        if (this.ended)
          return;
        clearInterval(this.timer);
        let error;
        const direct = this.direct;
        this.direct = void 0;
        if (direct) {
          try {
            if (commit)
              direct.commit();
            else
              direct.rollback();
          } catch (e) {
            error = e;
            commit = false;
          }
        }
        if (commit)
          this.flush();
        this.ended = true;
        const worker = this.worker;
        if (worker) {
          if (!this.exited) {
            const flag = new Int32Array(new SharedArrayBuffer(4));
            const { port1, port2 } = new MessageChannel();
            worker.postMessage({ commit, flag, reply: port2 }, [port2]);
            Atomics.wait(flag, 0, 0, END_WAIT_MS);
            const outcome = receiveMessageOnPort(port1)?.message;
            port1.close();
            if (outcome?.failed)
              error ??= failure(outcome.failed);
          }
          worker.unref();
          void worker.terminate();
        }
        if (error)
          throw error;
      }
      push(op) {
        if (this.ended)
          return;
        this.ops.push(op);
        if (++this.sent >= TAKE_BACK_AFTER) {
          this.takeBack();
          return;
        }
        if (this.ops.length >= PER_MESSAGE)
          this.flush();
        else if (!this.scheduled) {
          this.scheduled = true;
          setImmediate(() => {
            this.scheduled = false;
            this.flush();
          });
        }
      }
      flush() {
        if (this.ops.length === 0 || this.ended)
          return;
        const message = JSON.stringify(this.ops);
        this.ops = [];
        const worker = this.worker ?? this.startThread();
        this.waiting++;
        worker.postMessage(message);
      }
      /** Hands the writes over to the thread now (started if it is not: its start takes some 50 ms): what was written here is committed first. */
      start() {
        if (this.ended || this.takenBack)
          return;
        const direct = this.direct;
        this.direct = void 0;
        clearInterval(this.timer);
        direct?.commit();
        if (direct)
          this.handedOver = performance.now();
        this.boot();
      }
      /** Starts the thread (it opens its connection), if it is not running. */
      boot() {
        if (this.worker || this.ended)
          return;
        this.ops.push(["h"]);
        this.flush();
      }
      startThread() {
        const { port1, port2 } = new MessageChannel();
        this.rowsPort = port1;
        const rows = { port: port2, state: this.rowsState, check: this.checkRows };
        const worker = new Worker2(THREAD_FILE, { workerData: { ...this.setup, rows }, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 256 } });
        worker.on("message", (m) => {
          if (m)
            return this.onError(failure(m.failed));
          this.waiting--;
          if (!this.full && this.drainWaiters.length) {
            const waiters = this.drainWaiters;
            this.drainWaiters = [];
            for (const resolve3 of waiters)
              resolve3();
          }
        });
        worker.once("online", keepSmallHeap);
        worker.on("error", (e) => this.onError(e));
        worker.on("exit", (code) => {
          this.exited = true;
          if (!this.ended)
            this.onError(new Error(`catalogue writer thread ended early (exit code ${code})`));
        });
        this.worker = worker;
        return worker;
      }
    };
    text = (v) => typeof v === "bigint" ? v.toString() : v;
  }
});

// dist/lib/catalogue/chunks.js
var AHEAD_AFTER_CHUNKS, RowChunks;
var init_chunks = __esm({
  "dist/lib/catalogue/chunks.js"() {
    "use strict";
    init_merge();
    AHEAD_AFTER_CHUNKS = Number(process.env.DICOM_CRAWLER_READ_AHEAD_AFTER) || 200;
    RowChunks = class {
      statement;
      generation;
      writer;
      /** Chunks read here: the thread is started for the chunks only once a catalogue is large enough to repay its start (about 50 ms of CPU). */
      readHere = 0;
      constructor(statement, generation, writer) {
        this.statement = statement;
        this.generation = generation;
        this.writer = writer;
      }
      next(root, after) {
        const streamed = this.writer.streamed(root, after);
        if (streamed)
          return streamed;
        const chunk = this.statement.get({ generation: this.generation, root, after, limit: CURSOR_CHUNK });
        if (chunk[0] === CURSOR_CHUNK && chunk[1]) {
          this.readHere++;
          if (2 * this.readHere >= AHEAD_AFTER_CHUNKS)
            this.writer.start();
          if (this.readHere >= AHEAD_AFTER_CHUNKS)
            this.writer.streamRows(root, lastKey(chunk[1]));
        }
        return chunk;
      }
    };
  }
});

// dist/lib/catalogue/stamp.js
import { lstatSync as lstatSync2, statSync as statSync5 } from "node:fs";
function loadNative2() {
  const m = nativeAllowed("head-reader") ? headReaderAddon() : void 0;
  return typeof m?.stamp === "function" && typeof m.stampFolder === "function" ? m : void 0;
}
function stamper(followSymlinks) {
  const values = new BigInt64Array(3);
  const text2 = Buffer.alloc(64);
  let stamp;
  if (native2) {
    stamp = (fsPath) => {
      const n = native2.stamp(fsPath, values, followSymlinks, text2);
      return n > 0 ? n : -1;
    };
  } else {
    const stat = followSymlinks ? statSync5 : lstatSync2;
    stamp = (fsPath) => {
      try {
        const st2 = stat(fsPath, { bigint: true });
        values[0] = st2.size;
        values[1] = st2.mtimeNs;
        values[2] = BigInt.asIntN(64, st2.ino);
        return text2.write(`${values[0]}:${values[1]}:${values[2]}`, "latin1");
      } catch {
        return -1;
      }
    };
  }
  return Object.assign(stamp, { values, text: text2 });
}
function folderStamper() {
  if (!native2)
    return void 0;
  const stamps = { values: new BigInt64Array(3 * 256), text: Buffer.alloc(64 * 256), ends: new Int32Array(256) };
  return (dir, names) => {
    if (names.length > stamps.ends.length) {
      const n = Math.max(names.length, 2 * stamps.ends.length);
      stamps.values = new BigInt64Array(3 * n);
      stamps.text = Buffer.alloc(64 * n);
      stamps.ends = new Int32Array(n);
    }
    return native2.stampFolder(dir, names, stamps.values, stamps.text, stamps.ends) === 0 ? stamps : void 0;
  };
}
var native2;
var init_stamp = __esm({
  "dist/lib/catalogue/stamp.js"() {
    "use strict";
    init_native_parts();
    native2 = loadNative2();
  }
});

// dist/lib/catalogue/pending.js
var SLOT, PendingFiles;
var init_pending = __esm({
  "dist/lib/catalogue/pending.js"() {
    "use strict";
    SLOT = 128;
    PendingFiles = class {
      capacity = 256;
      paths = new Array(this.capacity);
      keys = Buffer.allocUnsafeSlow(this.capacity * SLOT);
      longKeys = new Array(this.capacity);
      keyLengths = new Int32Array(this.capacity);
      stamps = new BigInt64Array(this.capacity * 3);
      /** 1: stamped, 2: the catalogue had a row, 4: the stamp comes with the file's record. */
      flags = new Uint8Array(this.capacity);
      head = 0;
      count = 0;
      /** Queues a file: its key (`keyLength` bytes of `key`), and its stamp (size, mtime in ns, inode at `stamp[si]`) unless it could not be stat'ed. */
      push(path, key, keyLength, stamp, si, existed, fromRead = false) {
        if (this.count === this.capacity)
          this.grow();
        const i = (this.head + this.count++) % this.capacity;
        this.paths[i] = path;
        this.keyLengths[i] = keyLength;
        if (keyLength <= SLOT)
          key.copy(this.keys, i * SLOT, 0, keyLength);
        else
          this.longKeys[i] = Buffer.from(key.subarray(0, keyLength));
        if (stamp) {
          this.stamps[3 * i] = stamp[si];
          this.stamps[3 * i + 1] = stamp[si + 1];
          this.stamps[3 * i + 2] = stamp[si + 2];
        }
        this.flags[i] = (stamp ? 1 : 0) | (existed ? 2 : 0) | (fromRead ? 4 : 0);
      }
      /** The path of the first file queued, if any. */
      firstPath() {
        return this.count ? this.paths[this.head] : void 0;
      }
      /** The first file's key (a view valid until the next push), stamp (null when it has none) and whether the catalogue had its row. */
      first() {
        const i = this.head;
        const length = this.keyLengths[i];
        const key = length <= SLOT ? this.keys.subarray(i * SLOT, i * SLOT + length) : this.longKeys[i];
        const stamped = (this.flags[i] & 1) !== 0;
        return {
          key,
          size: stamped ? this.stamps[3 * i] : null,
          mtimeNs: stamped ? this.stamps[3 * i + 1] : null,
          ino: stamped ? this.stamps[3 * i + 2] : null,
          existed: (this.flags[i] & 2) !== 0,
          fromRead: (this.flags[i] & 4) !== 0
        };
      }
      /** Drops the first file. */
      shift() {
        const i = this.head;
        this.paths[i] = void 0;
        this.longKeys[i] = void 0;
        this.head = (i + 1) % this.capacity;
        this.count--;
      }
      grow() {
        const old = { paths: this.paths, keys: this.keys, longKeys: this.longKeys, keyLengths: this.keyLengths, stamps: this.stamps, flags: this.flags, capacity: this.capacity };
        this.capacity *= 2;
        this.paths = new Array(this.capacity);
        this.keys = Buffer.allocUnsafeSlow(this.capacity * SLOT);
        this.longKeys = new Array(this.capacity);
        this.keyLengths = new Int32Array(this.capacity);
        this.stamps = new BigInt64Array(this.capacity * 3);
        this.flags = new Uint8Array(this.capacity);
        for (let n = 0; n < this.count; n++) {
          const from = (this.head + n) % old.capacity;
          this.paths[n] = old.paths[from];
          this.longKeys[n] = old.longKeys[from];
          this.keyLengths[n] = old.keyLengths[from];
          old.keys.copy(this.keys, n * SLOT, from * SLOT, from * SLOT + SLOT);
          this.stamps.set(old.stamps.subarray(3 * from, 3 * from + 3), 3 * n);
          this.flags[n] = old.flags[from];
        }
        this.head = 0;
      }
    };
  }
});

// dist/lib/catalogue/update.js
import { hostname } from "node:os";
function indexArchive(roots, db, options = {}) {
  const rootList = [...new Set(typeof roots === "string" ? [roots] : roots)];
  const batchFiles = checkPositiveInt("batchFiles", options.batchFiles ?? 2e3);
  const batchMs = checkPositiveInt("batchMs", options.batchMs ?? 1e3);
  const wanted = toTagSpecs(options.tags);
  const templates = typeof options.templates === "object" ? options.templates : loadTemplates(options.templates);
  const match = options.match ?? "token";
  const settings = JSON.stringify({ templates, match });
  const shard = typeof options.shard === "string" ? parseShard(options.shard) : options.shard && checkShard(options.shard);
  const conn = openCatalogue(db);
  const started = (/* @__PURE__ */ new Date()).toISOString();
  let begun;
  try {
    begun = beginRun(conn, db, rootList, wanted, settings, started, { ...options, shard });
  } catch (e) {
    conn.close();
    throw catalogueError(e, db);
  }
  const { runId, generation, tags, rereadAll } = begun;
  const counts = { added: 0, changed: 0, removed: 0, unchanged: 0, errors: 0, kept: 0 };
  const statements = mergeStatements(conn);
  const fixed = ["root", "walk_key", "path", "folder", "size", "mtime_ns", "inode", "status", "error_code", "error", "dicom", "mime", "modality_class", "class_source", "first_seen", "last_read", "generation", "run"];
  const types = catalogueAttributes(conn).map((a) => a.column_type);
  const fsRoot = (root) => !root.includes("\\");
  const check = !(options.followSymlinks ?? false) && rootList.every(fsRoot);
  const writer = new CatalogueWriter({ db, columns: [...fixed, ...tags.map((t) => t.keyword)], types, started, generation, runId, batchFiles, batchMs }, conn, check);
  const chunks = new RowChunks(statements.nextRows, generation, writer);
  const context = { generation, counts, remove: (root, key) => writer.remove(root, key), rows: (root, after) => chunks.next(root, after) };
  const merges = /* @__PURE__ */ new Map();
  const mergeOf = (root) => {
    let merge = merges.get(root);
    if (!merge)
      merges.set(root, merge = new RootMerge(root, context, statements));
    return merge;
  };
  const followSymlinks = options.followSymlinks ?? false;
  const stamp = stamper(followSymlinks);
  const stampFolder = folderStamper();
  const keys = new KeyWriter();
  const pending = new PendingFiles();
  const apart = /* @__PURE__ */ new Map();
  const meetEntry = (entry, queue) => {
    const keyLength = keys.entry(entry);
    const stampLength = stamp(entry.fsPath);
    const met = mergeOf(entry.root).meet(keys.buf, keyLength, stamp.text, 0, stampLength, stamp.values, 0);
    if (met === "unchanged") {
      counts.unchanged++;
      return false;
    }
    if (queue === "in-order")
      pending.push(entry.path, keys.buf, keyLength, stampLength > 0 ? stamp.values : void 0, 0, met === "changed");
    else {
      const st2 = stamp.values;
      apart.set(entry.path, { key: Buffer.from(keys.buf.subarray(0, keyLength)), size: stampLength > 0 ? st2[0] : null, mtimeNs: stampLength > 0 ? st2[1] : null, ino: stampLength > 0 ? st2[2] : null, existed: met === "changed", fromRead: false });
    }
    return true;
  };
  let passed = 0;
  const filterFiles = (folder, files) => {
    if (closed)
      return [];
    if (!files) {
      mergeOf(folder.root).unlisted.push(folder.dir);
      return [];
    }
    if (files.length === 0)
      return files;
    const merge = mergeOf(folder.root);
    const kept = [];
    const plain = folder.fsPath === folder.path && files.every((d) => typeof d.name === "string" && !d.name.includes("\\"));
    const names = plain ? files.map((d) => d.name) : void 0;
    const sep = folder.path.endsWith("/") ? "" : "/";
    if (names && merge.checked) {
      for (let i = 0; i < files.length; i++) {
        const keyLength = keys.file(folder.dir, names[i]);
        let met = merge.meet(keys.buf, keyLength, NO_TEXT, 0, UNSTAMPED, stamp.values, 0);
        if (met === "unchanged") {
          counts.unchanged++;
          passed++;
          continue;
        }
        const path = folder.path + sep + names[i];
        const stampLength = stamp(path);
        if (met === "check")
          met = merge.decide(stamp.text, 0, stampLength);
        else if (met === "again")
          met = merge.meet(keys.buf, keyLength, stamp.text, 0, stampLength, stamp.values, 0);
        if (met === "unchanged") {
          counts.unchanged++;
          passed++;
        } else {
          pending.push(path, keys.buf, keyLength, stampLength > 0 ? stamp.values : void 0, 0, met === "changed");
          kept.push(files[i]);
        }
      }
      return afterFolder(kept);
    }
    if (names && readsStamp(folder.root) && !merge.rowsAhead()) {
      for (let i = 0; i < files.length; i++) {
        const keyLength = keys.file(folder.dir, names[i]);
        const path = folder.path + sep + names[i];
        if (files[i].isFile())
          pending.push(path, keys.buf, keyLength, void 0, 0, false, true);
        else
          pending.push(path, keys.buf, keyLength, stamp(path) > 0 ? stamp.values : void 0, 0, false);
      }
      return afterFolder(files);
    }
    const stamps = names && stampFolder?.(folder.fsPath, names);
    if (!stamps) {
      for (const d of files) {
        const at = entryPath(folder, d);
        if (meetEntry({ ...at, root: folder.root, dir: folder.dir, kind: "file" }, "in-order"))
          kept.push(d);
        else
          passed++;
      }
    } else {
      let start = 0;
      for (let i = 0; i < files.length; i++) {
        const end = stamps.ends[i];
        const keyLength = keys.file(folder.dir, names[i]);
        const met = merge.meet(keys.buf, keyLength, stamps.text, start, end - start, stamps.values, 3 * i);
        if (met === "unchanged") {
          counts.unchanged++;
          passed++;
        } else {
          pending.push(folder.path + sep + names[i], keys.buf, keyLength, end > start ? stamps.values : void 0, 3 * i, met === "changed");
          kept.push(files[i]);
        }
        start = end;
      }
    }
    return afterFolder(kept);
  };
  const afterFolder = (kept) => {
    if (writer.full)
      return writer.drained().then(() => kept);
    if (passed < 2e3)
      return kept;
    passed = 0;
    return new Promise((resolve3) => setImmediate(resolve3, kept));
  };
  const select = (entry) => {
    if (entry.kind === "directory") {
      if (entry.error && followSymlinks)
        mergeOf(entry.root).unlisted.push(entry.dir);
      return !entry.folder;
    }
    if (followSymlinks)
      return meetEntry(entry, "in-order");
    return entry.path === entry.root ? meetEntry(entry, "apart") : true;
  };
  const naming = /* @__PURE__ */ new Map();
  const early = /* @__PURE__ */ new Map();
  const nameKey = (record) => `${record.root}\0${record.path}`;
  const named2 = (record) => {
    if (closed)
      return;
    const file = naming.get(nameKey(record));
    if (!file)
      return void early.set(nameKey(record), record.mime);
    naming.delete(nameKey(record));
    writer.name(record.root, file.key, record.mime, file.size, file.mtimeNs, file.ino);
  };
  const records = crawl(rootList, { ...options, ...shard ? { shard } : {}, tags, allFiles: true, recordMime: false, onNamed: named2, select, stamps: true, ...followSymlinks ? {} : { filterFiles } });
  const stampedRoots = new Set(blockingReadsStamp ? records.stats.readModes.filter((m) => m.concurrency === 1 && fsRoot(m.root)).map((m) => m.root) : []);
  const readsStamp = (root) => stampedRoots.has(root);
  const store = (record) => {
    let file = !followSymlinks && record.path === record.root ? apart.get(record.path) : void 0;
    if (file)
      apart.delete(record.path);
    else {
      if (pending.firstPath() !== record.path)
        return;
      file = pending.first();
      pending.shift();
    }
    if (file.fromRead && record.stamp)
      ({ size: file.size, mtimeNs: file.mtimeNs, ino: file.ino } = record.stamp);
    if (file.existed)
      counts.changed++;
    else
      counts.added++;
    if (record.error)
      counts.errors++;
    let mime = record.mime;
    if (mime === null && record.status === "not-dicom" && early.has(nameKey(record))) {
      mime = early.get(nameKey(record));
      early.delete(nameKey(record));
    }
    const unnamed = mime === null && record.status === "not-dicom";
    const stamped = file.mtimeNs !== null && !unnamed && !(record.error_code && RECORD_ERRORS[record.error_code].unreadable);
    if (unnamed)
      naming.set(nameKey(record), { key: Buffer.from(file.key), size: file.size, mtimeNs: file.mtimeNs, ino: file.ino });
    const attrs = record.attributes;
    const values = new Array(tags.length);
    for (let i = 0; i < tags.length; i++)
      values[i] = attrs[tags[i].keyword] ?? null;
    writer.upsert(record.root, file.key, record.path, record.dir, stamped ? file.size : record.size, stamped ? file.mtimeNs : null, stamped ? file.ino : null, [record.status, record.error_code, record.error ?? record.skip ?? null, record.dicom, mime, record.modality_class, record.class_source], values);
    if (writer.full && !records.isPaused()) {
      records.pause();
      void writer.drained().then(() => {
        if (!closed)
          records.resume();
      });
    }
  };
  let closed = false;
  const close2 = (status, summary) => {
    if (closed)
      return;
    closed = true;
    let writeError;
    try {
      try {
        writer.end(status !== "failed");
      } catch (e) {
        writeError = e;
        status = "failed";
      }
      try {
        endRun(conn, runId, status, counts, rootList, started, summary);
        conn.pragma("wal_checkpoint(TRUNCATE)");
      } catch (e) {
        if (!writeError)
          throw e;
      }
    } finally {
      conn.close();
    }
    if (writeError)
      throw writeError;
  };
  let fail = () => {
  };
  const guard = (fn) => {
    try {
      fn();
    } catch (e) {
      fail(e);
    }
  };
  const done2 = new Promise((resolve3, reject) => {
    let failed = false;
    writer.onError = (e) => fail(e);
    fail = (e) => {
      if (failed)
        return;
      failed = true;
      records.destroy();
      try {
        close2("failed");
      } catch {
      }
      reject(catalogueError(e, db));
    };
    let summary;
    records.on("stats", (s) => summary = s);
    records.on("data", (record) => guard(() => store(record)));
    records.on("error", (e) => fail(e));
    records.on("end", () => guard(() => {
      for (const merge of merges.values())
        merge.finish();
      summary ??= records.stats.toJSON();
      close2("complete", summary);
      resolve3({ ...summary, catalogue: { ...counts, run: runId, rereadAll } });
    }));
  });
  return {
    stats: records.stats,
    counts,
    rereadAll,
    done: done2,
    stop: () => {
      records.destroy();
      close2("interrupted");
    }
  };
}
function beginRun(conn, file, roots, wanted, settings, started, options) {
  const current = getMeta(conn, "writer");
  if (current)
    checkWriter(JSON.parse(current), file, options.breakLock ?? false);
  return conn.transaction(() => {
    const part = options.shard && typeof options.shard === "object" ? `${options.shard.index}/${options.shard.count}` : "all";
    const held = getMeta(conn, "shard");
    if (held !== void 0 && held !== part && conn.prepare("SELECT 1 FROM files LIMIT 1").get() !== void 0) {
      throw new CrawlerError("BAD_OPTION", `catalogue ${file} holds ${held === "all" ? "all shards" : `shard ${held}`} of its roots; this run asks for ${part === "all" ? "all of them" : `shard ${part}`}: keep one catalogue per shard`);
    }
    setMeta(conn, "shard", part);
    const writer = getMeta(conn, "writer");
    if (writer)
      checkWriter(JSON.parse(writer), file, options.breakLock ?? false);
    setMeta(conn, "writer", JSON.stringify({ pid: process.pid, host: hostname(), started }));
    conn.prepare("UPDATE runs SET status = 'interrupted' WHERE status = 'running'").run();
    let generation = Number(getMeta(conn, "generation") ?? "1");
    const have = new Set(catalogueAttributes(conn).map((a) => a.keyword));
    const asked = [...wanted, ...resolveTags(GROUP_TAGS).filter((g) => !wanted.some((t) => t.keyword === g.keyword))];
    const added = asked.filter((t) => !have.has(t.keyword));
    const hasFiles = conn.prepare("SELECT 1 FROM files LIMIT 1").get() !== void 0;
    const reasons = [];
    if (added.length) {
      if (hasFiles)
        generation++;
      addAttributes(conn, added, generation);
      if (hasFiles)
        reasons.push(`new attributes ${added.map((t) => t.keyword).join(", ")}`);
    }
    conn.exec(groupViews("files"));
    const before = getMeta(conn, "settings");
    if (before !== settings) {
      if (hasFiles && before) {
        if (!added.length)
          generation++;
        reasons.push("other templates or --match");
      }
      setMeta(conn, "settings", settings);
    }
    setMeta(conn, "generation", String(generation));
    const all = catalogueAttributes(conn);
    const tags = all.map((a) => resolveTag(a.keyword));
    const runOptions = { shard: part, followSymlinks: options.followSymlinks ?? false, match: options.match ?? "token", templates: typeof options.templates === "string" ? options.templates : null, concurrency: options.concurrency ?? 1 };
    const runId = Number(conn.prepare("INSERT INTO runs (started, status, roots, options, tags) VALUES (?, 'running', ?, ?, ?)").run(started, JSON.stringify(roots), JSON.stringify(runOptions), JSON.stringify(wanted.map((t) => t.keyword))).lastInsertRowid);
    return { runId, generation, tags, rereadAll: reasons.length ? `${reasons.join("; ")}: every file is read again` : null };
  }).immediate();
}
function checkWriter(writer, file, breakLock) {
  if (writer.host === hostname()) {
    if (writer.pid !== process.pid && isAlive2(writer.pid)) {
      throw new CrawlerError("CATALOGUE_BUSY", `catalogue ${file} is being updated by process ${writer.pid} (since ${writer.started}); wait for it to finish`);
    }
    return;
  }
  if (!breakLock) {
    throw new CrawlerError("CATALOGUE_BUSY", `catalogue ${file} is being updated from host ${writer.host} (process ${writer.pid}, since ${writer.started}); if that run is gone, run again with --break-lock`);
  }
}
function isAlive2(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
function endRun(conn, runId, status, counts, roots, started, summary) {
  conn.transaction(() => {
    const ended = (/* @__PURE__ */ new Date()).toISOString();
    conn.prepare("UPDATE runs SET ended = ?, status = ?, added = ?, changed = ?, removed = ?, unchanged = ?, errors = ? WHERE id = ?").run(ended, status, counts.added, counts.changed, counts.removed, counts.unchanged, counts.errors, runId);
    if (status === "complete" && summary) {
      const seen = conn.prepare("INSERT INTO roots (root, last_seen, last_run) VALUES (?, ?, ?) ON CONFLICT (root) DO UPDATE SET last_seen = excluded.last_seen, last_run = excluded.last_run");
      for (const r of roots)
        seen.run(r, started, runId);
    }
    setMeta(conn, "writer", null);
  }).immediate();
}
var NO_TEXT;
var init_update = __esm({
  "dist/lib/catalogue/update.js"() {
    "use strict";
    init_crawl();
    init_errors();
    init_tags();
    init_read_header();
    init_shard();
    init_templates();
    init_schema();
    init_writer();
    init_chunks();
    init_walk_key();
    init_merge();
    init_walk();
    init_stamp();
    init_pending();
    init_read_head();
    NO_TEXT = Buffer.alloc(0);
  }
});

// dist/cli/index-run.js
var index_run_exports = {};
__export(index_run_exports, {
  formatIndexSummary: () => formatIndexSummary,
  runIndex: () => runIndex
});
import { writeFileSync } from "node:fs";
async function runIndex(roots, opts) {
  const tags = resolveTagOptions(opts.tags, opts.addTags);
  const templates = loadTemplates(opts.templates);
  checkRoots(roots);
  const shard = resolveShard(opts);
  const run = indexArchive(roots, opts.db, {
    ...shard ? { shard } : {},
    tags,
    templates,
    match: opts.match,
    followSymlinks: opts.followSymlinks,
    followOutsideRoots: opts.followOutsideRoots,
    concurrency: opts.concurrency,
    ...opts.jobs !== void 0 ? { jobs: opts.jobs } : {},
    batchFiles: opts.commitEvery,
    breakLock: opts.breakLock
  });
  const onExit = () => run.stop();
  process.once("exit", onExit);
  if (run.rereadAll && !opts.quiet)
    process.stderr.write(`dicom-crawler: catalogue ${opts.db}: ${run.rereadAll}
`);
  const progress = Progress.wanted({ quiet: opts.quiet, toFile: true }) ? new Progress(run.stats, { unchanged: () => run.counts.unchanged }).start() : void 0;
  let summary;
  try {
    summary = await run.done;
  } finally {
    progress?.stop(true);
    process.off("exit", onExit);
  }
  if (!opts.quiet)
    process.stderr.write(formatIndexSummary(opts.db, summary));
  if (opts.stats) {
    try {
      writeFileSync(opts.stats, JSON.stringify(summary, null, 2) + "\n");
    } catch (e) {
      throw new CrawlerError("OUTPUT_FAILED", `cannot write ${opts.stats}: ${describeWriteError(e)}`);
    }
  }
  return summary.unreadableDirs + summary.unreadableFiles > 0 ? 1 : 0;
}
function formatIndexSummary(db, s) {
  const c = s.catalogue;
  const total = c.added + c.changed + c.unchanged;
  let text2 = `catalogue ${db}: ${count(total)} files: ${count(c.added)} added, ${count(c.changed)} changed, ${count(c.removed)} removed, ${count(c.unchanged)} unchanged` + (c.kept ? `; ${count(c.kept)} kept under folders that could not be read` : "") + ` in ${s.elapsedSeconds.toFixed(2)} s
`;
  if (s.filesSeen > 0 || s.unreadableDirs > 0)
    text2 += `read: ${formatSummary(s, colorsFor(process.stderr))}`;
  return text2;
}
var init_index_run = __esm({
  "dist/cli/index-run.js"() {
    "use strict";
    init_count();
    init_update();
    init_errors();
    init_templates();
    init_atomic_output();
    init_options();
    init_progress();
    init_report();
  }
});

// dist/lib/catalogue/export.js
import { Readable as Readable3 } from "node:stream";
function exportCatalogue(dbs, options = {}) {
  const files = typeof dbs === "string" ? [dbs] : [...dbs];
  const table = options.table ?? "files";
  const format = options.format ?? "csv";
  if (files.length === 0)
    throw new CrawlerError("BAD_OPTION", "no catalogue given");
  if (files.length > MAX_CATALOGUES)
    throw new CrawlerError("BAD_OPTION", `at most ${MAX_CATALOGUES} catalogues can be read as one, got ${files.length}`);
  if (!EXPORT_TABLES.includes(table))
    throw new CrawlerError("BAD_OPTION", `unknown table "${table}" (one of ${EXPORT_TABLES.join(", ")})`);
  if (format !== "csv" && format !== "ndjson" && format !== "parquet")
    throw new CrawlerError("BAD_OPTION", `unknown format "${format}" (csv, ndjson or parquet)`);
  if (format === "parquet" && table !== "files")
    throw new CrawlerError("BAD_OPTION", `--format parquet writes the files table only (its records typed as the crawl types them), not ${table}`);
  const attributes = [];
  for (const file of files) {
    const db2 = openCatalogue(file, { readonly: true });
    const have = new Set(attributes.map((t) => t.keyword));
    const more = catalogueAttributes(db2).filter((a) => !have.has(a.keyword));
    attributes.push(...more.map((a) => resolveTag(a.keyword)));
    db2.close();
  }
  const db = openCatalogue(files[0], { readonly: true });
  let rows;
  let toText;
  let header;
  let parquet;
  try {
    files.slice(1).forEach((file, i) => db.prepare(`ATTACH DATABASE ? AS ${quoteId(`shard${i + 1}`)}`).run(file));
    const names = ["main", ...files.slice(1).map((_, i) => `shard${i + 1}`)];
    const fileColumns = ["root", "walk_key", "path", "folder", "size", "status", "error_code", "error", "dicom", "mime", "modality_class", "class_source", ...attributes.map((t) => t.keyword)];
    const selects = names.map((name) => {
      const own = new Set(db.prepare(`SELECT name FROM ${quoteId(name)}.pragma_table_info('files')`).pluck().all());
      return `SELECT ${fileColumns.map((c) => own.has(c) ? quoteId(c) : `NULL AS ${quoteId(c)}`).join(", ")} FROM ${quoteId(name)}.files`;
    });
    db.exec(`CREATE TEMP VIEW all_files AS ${selects.join(" UNION ALL ")}`);
    if (table === "files") {
      const where = options.allFiles ? "" : "WHERE status IN ('ok', 'error')";
      rows = db.prepare(`SELECT * FROM temp.all_files ${where} ORDER BY root, walk_key`).iterate();
      const tags = attributes;
      if (format === "parquet") {
        parquet = toParquet({ tags });
        toText = () => "";
      } else if (format === "csv") {
        header = csvHeader(recordColumns(tags));
        toText = (row) => csvLine(asRecord(row, tags), tags);
      } else
        toText = (row) => ndjsonLine(asRecord(row, tags), tags);
    } else {
      db.exec(groupViews("all_files", "temp."));
      const uid = table === "series" ? "SeriesInstanceUID" : table === "studies" ? "StudyInstanceUID" : "PatientID";
      const stmt = db.prepare(`SELECT * FROM temp.${table} ORDER BY ${uid}`);
      const columns = stmt.columns().map((c) => c.name);
      rows = stmt.iterate();
      if (format === "csv") {
        header = csvHeader(columns);
        toText = (row) => `${columns.map((c) => csvCell(row[c])).join(",")}
`;
      } else
        toText = (row) => `${JSON.stringify(row)}
`;
    }
  } catch (e) {
    db.close();
    throw catalogueError(e, files[0]);
  }
  const source = Readable3.from(closing(rows, db), { objectMode: true, highWaterMark: 64 });
  if (parquet) {
    const tags = attributes;
    const records = source.map((row) => asRecord(row, tags));
    records.on("error", (e) => parquet.destroy(catalogueError(e, files[0])));
    return records.pipe(parquet);
  }
  const text2 = textBatches(toText, header === void 0 ? {} : { header });
  source.on("error", (e) => text2.destroy(catalogueError(e, files[0])));
  return source.pipe(text2);
}
function* closing(rows, db) {
  try {
    yield* rows;
  } finally {
    db.close();
  }
}
function asRecord(row, tags) {
  const attributes = {};
  for (const t of tags)
    attributes[t.keyword] = fromColumn(row[t.keyword]);
  return {
    path: row.path,
    root: row.root,
    dir: row.folder,
    size: row.size,
    mtime: null,
    dicom: row.dicom,
    mime: row.mime,
    modality_class: row.modality_class,
    class_source: row.class_source,
    error: row.error,
    status: row.status,
    error_code: row.error_code,
    attributes
  };
}
var EXPORT_TABLES, MAX_CATALOGUES;
var init_export = __esm({
  "dist/lib/catalogue/export.js"() {
    "use strict";
    init_errors();
    init_csv_line();
    init_ndjson_line();
    init_record_fields();
    init_tags();
    init_text_batches();
    init_to_parquet();
    init_schema();
    init_values();
    init_values();
    EXPORT_TABLES = Object.freeze(["files", "series", "studies", "patients"]);
    MAX_CATALOGUES = 10;
  }
});

// dist/cli/export-run.js
var export_run_exports = {};
__export(export_run_exports, {
  runExport: () => runExport
});
import { pipeline as pipeline3 } from "node:stream/promises";
async function runExport(opts) {
  const text2 = exportCatalogue(opts.db, { table: opts.table, format: opts.format, allFiles: opts.allFiles });
  const out = opts.output ? await AtomicFile.open(opts.output) : void 0;
  try {
    await pipeline3(text2, out ? out.stream : process.stdout);
  } catch (e) {
    out?.discard();
    throw e;
  }
  out?.commit();
  return 0;
}
var init_export_run = __esm({
  "dist/cli/export-run.js"() {
    "use strict";
    init_export();
    init_atomic_output();
  }
});

// dist/cli/index.js
init_package_root();
init_esm();
init_crawl();
init_to_parquet();
init_errors();
init_stats();
init_atomic_output();
init_interrupt();
init_outputs();
init_options();
init_templates();
init_report();
import { readFileSync as readFileSync5, realpathSync } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { join as join8 } from "node:path";
import { pipeline as pipeline4 } from "node:stream/promises";

// dist/cli/summary-command.js
init_esm();
init_options();
var EXAMPLES = `
Examples:
  dicom-crawler summary /data/siteA
      writes /data/siteA/modal_data.csv
  dicom-crawler summary --output-dir reports/ /data/siteA /data/siteB
      writes reports/siteA-modal_data.csv and reports/siteB-modal_data.csv
  dicom-crawler summary --stdout /data/siteA | csvlook -I --snifflimit 0
      one table for all roots on stdout

Rows: one per folder that directly holds DICOM files with a modality class,
and one per folder whose name matches a template but holds no readable DICOM
(empty values). Sorted by Study Date, then Acquisition Time (each with
empty values last), then by Path.`;
function addSummaryCommand(program2) {
  const cmd = program2.command("summary").description("One row per series folder: writes <root>/modal_data.csv for each root.").argument("<root...>", "folders to summarize (Path in the table starts as given here)").addOption(new Option("--output-dir <dir>", "write <name>-modal_data.csv per root into this folder instead of into each root")).addOption(new Option("--stdout", "write one table for all roots to stdout instead of files").default(false).conflicts("outputDir"));
  for (const o of commonOptions())
    cmd.addOption(o);
  cmd.addHelpText("after", EXAMPLES);
  cmd.action(async (roots, opts) => {
    const { runSummary: runSummary2 } = await Promise.resolve().then(() => (init_summary2(), summary_exports));
    process.exitCode = await runSummary2(roots, opts);
  });
  return cmd;
}

// dist/cli/index-command.js
init_esm();
init_options();
var EXAMPLES2 = `
Examples:
  dicom-crawler index --db archive.sqlite /data/archive
      first run: reads every file; later runs read only new and changed files
  sqlite3 archive.sqlite 'SELECT Modality, count(*) FROM files GROUP BY 1'
      query the catalogue (also while a run writes it)
  dicom-crawler export --db archive.sqlite --table series > series.csv

A file whose size, mtime and inode are unchanged is not opened; files gone are
removed. A run that is killed keeps what it committed: run it again to go on.
Schema: docs/CATALOGUE.md.

Exit codes: 0 finished, 1 finished but some paths could not be read,
2 bad option or root, or --db is not a catalogue (or a newer one),
3 catalogue cannot be written (read-only, disk full), 4 another run is writing
this catalogue, 130/143 interrupted (what was committed stays).`;
function addIndexCommand(program2) {
  const cmd = program2.command("index").description("Keep an SQLite catalogue of the roots: reads only new and changed files, removes files gone.").argument("<root...>", "folders to index (paths in the catalogue start as given here)").addOption(new Option("--db <file>", "the catalogue (SQLite), created if missing").makeOptionMandatory()).addOption(new Option("--tags <list>", "attributes to read, written as for the crawl (keywords, tags, sequence paths, private attributes by creator), comma-separated, repeatable; the catalogue keeps every attribute it ever had (default: the default attributes)").argParser(collectList)).addOption(new Option("--add-tags <list>", "attributes to read in addition to the default set (comma-separated, repeatable) (default: none)").argParser(collectList)).addOption(new Option("--commit-every <n>", "commit after this many files written (also at least once a second)").default(2e3).argParser(positiveInt("--commit-every"))).addOption(new Option("--break-lock", "take over a catalogue a run on another host is recorded as writing").default(false));
  for (const o of commonOptions())
    cmd.addOption(o);
  cmd.addHelpText("after", EXAMPLES2);
  cmd.action(async (roots, opts) => {
    const { runIndex: runIndex2 } = await Promise.resolve().then(() => (init_index_run(), index_run_exports));
    process.exitCode = await runIndex2(roots, opts);
  });
  return cmd;
}

// dist/cli/export-command.js
init_esm();
init_options();
var EXAMPLES3 = `
Examples:
  dicom-crawler export --db archive.sqlite > files.csv
      one row per DICOM file, as the crawl writes it
  dicom-crawler export --db archive.sqlite --table series --format ndjson
      one JSON object per series (grouped by SeriesInstanceUID)
  dicom-crawler export --db shard1.sqlite --db shard2.sqlite --table studies -o studies.csv
      several catalogues (one per shard) read as one

Exit codes: 0 written, 2 bad option or --db is not a catalogue (or a newer
one), 3 output could not be written.`;
function addExportCommand(program2) {
  const cmd = program2.command("export").description("Write a catalogue's table (files, series, studies, patients) as CSV, NDJSON or Parquet.").addOption(new Option("--db <file>", "catalogue to read; repeat (or comma-separate) to read several as one").argParser(collectList).makeOptionMandatory()).addOption(new Option("--table <name>", "what to write").choices(["files", "series", "studies", "patients"]).default("files")).addOption(new Option("-f, --format <format>", "output format (parquet: --table files only)").choices(["csv", "ndjson", "parquet"]).default("csv")).addOption(new Option("-o, --output <file>", "write to this file, via a temp name renamed when complete (default: stdout)")).addOption(new Option("--all-files", "with --table files: also files that are not DICOM and paths skipped").default(false));
  cmd.addHelpText("after", EXAMPLES3);
  cmd.action(async (opts) => {
    const { runExport: runExport2 } = await Promise.resolve().then(() => (init_export_run(), export_run_exports));
    process.exitCode = await runExport2(opts);
  });
  return cmd;
}

// dist/cli/index.js
init_progress();

// dist/cli/help.js
init_tags();
function wrapList(words, width = 78, indent = "  ", sep = ", ") {
  const lines = [];
  let line = "";
  words.forEach((w, i) => {
    const piece = w + (i < words.length - 1 ? sep.trimEnd() : "");
    if (line && indent.length + line.length + 1 + piece.length > width) {
      lines.push(indent + line);
      line = piece;
    } else
      line = line ? `${line} ${piece}` : piece;
  });
  if (line)
    lines.push(indent + line);
  return lines.join("\n");
}
function defaultAttributesHelp() {
  return `

Default attributes (--tags):
${wrapList(DEFAULT_TAGS)}`;
}

// dist/cli/index.js
init_small_heap();
var pkg = JSON.parse(readFileSync5(join8(PACKAGE_ROOT, "package.json"), "utf8"));
var EXIT = Object.freeze({ ok: 0, someUnreadable: 1, usage: 2, output: 3, sigint: 130, sigterm: 143 });
var EXAMPLES4 = `
Examples:
  dicom-crawler /data/archive > files.csv
      one CSV row per DICOM file, default attributes
  dicom-crawler --format ndjson --add-tags Manufacturer,BodyPartExamined /data | jq -r .Modality | sort | uniq -c
      NDJSON with two extra attributes, counted by modality
  dicom-crawler summary --output-dir reports/ /data/siteA /data/siteB
      one row per series folder, reports/<name>-modal_data.csv per root

Exit codes: 0 finished, 1 finished but some paths could not be read,
2 bad option, template or root, 3 output could not be written,
130/143 interrupted (SIGINT/SIGTERM).`;
function buildProgram() {
  const program2 = new Command();
  program2.name("dicom-crawler").enablePositionalOptions().description("Crawl folders of DICOM files into one record per file (CSV, NDJSON or Parquet on stdout).").version(pkg.version, "-v, --version").addOption(new Option("-V").hideHelp()).helpCommand(true).argument("<root...>", "folders to crawl (paths in the output start as given here)").addOption(new Option("-f, --format <format>", "output format").choices(["csv", "ndjson", "parquet"]).default("csv")).addOption(new Option("-o, --output <file>", "write to this file, via a temp name renamed when complete (default: stdout)")).addOption(new Option("--tags <list>", "attributes to read: keywords, tags ((0010,0020), 00100020), paths into sequences (Seq/Attr, Seq[0]/Attr) or private attributes ([Creator]gggg,xxee), comma-separated, repeatable; each column is named as written (default: the default attributes, listed below)").argParser(collectList)).addOption(new Option("--add-tags <list>", "attributes to read in addition to the default set (comma-separated, repeatable) (default: none)").argParser(collectList)).addOption(new Option("--escape-formulas", "CSV for spreadsheets: prefix cells that would run as formulas (=, +, -, @ first) with '").default(false)).addOption(new Option("--all-files", "also write records for files that are not DICOM and paths skipped").default(false));
  for (const o of commonOptions())
    program2.addOption(o);
  program2.addHelpText("after", EXAMPLES4 + defaultAttributesHelp());
  addSummaryCommand(program2);
  addIndexCommand(program2);
  addExportCommand(program2);
  program2.on("option:V", () => {
    process.stdout.write(`${pkg.version}
`);
    throw new CommanderError(0, "commander.version", pkg.version);
  });
  program2.action(async (roots, opts) => {
    process.exitCode = await runCrawl(roots, opts);
  });
  return program2;
}
async function runCrawl(roots, opts) {
  const tags = resolveTagOptions(opts.tags, opts.addTags);
  const templates = loadTemplates(opts.templates);
  checkRoots(roots);
  if (opts.format === "parquet" && isStdout(opts.output) && process.stdout.isTTY) {
    throw new CrawlerError("BAD_OPTION", "--format parquet writes a binary file: give --output FILE or redirect stdout");
  }
  if (opts.escapeFormulas && opts.format !== "csv")
    throw new CrawlerError("BAD_OPTION", `--escape-formulas applies to CSV only, not to --format ${opts.format}`);
  const shard = resolveShard(opts);
  const toStdout = isStdout(opts.output);
  if (toStdout)
    checkStdoutOpen();
  let records;
  let progress;
  let stats;
  let out;
  const stopOnSignal = onInterrupt((signal) => {
    progress?.stop();
    out?.discard();
    endInterrupted(signal, (records?.stats ?? new CrawlStats()).toJSON(), opts.quiet, out ? [out.target] : [], (s) => stats?.write(s));
  });
  try {
    stats = await openStats(opts.stats, toStdout);
    out = toStdout ? void 0 : await AtomicFile.open(opts.output);
  } catch (e) {
    stopOnSignal();
    stats?.discard();
    throw e;
  }
  records = crawl(roots, {
    tags,
    templates,
    match: opts.match,
    allFiles: opts.allFiles,
    followSymlinks: opts.followSymlinks,
    followOutsideRoots: opts.followOutsideRoots,
    concurrency: opts.concurrency,
    ...opts.jobs !== void 0 ? { jobs: opts.jobs } : {},
    ...shard ? { shard } : {},
    ignore: ownFiles([out, stats?.file]),
    // CSV and NDJSON are written by the crawl itself (by its worker threads, with --jobs); Parquet from its records.
    ...opts.format !== "parquet" ? { format: opts.format, escapeFormulas: opts.escapeFormulas } : {}
  });
  progress = Progress.wanted({ quiet: opts.quiet, toFile: Boolean(out) }) ? new Progress(records.stats).start() : void 0;
  let summary;
  records.on("stats", (s) => summary = s);
  const parquet = opts.format === "parquet" ? toParquet({ tags }) : void 0;
  const untyped = parquet?.untyped ?? records.untyped;
  try {
    if (parquet)
      await pipeline4(records, parquet, out ? out.stream : process.stdout);
    else
      await pipeline4(records, out ? out.stream : process.stdout);
    if (out)
      await throwIfInterrupted();
    out?.commit();
  } catch (e) {
    stopOnSignal();
    progress?.stop();
    out?.discard();
    stats?.discard();
    throw e;
  }
  stopOnSignal();
  onInterrupt(() => {
  });
  progress?.stop(true);
  summary ??= records.stats.toJSON();
  if (untyped?.size)
    summary = { ...summary, untypedValues: untyped.toJSON() };
  if (!opts.quiet)
    process.stderr.write(formatSummary(summary, colorsFor(process.stderr)));
  stats?.write({ ...summary, interrupted: null });
  return summary.unreadableDirs + summary.unreadableFiles > 0 ? EXIT.someUnreadable : EXIT.ok;
}
function isMainModule(argv1) {
  if (!argv1)
    return false;
  const self = realpathSync(fileURLToPath2(import.meta.url));
  for (const candidate of [argv1, `${argv1}.js`]) {
    try {
      if (realpathSync(candidate) === self)
        return true;
    } catch {
    }
  }
  return false;
}
async function main(argv) {
  const program2 = buildProgram();
  program2.exitOverride();
  program2.configureOutput({
    writeErr: (s) => process.stderr.write(s),
    outputError: (s, write2) => write2(`dicom-crawler: ${s.replace(/^error: /, "").trim()}
Run 'dicom-crawler --help' for usage.
`)
  });
  for (const sub of program2.commands)
    sub.exitOverride().configureOutput(program2.configureOutput());
  try {
    await program2.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (e) {
    return exitCodeFor(e);
  }
}
function exitCodeFor(e) {
  if (e instanceof CommanderError) {
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
      return EXIT.ok;
    return EXIT.usage;
  }
  if (e instanceof Interrupted)
    return SIGNAL_EXIT[e.signal];
  const err = e;
  if (err?.code === "EPIPE" || err?.code === "ERR_STREAM_PREMATURE_CLOSE")
    return EXIT.ok;
  if (e instanceof CrawlerError) {
    const usage = EXIT_CODES[e.code] === EXIT.usage && !e.code.includes("CATALOGUE");
    process.stderr.write(`dicom-crawler: ${e.message}
${usage ? "Run 'dicom-crawler --help' for usage.\n" : ""}`);
    return EXIT_CODES[e.code];
  }
  if (err?.syscall === "write" || err?.code === "ENOSPC") {
    process.stderr.write(`dicom-crawler: cannot write output: ${describeWriteError(err)}
`);
    return EXIT.output;
  }
  process.stderr.write(`dicom-crawler: ${err?.message ?? String(e)}
`);
  return 1;
}
if (isMainModule(process.argv[1])) {
  smallHeap();
  installSignalHandlers();
  process.on("exit", () => AtomicFile.discardAll());
  process.stdout.on("error", (e) => {
    if (e.code === "EPIPE")
      process.exit(EXIT.ok);
  });
  main(process.argv).then((code) => {
    if (interruptedBy())
      process.exit(code);
    process.exitCode = code;
  });
}
export {
  EXIT,
  buildProgram,
  isMainModule,
  main
};
