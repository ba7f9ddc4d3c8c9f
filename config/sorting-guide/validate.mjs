#!/usr/bin/env node
// Validates config/sorting-guide/items.json. No dependencies.
// Usage: node config/sorting-guide/validate.mjs [path/to/items.json]
// Exits 1 and lists every problem found; exits 0 and prints a summary when the file is valid.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Keep in step with libs/shared/src/enums/waste-category.ts (WASTE_SUBCATEGORIES).
const SUBCATEGORIES = {
  recyclable: ['paper', 'plastic', 'metal', 'glass', 'textile'],
  hazardous: ['lamp', 'household_chemical', 'battery'],
  food: ['household_food', 'kitchen_waste', 'other_food'],
  residual: [],
};

const MIN_ITEMS = 500;
const MAX_NAME = 20;
const MAX_ALIASES = 6;
const MAX_TIP = 60;
const MIN_TIP_SHARE = 0.4;
const ITEM_KEYS = ['name', 'aliases', 'category', 'subcategory', 'tip'];

const file = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'items.json');
const errors = [];
const fail = (msg) => errors.push(msg);

// Length in characters (code points), so one Chinese character counts as one.
const len = (s) => [...s].length;

let doc;
try {
  doc = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`✗ ${file}: cannot read or parse JSON: ${err.message}`);
  process.exit(1);
}

if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) fail('top level must be an object');
if (doc?.version !== 1) fail('"version" must be 1');
if (typeof doc?.source !== 'string' || !doc.source.trim()) fail('"source" must be a non-empty string');
const items = Array.isArray(doc?.items) ? doc.items : [];
if (!Array.isArray(doc?.items)) fail('"items" must be an array');
if (items.length < MIN_ITEMS) fail(`expected at least ${MIN_ITEMS} items, found ${items.length}`);

// Every name and alias must be unique across the whole file.
const seen = new Map(); // text -> "item #n name/alias"
const claim = (text, where) => {
  const prev = seen.get(text);
  if (prev) fail(`${where}: "${text}" is already used by ${prev}`);
  else seen.set(text, where);
};

const checkText = (value, where, max) => {
  if (typeof value !== 'string') return fail(`${where}: must be a string`);
  if (!value.trim()) return fail(`${where}: must not be empty`);
  if (value !== value.trim()) fail(`${where}: "${value}" has leading or trailing whitespace`);
  if (len(value) > max) fail(`${where}: "${value}" is ${len(value)} characters, max ${max}`);
};

const counts = {};
let withTip = 0;

for (const [i, item] of items.entries()) {
  const label = `item #${i + 1}${typeof item?.name === 'string' ? ` (${item.name})` : ''}`;
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    fail(`${label}: must be an object`);
    continue;
  }

  for (const key of Object.keys(item)) if (!ITEM_KEYS.includes(key)) fail(`${label}: unknown field "${key}"`);
  for (const key of ITEM_KEYS) if (!(key in item)) fail(`${label}: missing field "${key}"`);

  checkText(item.name, `${label} name`, MAX_NAME);
  if (typeof item.name === 'string' && item.name.trim()) claim(item.name, `${label} name`);

  if (!Array.isArray(item.aliases)) {
    fail(`${label}: "aliases" must be an array`);
  } else {
    if (item.aliases.length > MAX_ALIASES) fail(`${label}: ${item.aliases.length} aliases, max ${MAX_ALIASES}`);
    item.aliases.forEach((alias, j) => {
      checkText(alias, `${label} alias #${j + 1}`, MAX_NAME);
      if (typeof alias === 'string' && alias.trim()) claim(alias, `${label} alias`);
    });
  }

  const { category, subcategory } = item;
  if (!Object.hasOwn(SUBCATEGORIES, category)) {
    fail(`${label}: category "${category}" is not one of ${Object.keys(SUBCATEGORIES).join(', ')}`);
  } else if (category === 'residual') {
    if (subcategory !== null) fail(`${label}: residual items must have subcategory null, found "${subcategory}"`);
  } else if (!SUBCATEGORIES[category].includes(subcategory)) {
    fail(`${label}: subcategory "${subcategory}" is not valid for ${category} (${SUBCATEGORIES[category].join(', ')})`);
  }

  if (typeof item.tip !== 'string') {
    fail(`${label}: "tip" must be a string ("" for no tip)`);
  } else {
    if (item.tip !== item.tip.trim()) fail(`${label}: tip has leading or trailing whitespace`);
    if (len(item.tip) > MAX_TIP) fail(`${label}: tip is ${len(item.tip)} characters, max ${MAX_TIP}`);
    if (item.tip) withTip++;
  }

  const key = category === 'residual' ? category : `${category}/${subcategory}`;
  counts[key] = (counts[key] ?? 0) + 1;
}

if (items.length && withTip / items.length < MIN_TIP_SHARE) {
  fail(`only ${withTip} of ${items.length} items have a tip; at least ${MIN_TIP_SHARE * 100}% should`);
}

if (errors.length) {
  for (const e of errors) console.error(`✗ ${e}`);
  console.error(`\n${errors.length} problem(s) in ${file}`);
  process.exit(1);
}

const byCategory = {};
for (const [key, n] of Object.entries(counts)) {
  const cat = key.split('/')[0];
  byCategory[cat] = (byCategory[cat] ?? 0) + n;
}
console.info(
  `✓ ${file}: ${items.length} items, ${withTip} with a tip (${Math.round((withTip / items.length) * 100)}%)`,
);
for (const [cat, n] of Object.entries(byCategory)) {
  console.info(`  ${cat.padEnd(10)} ${String(n).padStart(4)}  (${Math.round((n / items.length) * 100)}%)`);
}
for (const [key, n] of Object.entries(counts).sort()) console.info(`    ${key.padEnd(30)} ${String(n).padStart(4)}`);
