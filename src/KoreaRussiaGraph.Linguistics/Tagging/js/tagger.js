// The entry the bundle exposes to .NET: globalThis.krgTag(text) tags a whole text at once and returns, as one
// JSON string, its sentences as [start, end] character offsets and its tokens as [start, end, pos, lemma, sentence].
// Offsets are found by scanning the text, because wink reports only each token's preceding spaces.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

globalThis.krgTag = (text) => {
  const doc = nlp.readDoc(text);
  const tokens = [];
  const sentences = [];
  let cursor = 0;
  doc.sentences().each((sentence, s) => {
    let first = -1;
    sentence.tokens().each((token) => {
      const value = token.out();
      let at = text.indexOf(value, cursor);
      // wink normalises a few characters (quotes, ellipses); such a token keeps the cursor's place and length.
      if (at < 0 || at - cursor > 40) at = cursor;
      const end = Math.min(text.length, at + value.length);
      tokens.push([at, end, token.out(its.pos), token.out(its.lemma), s]);
      if (first < 0) first = at;
      cursor = end;
    });
    sentences.push([first < 0 ? cursor : first, cursor]);
  });
  return JSON.stringify({ sentences, tokens });
};
