/**
 * The wink floor of `npm run bench`'s real-corpus table (scripts/bench-real.ts): what the language model alone
 * costs on the same files, reading each as wink does for claimdiff, its sentences and the part of speech of every
 * token. claimdiff's CPU time is reported as a multiple of this. Usage: node scripts/wink-floor.mjs FILE...
 */
import fs from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
let tokens = 0;
for (const file of process.argv.slice(2)) {
  const doc = nlp.readDoc(fs.readFileSync(file, 'utf8'));
  doc.sentences().each((sentence) => {
    tokens += sentence.tokens().out(nlp.its.pos).length;
  });
}
console.log(`${tokens} tokens`);
