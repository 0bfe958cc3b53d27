#!/usr/bin/env node
// Validates Adaptive Card JSON the way our cards must work in Teams: parsed by the Adaptive Cards
// JavaScript library (adaptivecards 3.0.6) targeting schema 1.5, plus the checks the library does
// not make (see docs/protocol.md §5).
//
// Usage: node tests/tools/validate-card.mjs card.json [more.json ...]   (no file: one card from stdin)
// Prints one JSON object: { "ok": bool, "maxVersion": "1.5", "cards": [ { "source", "ok", "errors", "warnings" } ] }
// Exit code: 0 when no card has errors, 1 when one has, 2 when the tool itself cannot run.
//
// Errors: the library's parse and validation events (invalid enum values, properties newer than 1.5,
// duplicate ids, inputs without id, too many actions, ...), a version missing or above 1.5, an element
// or action type the 1.5 schema does not know (unless it has a fallback), an Action.Execute without an
// Action.Submit fallback, Action.ToggleVisibility targets that are not in the card, a refresh whose
// action is not Action.Execute, and the same checks on every fallback (the library skips a fallback
// when it knows the primary type). Warnings: properties the library does not know (typos are
// silently dropped by it), TextBlocks without text, empty ActionSets, hints and deprecations.
//
// The library's npm "lib" build is ES modules with extension-less imports that Node cannot load, so
// the UMD bundle in "dist" is used. Parsing and validating need no DOM (only rendering does).

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
let AC;
try {
    AC = require("adaptivecards/dist/adaptivecards.min.js");
} catch (error) {
    process.stderr.write(`validate-card: the adaptivecards package is missing (run: npm ci --prefix tests/tools): ${error.message}\n`);
    process.exit(2);
}

const MAX_VERSION = "1.5";
const target = AC.Versions.v1_5;

// Properties the parser reads outside an object's schema (collections, fallback) or that hosts add.
const EXTRA_PROPERTIES = {
    "*": ["fallback"],
    AdaptiveCard: ["body", "actions", "msteams"],
    Container: ["items"],
    Column: ["items"],
    TableCell: ["items"],
    ColumnSet: ["columns"],
    ActionSet: ["actions"],
    ImageSet: ["images"],
    RichTextBlock: ["inlines"],
    Table: ["rows", "columns"],
    TableRow: ["cells"],
};

// Where a card holds elements and actions, by parent type.
const ELEMENT_LISTS = { AdaptiveCard: ["body"], Container: ["items"], Column: ["items"], TableCell: ["items"] };
const ACTION_LISTS = { AdaptiveCard: ["actions"], ActionSet: ["actions"] };
const SELECT_ACTION_TYPES = new Set(["Container", "Column", "ColumnSet", "Image", "TableCell", "TextRun"]);

// Teams rules: a required input needs a label and an errorMessage, so those two are errors here.
const WARNING_EVENTS = new Set([
    AC.ValidationEvent.Hint,
    AC.ValidationEvent.Deprecated,
]);
// Teams shows at most five actions in one set (the card's own actions or an ActionSet).
const MAX_ACTIONS = 5;
// Reported by our own walk with a location (the library's event has none and ignores fallbacks).
const TYPE_EVENTS = new Set([AC.ValidationEvent.UnknownElementType, AC.ValidationEvent.UnknownActionType]);

function knownTypes(registry) {
    const types = new Map();
    for (let i = 0; i < registry.getItemCount(); i++) {
        const item = registry.getItemAt(i);
        types.set(item.typeName, item.schemaVersion);
    }
    return types;
}

const elementTypes = knownTypes(AC.GlobalRegistry.elements);
const actionTypes = knownTypes(AC.GlobalRegistry.actions);
// Typed objects that live inside a parent rather than in the registries.
const NESTED_TYPES = new Map([["Column", "ColumnSet"], ["TableRow", "Table"], ["TableCell", "TableRow"]]);

function isSupported(types, typeName) {
    const version = types.get(typeName);
    return version !== undefined && version.compareTo(target) <= 0;
}

function schemaNames(cardObject) {
    const names = new Set(["type"]);
    const schema = cardObject.getSchema();
    for (let i = 0; i < schema.getCount(); i++) {
        names.add(schema.getItemAt(i).name);
    }
    const typeName = cardObject.getJsonTypeName();
    for (const extra of [...EXTRA_PROPERTIES["*"], ...(EXTRA_PROPERTIES[typeName] ?? [])]) {
        names.add(extra);
    }
    return names;
}

function eventName(event) {
    return AC.ValidationEvent[event] ?? String(event);
}

/** Checks one card (or a fallback wrapped as a card); pushes into errors and warnings with JSON paths. */
function checkCard(json, basePath, errors, warnings, isRoot) {
    if (json === null || typeof json !== "object" || Array.isArray(json)) {
        errors.push(`${basePath}: not a JSON object`);
        return;
    }

    const paths = new WeakMap();
    indexPaths(json, basePath, paths);
    const where = (source) => (source && paths.get(source)) || basePath;

    if (isRoot) {
        checkVersion(json, basePath, errors);
    }

    // 1. The library: parse events (with a location where the callback saw the object) and validation.
    const context = new AC.SerializationContext(target);
    const parsed = [];
    const sources = new WeakMap();
    context.onParseElement = (element, source) => { parsed.push([element, source]); sources.set(element, source); };
    context.onParseAction = (action, source) => { parsed.push([action, source]); sources.set(action, source); };
    const card = new AC.AdaptiveCard();
    sources.set(card, json);
    try {
        card.parse(json, context);
    } catch (error) {
        errors.push(`${basePath}: the parser failed: ${error.message}`);
        return;
    }

    for (let i = 0; i < context.eventCount; i++) {
        const event = context.getEventAt(i);
        if (TYPE_EVENTS.has(event.event)) {
            continue;
        }
        const line = `${where(event.source && sources.get(event.source))}: ${eventName(event.event)}: ${event.message}`;
        (WARNING_EVENTS.has(event.event) ? warnings : errors).push(line);
    }

    for (const event of card.validateProperties().validationEvents) {
        const line = `${where(event.source && sources.get(event.source))}: ${eventName(event.event)}: ${event.message}`;
        (WARNING_EVENTS.has(event.event) ? warnings : errors).push(line);
    }

    // 2. Properties the library does not know: it drops them without a word.
    parsed.push([card, json]);
    for (const [cardObject, source] of parsed) {
        const known = schemaNames(cardObject);
        for (const key of Object.keys(source)) {
            if (!known.has(key) && !(key === "$schema" && cardObject === card)) {
                warnings.push(`${where(source)}: ${cardObject.getJsonTypeName()} has property "${key}", which the parser does not know (ignored)`);
            }
        }
    }

    // 3. Our walk: types within 1.5, fallbacks, Action.Execute, ToggleVisibility targets, refresh.
    const ids = new Set();
    const toggles = [];
    walkCard(json, basePath, { errors, warnings, ids, toggles });
    for (const [path, targetId] of toggles) {
        if (!ids.has(targetId)) {
            errors.push(`${path}: Action.ToggleVisibility targets "${targetId}", which is not an id in this card`);
        }
    }
}

function checkVersion(json, path, errors) {
    const version = json.version;
    const match = typeof version === "string" ? /^(\d+)\.(\d+)$/.exec(version) : null;
    if (!match) {
        errors.push(`${path}: version must be set as "major.minor" (at most ${MAX_VERSION}), found ${JSON.stringify(version)}`);
        return;
    }
    const [maxMajor, maxMinor] = MAX_VERSION.split(".").map(Number);
    const [major, minor] = [Number(match[1]), Number(match[2])];
    if (major > maxMajor || (major === maxMajor && minor > maxMinor)) {
        errors.push(`${path}: version ${version} is above ${MAX_VERSION}, the highest Teams renders`);
    }
}

function indexPaths(node, path, paths) {
    if (node === null || typeof node !== "object") {
        return;
    }
    paths.set(node, path);
    if (Array.isArray(node)) {
        node.forEach((item, index) => indexPaths(item, `${path}[${index}]`, paths));
    } else {
        for (const [key, value] of Object.entries(node)) {
            indexPaths(value, `${path}.${key}`, paths);
        }
    }
}

function walkCard(card, path, state) {
    if (card.refresh !== undefined) {
        const action = card.refresh?.action;
        if (!action || action.type !== "Action.Execute") {
            state.errors.push(`${path}.refresh: refresh.action must be an Action.Execute`);
        } else if (!action.verb) {
            state.errors.push(`${path}.refresh.action: Action.Execute needs a verb`);
        }
    }
    checkActionCount(card.actions, `${path}.actions`, state);
    walkList(card.body, `${path}.body`, "element", state);
    walkList(card.actions, `${path}.actions`, "action", state);
}

function checkActionCount(actions, path, state) {
    if (Array.isArray(actions) && actions.length > MAX_ACTIONS) {
        state.errors.push(`${path}: ${actions.length} actions in one set, Teams shows at most ${MAX_ACTIONS}`);
    }
}

function walkList(list, path, kind, state) {
    if (list === undefined) {
        return;
    }
    if (!Array.isArray(list)) {
        state.errors.push(`${path}: must be an array`);
        return;
    }
    list.forEach((item, index) => (kind === "element" ? walkElement : walkAction)(item, `${path}[${index}]`, state));
}

function walkElement(element, path, state, expectedType) {
    if (element === null || typeof element !== "object") {
        state.errors.push(`${path}: an element must be an object`);
        return;
    }
    const type = element.type;
    if (typeof element.id === "string") {
        state.ids.add(element.id);
    }
    const nestedOk = expectedType !== undefined && type === expectedType;
    if (!nestedOk && !isSupported(elementTypes, type)) {
        reportUnknownType(element, path, `element type ${JSON.stringify(type)}`, state);
    }
    checkFallback(element, path, "element", state);

    if (type === "TextBlock" && (typeof element.text !== "string" || element.text.trim() === "")) {
        state.warnings.push(`${path}: TextBlock without text`);
    }
    if (type === "ActionSet" && (!Array.isArray(element.actions) || element.actions.length === 0)) {
        state.warnings.push(`${path}: ActionSet without actions`);
    }
    if (type === "ActionSet") {
        checkActionCount(element.actions, `${path}.actions`, state);
    }
    if (typeof type === "string" && type.startsWith("Input.")) {
        // A toggle's title is rendered as its checkbox's own label (a label as well would be read twice).
        const named = (value) => typeof value === "string" && value.trim() !== "";
        if (!named(element.label) && !(type === "Input.Toggle" && named(element.title))) {
            state.errors.push(`${path}: ${type} without a label (Teams and screen readers need one)`);
        }
        if (element.isRequired === true && (typeof element.errorMessage !== "string" || element.errorMessage.trim() === "")) {
            state.errors.push(`${path}: required ${type} without an errorMessage`);
        }
    }
    for (const list of ELEMENT_LISTS[type] ?? []) {
        walkList(element[list], `${path}.${list}`, "element", state);
    }
    for (const list of ACTION_LISTS[type] ?? []) {
        walkList(element[list], `${path}.${list}`, "action", state);
    }
    if (type === "ColumnSet" && Array.isArray(element.columns)) {
        element.columns.forEach((column, index) => walkElement(column, `${path}.columns[${index}]`, state, "Column"));
    }
    if (type === "Table" && Array.isArray(element.rows)) {
        element.rows.forEach((row, r) => (row?.cells ?? []).forEach((cell, c) =>
            walkElement(cell, `${path}.rows[${r}].cells[${c}]`, state, "TableCell")));
    }
    if (SELECT_ACTION_TYPES.has(type) && element.selectAction !== undefined) {
        walkAction(element.selectAction, `${path}.selectAction`, state);
    }
}

function walkAction(action, path, state) {
    if (action === null || typeof action !== "object") {
        state.errors.push(`${path}: an action must be an object`);
        return;
    }
    if (typeof action.id === "string") {
        state.ids.add(action.id);
    }
    if (!isSupported(actionTypes, action.type)) {
        reportUnknownType(action, path, `action type ${JSON.stringify(action.type)}`, state);
    }
    checkFallback(action, path, "action", state);

    if (action.type === "Action.Execute") {
        if (!action.verb) {
            state.errors.push(`${path}: Action.Execute needs a verb`);
        }
        const fallback = action.fallback;
        if (!(fallback && typeof fallback === "object" && fallback.type === "Action.Submit")) {
            state.errors.push(`${path}: Action.Execute needs a fallback of Action.Submit (clients without Action.Execute)`);
        }
    }
    if (action.type === "Action.ToggleVisibility") {
        const targets = Array.isArray(action.targetElements) ? action.targetElements : [];
        if (targets.length === 0) {
            state.errors.push(`${path}: Action.ToggleVisibility without targetElements`);
        }
        targets.forEach((targetElement, index) => {
            const id = typeof targetElement === "string" ? targetElement : targetElement?.elementId;
            if (typeof id !== "string" || id === "") {
                state.errors.push(`${path}.targetElements[${index}]: needs an element id`);
            } else {
                state.toggles.push([`${path}.targetElements[${index}]`, id]);
            }
        });
    }
    if (action.type === "Action.ShowCard" && action.card) {
        walkCard(action.card, `${path}.card`, state);
    }
}

function reportUnknownType(object, path, what, state) {
    if (object.fallback === undefined) {
        state.errors.push(`${path}: ${what} is not in the ${MAX_VERSION} schema and has no fallback`);
    } else {
        state.warnings.push(`${path}: ${what} is not in the ${MAX_VERSION} schema; its fallback is shown instead`);
    }
}

/** A fallback is only parsed by the library when the primary type is unknown, so check it on its own. */
function checkFallback(object, path, kind, state) {
    const fallback = object.fallback;
    if (fallback === undefined || (typeof fallback === "string" && fallback.toLowerCase() === "drop")) {
        return;
    }
    if (fallback === null || typeof fallback !== "object") {
        state.errors.push(`${path}.fallback: must be an ${kind} object or "drop"`);
        return;
    }
    const wrapper = kind === "element"
        ? { type: "AdaptiveCard", version: MAX_VERSION, body: [fallback] }
        : { type: "AdaptiveCard", version: MAX_VERSION, body: [{ type: "ActionSet", actions: [fallback] }] };
    const errors = [];
    const warnings = [];
    checkCard(wrapper, `${path}.fallback`, errors, warnings, false);
    state.errors.push(...errors.map(simplifyFallbackPath));
    state.warnings.push(...warnings.map(simplifyFallbackPath));
}

function simplifyFallbackPath(line) {
    return line.replace(/\.fallback\.body\[0\](\.actions\[0\])?/, ".fallback");
}

function readStdin() {
    try {
        return readFileSync(0, "utf8");
    } catch (error) {
        return null;
    }
}

function validateSource(source, text) {
    const errors = [];
    const warnings = [];
    let json;
    try {
        json = JSON.parse(text);
    } catch (error) {
        errors.push(`$: not valid JSON: ${error.message}`);
    }
    if (json !== undefined) {
        checkCard(json, "$", errors, warnings, true);
    }
    return { source, ok: errors.length === 0, errors: [...new Set(errors)], warnings: [...new Set(warnings)] };
}

const files = process.argv.slice(2);
const cards = [];
if (files.length === 0) {
    const text = readStdin();
    cards.push(text === null ? { source: "-", ok: false, errors: ["$: nothing on stdin"], warnings: [] } : validateSource("-", text));
} else {
    for (const file of files) {
        let text;
        try {
            text = readFileSync(file, "utf8");
        } catch (error) {
            cards.push({ source: file, ok: false, errors: [`$: cannot read the file: ${error.message}`], warnings: [] });
            continue;
        }
        cards.push(validateSource(file, text));
    }
}

const ok = cards.every((card) => card.ok);
process.stdout.write(JSON.stringify({ ok, maxVersion: MAX_VERSION, cards }, null, 2) + "\n");
process.exitCode = ok ? 0 : 1;
