// Peer benchmark: Microsoft Recognizers-Text (npm 1.3.1) number recognition
// over the news-dev texts, in the same run as Hebel's quantity benchmark.
const fs = require('fs');
const path = require('path');
const R = require('@microsoft/recognizers-text-suite');
const dir = process.argv[2];
const files = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
const texts = files.map(f => [f.slice(0, 2), fs.readFileSync(path.join(dir, f), 'utf8')]);
const bytes = texts.reduce((n, [, t]) => n + Buffer.byteLength(t), 0);
const culture = l => (l === 'de' ? R.Culture.German : R.Culture.English);
// warm up
for (const [l, t] of texts) { R.recognizeNumber(t, culture(l)); }
let runs = 0, found = 0;
const start = process.hrtime.bigint();
while (Number(process.hrtime.bigint() - start) / 1e9 < 5) {
  for (const [l, t] of texts) { found += R.recognizeNumber(t, culture(l)).length; }
  runs++;
}
const secs = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`recognizers-text recognizeNumber: ${runs} runs over ${bytes} bytes in ${secs.toFixed(2)} s: ${(bytes * runs / 1e6 / secs).toFixed(2)} MB/s`);
