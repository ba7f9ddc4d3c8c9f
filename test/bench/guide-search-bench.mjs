// Times the sorting guide's in-memory search on the real guide: index build, then p50/p99 per query
// over a few hundred mixed queries (names, prefixes, substrings, aliases, full pinyin, initials,
// pinyin prefixes, category words and misses).
// Usage: npx tsc -b libs/shared apps/api && node test/bench/guide-search-bench.mjs [rounds]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { GuideIndex } = require(join(ROOT, 'apps/api/dist/modules/sorting/guide-index.js'));
const { pinyin } = require('pinyin-pro');

const rounds = Number(process.argv[2] ?? 20);
const file = JSON.parse(readFileSync(join(ROOT, 'config/sorting-guide/items.json'), 'utf8'));
const items = file.items.map((item, i) => ({ id: i + 1, ...item }));

const buildStart = process.hrtime.bigint();
const index = new GuideIndex(items);
const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
// What an admin's edit costs: the index is rebuilt, with the pinyin of unchanged texts remembered.
const rebuildStart = process.hrtime.bigint();
new GuideIndex([...items.slice(1), { ...items[0], id: items.length + 1, name: '基准测试新物品' }]);
const rebuildMs = Number(process.hrtime.bigint() - rebuildStart) / 1e6;

// A seeded generator, so that every run times the same queries.
let seed = 20240601;
const random = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const full = (text) => pinyin(text, { toneType: 'none', type: 'array' }).join('');
const initials = (text) => pinyin(text, { toneType: 'none', type: 'array', pattern: 'first' }).join('');

const makers = [
  (it) => it.name,
  (it) => [...it.name].slice(0, 1).join(''),
  (it) => [...it.name].slice(0, 2).join(''),
  (it) => [...it.name].slice(-2).join(''),
  (it) => (it.aliases.length ? pick(it.aliases) : it.name),
  (it) => full(it.name),
  (it) => full(it.name).slice(0, 4),
  (it) => full(it.name).toUpperCase(),
  (it) => initials(it.name),
  (it) => initials(it.name).slice(0, 2),
];
const queries = [];
for (let i = 0; i < 400; i += 1) queries.push(pick(makers)(pick(items)));
queries.push('湿垃圾', '干垃圾', '可回收物', '有害垃圾', '电池', 'shilaji', '量子计算机', 'zzzq', 'x', '奶茶杯');

const timings = queries.map(() => []);
let found = 0;
for (let r = 0; r < rounds + 2; r += 1) {
  queries.forEach((q, i) => {
    const start = process.hrtime.bigint();
    const result = index.search(q, 10);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // The first two rounds warm the JIT up and are not counted.
    if (r >= 2) timings[i].push(ms);
    if (r === 0 && result.total > 0) found += 1;
  });
}

const all = timings.flat().sort((a, b) => a - b);
const at = (p) => all[Math.min(all.length - 1, Math.floor((p / 100) * all.length))];
const slowest = timings
  .map((t, i) => ({ q: queries[i], ms: Math.max(...t) }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 3);
const mean = all.reduce((sum, ms) => sum + ms, 0) / all.length;
// Tail figures on a busy machine measure the scheduler more than the search: print the load beside them.
console.info(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`);
console.info(
  `guide: ${items.length} items, index built in ${buildMs.toFixed(0)} ms, rebuilt after one edit in ${rebuildMs.toFixed(1)} ms`,
);
console.info(`${queries.length} queries × ${rounds} rounds, ${found} of them find something`);
console.info(
  `per query: mean ${mean.toFixed(3)} ms   p50 ${at(50).toFixed(3)} ms   p99 ${at(99).toFixed(3)} ms   max ${all[all.length - 1].toFixed(3)} ms`,
);
console.info(`slowest: ${slowest.map((s) => `${s.q} ${s.ms.toFixed(3)} ms`).join(', ')}`);
