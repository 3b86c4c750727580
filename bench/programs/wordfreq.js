// Benchmark: word frequencies over generated text, idiomatic JavaScript twin of wordfreq.py.
const VOCAB = ('lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ' +
  'incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud ' +
  'exercitation ullamco laboris nisi aliquip ex ea commodo consequat corral python ' +
  'sandbox isolate budget guard runtime parser').split(' ');

function generate(nWords, seed) {
  const words = [];
  for (let i = 0; i < nWords; i++) {
    seed = (seed * 16807) % 2147483647;
    let w = VOCAB[seed % VOCAB.length];
    if (seed % 11 === 0) w = w + String(seed % 97);
    words.push(w);
  }
  return words.join(' ');
}

function count(text) {
  const counts = new Map();
  for (const w of text.split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

const text = generate(500000, 42);
const counts = count(text);
// Python sorts by (-count, word) with code-point order; all words here are ASCII.
const top = [...counts.entries()]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .slice(0, 3);
let weighted = 0;
for (const [w, n] of counts) weighted += w.length * n;
print(`wordfreq ${text.length} ${counts.size} ${weighted} ${top.map(([w, n]) => `${w}:${n}`).join(' ')}`);
