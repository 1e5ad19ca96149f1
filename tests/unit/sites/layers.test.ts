// Layered recognition (define-adapter.ts): the site's anchors, IT's overrides added to them, then
// structure, then generic guarding; publish labels in every supported language, matched whole.
import { beforeAll, describe, expect, it } from 'vitest';
import { adapterForHost } from '../../../src/sites';
import { labelMatches } from '../../../src/sites/dom/labels';
import { labelsFor, PUBLISH_LANGUAGES, PUBLISH_LABELS } from '../../../src/sites/publish-labels';
import { fakeLayout, page } from './fake-layout';

beforeAll(fakeLayout);

const path = (el: Element): EventTarget[] => {
  const out: EventTarget[] = [];
  for (let n: Node | null = el; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) out.push(n);
  out.push(window);
  return out;
};
const $ = (sel: string) => document.querySelector<HTMLElement>(sel)!;
const button = (label: string) => {
  page(`<button>${label}</button>`);
  return $('button');
};

describe('publish labels', () => {
  it('has every verb in every supported language', () => {
    for (const [verb, byLanguage] of Object.entries(PUBLISH_LABELS)) {
      for (const lang of PUBLISH_LANGUAGES) expect(byLanguage[lang].length, `${verb} ${lang}`).toBeGreaterThan(0);
    }
  });

  it.each(['Publicar', 'Comentar', 'Responder', 'Enviar', 'Publier', 'Commenter', 'Répondre', 'Envoyer', 'Posten',
    'Veröffentlichen', 'Antworten', 'Senden', 'Kommentieren', 'Pubblica', 'Commenta', 'Rispondi', 'Invia', 'Plaatsen',
    'Reageren', 'Verzenden', 'Opublikuj', 'Skomentuj', 'Odpowiedz', 'Wyślij', 'Paylaş', 'Gönder', 'Yanıtla', 'Yorum yap',
    'I-post', 'Ipadala', 'Sumagot', 'Magkomento'])('recognises %s, case-insensitively', (label) => {
    const all = labelsFor('post', 'publish', 'share', 'reply', 'comment', 'send');
    expect(labelMatches(button(label), all)).toBe(true);
    expect(labelMatches(button(label.toUpperCase()), all)).toBe(true);
  });

  it('matches whole labels only', () => {
    const all = labelsFor('post', 'reply');
    expect(labelMatches(button('Postpone'), all)).toBe(false);
    expect(labelMatches(button('Post to story'), all)).toBe(false);
    expect(labelMatches(button('  Post '), all)).toBe(true);
    page('<div role="button" aria-label="Reply to Ann"><span>Reply</span></div>');
    expect(labelMatches($('[role=button]'), all)).toBe(true); // its visible text is "Reply"
  });
});

describe('withOverride', () => {
  const x = adapterForHost('x.com')!;

  it("adds IT's selectors and labels to the site's anchors, never replacing them", () => {
    page(`<main><div data-testid="tweetTextarea_0" contenteditable="true"></div><button data-testid="tweetButtonInline">Post</button></main>
      <section><div class="new-editor" contenteditable="true"></div><div class="go"></div><div role="button">Absenden jetzt</div></section>`);
    const fixed = x.withOverride({ composer: '.new-editor', submit: '.go', submitLabels: ['Absenden jetzt'] });
    const composers = fixed.findComposers(document);
    expect(composers).toEqual([$('[data-testid="tweetTextarea_0"]'), $('.new-editor')]);
    expect(fixed.isSubmitControl(path($('.go')), $('.new-editor'))).toBe(true);
    expect(fixed.isSubmitControl(path($('[role=button]')), $('.new-editor'))).toBe(true);
    expect(fixed.isSubmitControl(path($('[data-testid="tweetButtonInline"]')), composers[0])).toBe(true);
    expect(fixed.recognise($('.new-editor')).composer).toBe('site');
    // The shipped adapter is unchanged.
    expect(x.findComposers(document)).toEqual([composers[0]]);
  });

  it('ignores selectors that do not parse and malformed values, keeping the rest', () => {
    page('<div class="new-editor" contenteditable="true"></div><div class="go"></div>');
    const fixed = x.withOverride({ composer: '.new-editor', submit: '[[nope', submitLabels: [42 as never, 'Go'] });
    expect(fixed.findComposers(document)).toEqual([$('.new-editor')]);
    expect(fixed.submitControlOn(path($('.go')))).toBeNull();
    expect(() => x.withOverride({ composer: ':::' }).findComposers(document)).not.toThrow();
    expect(() => x.withOverride(undefined).findComposers(document)).not.toThrow();
  });

  it('a second override replaces the first', () => {
    page('<div class="a" contenteditable="true"></div><div class="b" contenteditable="true"></div>');
    const twice = x.withOverride({ composer: '.a' }).withOverride({ composer: '.b' });
    expect(twice.findComposers(document)).toEqual([$('.b')]);
  });
});

describe('structure, when the site anchors find nothing', () => {
  it('X redesigned: an editor next to a "Post" control is a composer by structure', () => {
    const x = adapterForHost('x.com')!;
    page(`<main><div class="r-1"><div class="r-2"><div class="DraftEditor-x" contenteditable="true" role="textbox"></div></div>
      <div class="r-3"><div role="button" class="r-4"><span>Post</span></div></div></div>
      <aside><div role="button">Post</div></aside></main>`);
    const [composer] = x.findComposers(document);
    expect(composer).toBe($('.DraftEditor-x'));
    expect(x.recognise(composer)).toEqual({ composer: 'structure', submit: 'structure' });
    expect(x.isSubmitControl(path($('.r-4 span')), composer)).toBe(true);
    expect(x.isSubmitControl(path($('aside [role=button]')), composer)).toBe(false);
  });

  it('ChatGPT redesigned: the editor in a form with an explicit submit button; Enter still sends', () => {
    const chatgpt = adapterForHost('chatgpt.com')!;
    page(`<form class="f"><div contenteditable="true" role="textbox" class="pm"></div>
      <button type="button" aria-label="Dictate"></button><button type="submit" class="go"></button></form>`);
    const [composer] = chatgpt.findComposers(document);
    expect(composer).toBe($('.pm'));
    expect(chatgpt.findSubmitControl(composer)).toBe($('.go'));
    expect(chatgpt.submitControlOn(path($('[aria-label=Dictate]')))).toBeNull();
    expect(chatgpt.enterSends(composer)).toBe(true);
  });

  it('an AI chat that dropped its labels: the icon-only last button after the editor publishes it', () => {
    const claude = adapterForHost('claude.ai')!;
    page(`<div class="box"><button class="before"><svg></svg></button><div class="wrap"><div contenteditable="true" class="pm"></div></div>
      <div class="row"><button aria-label="Attach file"><svg></svg></button><span>Claude</span><button class="send" disabled><svg></svg></button></div></div>`);
    const [composer] = claude.findComposers(document);
    expect(composer).toBe($('.pm'));
    expect(claude.recognise(composer)).toEqual({ composer: 'structure', submit: 'structure' });
    expect(claude.findSubmitControl(composer)).toBeNull(); // disabled while empty
    $('.send').removeAttribute('disabled');
    expect(claude.findSubmitControl(composer)).toBe($('.send'));
    expect(claude.submitControlOn(path($('.send svg')))).toBe($('.send'));
    expect(claude.isSubmitControl(path($('.send')), composer)).toBe(true);
    expect(claude.submitControlOn(path($('[aria-label="Attach file"]')))).toBeNull();
    expect(claude.submitControlOn(path($('.before')))).toBeNull(); // before the editor: not its send button
  });

  it('an arrow glyph is no name; a named or absent last button never makes a composer', () => {
    const gemini = adapterForHost('gemini.google.com')!;
    page('<div class="a"><div contenteditable="true" class="e1"></div><button class="go">➤</button></div>');
    expect(gemini.findComposers(document)).toEqual([$('.e1')]);
    page('<div class="a"><div contenteditable="true" class="e1"></div><button><svg></svg></button><button aria-label="Add photo"><svg></svg></button></div>');
    expect(gemini.findComposers(document)).toEqual([]);
    page('<div class="a"><button><svg></svg></button><div contenteditable="true" class="e1"></div></div>');
    expect(gemini.findComposers(document)).toEqual([]);
  });

  it('never takes a search box or an editor with no publish control anywhere near', () => {
    const x = adapterForHost('x.com')!;
    page(`<form role="search"><textarea class="q"></textarea><button type="submit">Search</button></form>
      <section><textarea class="bio"></textarea></section>`);
    expect(x.findComposers(document)).toEqual([]);
  });

  it('structure is not consulted while the site anchors work', () => {
    const x = adapterForHost('x.com')!;
    page(`<div data-testid="tweetTextarea_0" contenteditable="true"></div>
      <form><textarea class="other"></textarea><button type="submit">Send</button></form>`);
    expect(x.findComposers(document)).toEqual([$('[data-testid="tweetTextarea_0"]')]);
  });
});

describe('generic guarding', () => {
  it('adopts a sizeable editor the person typed into, not a small one or a search box', () => {
    const x = adapterForHost('x.com')!.withOverride({});
    page('<textarea class="big"></textarea><textarea class="small"></textarea><input type="search" class="s">');
    const big = $('.big');
    big.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: 400, bottom: 60, width: 400, height: 60, toJSON() {} }) as DOMRect;
    expect(x.adopt($('.small'))).toBe(false);
    expect(x.adopt($('.s'))).toBe(false);
    expect(x.adopt(big)).toBe(true);
    expect(x.findComposers(document)).toEqual([big]);
    expect(x.recognise(big)).toEqual({ composer: 'generic', submit: null });
  });
});
