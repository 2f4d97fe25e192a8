// Peer accuracy: chrono-node (npm 2.10.3; chrono.de for German, chrono.en
// for English) on the Recognizers-Text DateTime cases that
// 'hebel eval datetime --export FILE' writes, answered in the spec's
// conventions so that 'hebel eval datetime --peer' scores them beside
// Hebel's:
//
//   TZ=UTC node datetime-peer.js cases.json > chrono.json
//
// For each case, the first chrono result that overlaps the expected words
// is the answer: a day for a date; for a range, its start and end days
// when chrono gives an end, else the month or year when the day (month)
// is only implied, else the day and the next.
const fs = require('fs');
const chrono = require('chrono-node');

const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const day = d => d.toISOString().slice(0, 10);
const out = [];
const start = process.hrtime.bigint();
let bytes = 0;
for (const c of cases) {
  if (c.scope) continue;
  const parser = c.lang === 'de' ? chrono.de : chrono.en;
  const ref = c.ref ? new Date(c.ref + 'T00:00:00Z') : new Date('2000-01-01T00:00:00Z');
  bytes += Buffer.byteLength(c.input);
  let results = [];
  try {
    results = parser.parse(c.input, { instant: ref, timezone: 0 });
  } catch (e) {
    results = [];
  }
  const lower = c.input.toLowerCase();
  const at = c.text ? lower.indexOf(c.text.toLowerCase()) : -1;
  const want = at >= 0 ? [at, at + c.text.length] : null;
  let answer = { id: c.id, text: '', value: '' };
  for (const r of results) {
    const s = r.index, e = r.index + r.text.length;
    if (want && (e <= want[0] || s >= want[1])) continue;
    const st = r.start;
    const d = st.date();
    let value;
    if (c.type === 'date') {
      value = day(d);
    } else if (r.end) {
      value = day(d) + '/' + day(r.end.date());
    } else if (!st.isCertain('month')) {
      value = `${d.getUTCFullYear()}-01-01/${d.getUTCFullYear() + 1}-01-01`;
    } else if (!st.isCertain('day')) {
      const a = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
      const b = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
      value = day(a) + '/' + day(b);
    } else {
      const b = new Date(d.getTime() + 86400000);
      value = day(d) + '/' + day(b);
    }
    answer = { id: c.id, text: r.text, value };
    break;
  }
  out.push(answer);
}
const secs = Number(process.hrtime.bigint() - start) / 1e9;
process.stderr.write(`chrono-node: ${out.length} cases, ${bytes} bytes in ${secs.toFixed(3)} s\n`);
process.stdout.write(JSON.stringify(out) + '\n');
