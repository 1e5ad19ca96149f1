import { beforeAll, describe, expect, it } from 'vitest';
import { adapterFor, adapterForHost, ADAPTERS } from '../../../src/sites';
import { fakeLayout, page } from './fake-layout';
import manifest from '../../../manifest.json' with { type: 'json' };

beforeAll(fakeLayout);

const path = (el: Element): EventTarget[] => {
  const out: EventTarget[] = [];
  for (let n: Node | null = el; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) out.push(n);
  out.push(window);
  return out;
};
const $ = (sel: string) => document.querySelector<HTMLElement>(sel)!;

describe('registry', () => {
  it('picks adapters by host, including subdomain patterns', () => {
    expect(adapterForHost('x.com')?.id).toBe('x');
    expect(adapterForHost('www.reddit.com')?.id).toBe('reddit');
    expect(adapterForHost('ca.nextdoor.com')?.id).toBe('nextdoor');
    expect(adapterForHost('example.org')).toBeNull();
  });

  it('recognises Mastodon by markup on any host, and extraSites with the generic adapter', () => {
    page('<div id="mastodon"><form class="compose-form"><textarea></textarea></form></div>');
    expect(adapterFor('social.example.org', document, [])?.id).toBe('mastodon');
    page('<textarea></textarea>');
    expect(adapterFor('forum.example.org', document, ['forum.example.org'])?.id).toBe('generic');
    expect(adapterFor('other.example.org', document, ['forum.example.org'])).toBeNull();
  });

  it('every adapter host is covered by the manifest content script', () => {
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    for (const adapter of ADAPTERS) {
      for (const pattern of adapter.matches) expect(matches, `${adapter.id} ${pattern}`).toContain(pattern);
    }
  });
});

describe('X', () => {
  const x = adapterForHost('x.com')!;
  it('finds only tweetTextarea_N editors, and the Post button in the sibling toolbar', () => {
    page(`<div role="dialog">
      <div data-testid="tweetTextarea_0_label"><div data-testid="tweetTextarea_0RichTextInputContainer">
        <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox">first</div></div></div>
      <div data-testid="tweetTextarea_1" contenteditable="true" role="textbox">second</div>
      <div data-testid="toolBar"><button data-testid="tweetButton"><span id="label">Post all</span></button></div>
    </div>`);
    const composers = x.findComposers(document);
    expect(composers.map((c) => c.dataset.testid)).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
    expect(x.isSubmitControl(path($('#label')), composers[0])).toBe(true);
    expect(x.containerOf(composers[1])).toBe($('[role="dialog"]'));
    expect(x.enterSends(composers[0])).toBe(false);
    expect(x.submitKeys).toEqual([{ key: 'Enter', ctrlOrMeta: true }]);
  });

  it('ignores a disabled Post button and the side-nav compose button', () => {
    page(`<main><div data-testid="tweetTextarea_0" contenteditable="true"></div>
      <div data-testid="toolBar"><div role="button" data-testid="tweetButtonInline" aria-disabled="true">Post</div></div>
      <a data-testid="SideNav_NewTweet_Button" href="/compose/post">Post</a></main>`);
    const [composer] = x.findComposers(document);
    expect(x.isSubmitControl(path($('[data-testid="tweetButtonInline"]')), composer)).toBe(false);
    expect(x.submitControlOn(path($('[data-testid="SideNav_NewTweet_Button"]')))).toBeNull();
  });

  it('reads the mobile textarea by value', () => {
    page('<div data-testid="tweetTextarea_0"><textarea>initial</textarea></div>');
    const [composer] = x.findComposers(document);
    (composer as HTMLTextAreaElement).value = 'typed now';
    expect(x.readText(composer)).toBe('typed now');
  });
});

describe('ChatGPT', () => {
  const chatgpt = adapterForHost('chatgpt.com')!;
  it('September 2026 composer: form[data-chatgpt-composer], no id; Send publishes, Stop does not', () => {
    page(`<button data-testid="stop-button" hidden>Stop</button>
      <form data-chatgpt-composer data-composer-placement="home">
        <div contenteditable="true" role="textbox" aria-label="Ask ChatGPT" class="ProseMirror" data-composer-markdown><p>hi</p></div>
        <button type="submit" aria-label="Send">↑</button></form>`);
    const [composer] = chatgpt.findComposers(document);
    expect(composer?.getAttribute('aria-label')).toBe('Ask ChatGPT');
    expect(chatgpt.recognise(composer)).toEqual({ composer: 'site', submit: 'site' });
    const send = $('button[aria-label="Send"]');
    expect(chatgpt.isSubmitControl(path(send), composer)).toBe(true);
    expect(chatgpt.enterSends(composer)).toBe(true);
    expect(chatgpt.submitKeys).toEqual([{ key: 'Enter', ctrlOrMeta: true }]);
    send.setAttribute('aria-label', 'Stop');
    send.setAttribute('type', 'button');
    expect(chatgpt.isSubmitControl(path(send), composer)).toBe(false);
  });

  it('the older #prompt-textarea composer still works, and its hidden fallback textarea is not a composer', () => {
    page(`<form data-type="unified-composer"><textarea name="prompt-textarea" style="display:none"></textarea>
      <div id="prompt-textarea" contenteditable="true"><p>hi</p></div>
      <button id="composer-submit-button" data-testid="send-button"></button></form>`);
    expect(chatgpt.findComposers(document).map((c) => c.id)).toEqual(['prompt-textarea']);
  });
});

describe('YouTube Studio, Google reviews, Instagram reel comments', () => {
  it('YouTube Studio: the textarea in ytcp-commentbox, published by its "Reply" (or "Responder") button', () => {
    const yt = adapterForHost('studio.youtube.com')!;
    for (const label of ['Reply', 'Responder']) {
      page(`<ytcp-commentbox><div id="main"><tp-yt-iron-autogrow-textarea><textarea id="textarea" placeholder="Add a reply..."></textarea>
        </tp-yt-iron-autogrow-textarea><ytcp-button><button class="cancel">Cancel</button></ytcp-button>
        <ytcp-button><button class="go">${label}</button></ytcp-button></div></ytcp-commentbox>`);
      const [composer] = yt.findComposers(document);
      expect(composer?.id).toBe('textarea');
      expect(yt.recognise(composer)).toEqual({ composer: 'site', submit: 'site' });
      expect(yt.isSubmitControl(path($('.go')), composer)).toBe(true);
      expect(yt.isSubmitControl(path($('.cancel')), composer)).toBe(false);
    }
  });

  it('Google Business Profile: the review-reply frame on www.google.com', () => {
    const gbp = adapterForHost('www.google.com')!;
    expect(gbp.id).toBe('google-business');
    page('<div class="reply"><textarea jsname="YPqjbf" aria-label="Reply"></textarea><button>Reply</button><button>Cancel</button></div>');
    const [composer] = gbp.findComposers(document);
    expect(composer?.getAttribute('jsname')).toBe('YPqjbf');
    expect(gbp.isSubmitControl(path($('button')), composer)).toBe(true);
  });

  it('Instagram: a reel comment <input> is a composer, read by value; Enter sends it', () => {
    const ig = adapterForHost('www.instagram.com')!;
    page('<form><input type="text" placeholder="Add a comment…"><div role="button">Post</div></form>');
    const [composer] = ig.findComposers(document);
    expect(composer).toBeInstanceOf(HTMLInputElement);
    (composer as HTMLInputElement).value = 'typed now';
    expect(ig.readText(composer)).toBe('typed now');
    expect(ig.enterSends(composer)).toBe(true);
    expect(ig.isSubmitControl(path($('[role=button]')), composer)).toBe(true);
  });

  it('Instagram: a caption (Share, Enter is a new line) and a Spanish comment box (Publicar)', () => {
    const ig = adapterForHost('www.instagram.com')!;
    page(`<div role="dialog"><div role="button">Compartir</div><div contenteditable="true" aria-label="Escribe un pie de foto..." class="cap"></div></div>
      <form><div role="textbox" contenteditable="true" class="c"></div><div role="button" class="p">Publicar</div></form>`);
    const caption = ig.findComposers(document).find((c) => c.matches('.cap'));
    const comment = ig.findComposers(document).find((c) => c.matches('.c'))!;
    expect(ig.enterSends(comment)).toBe(true);
    expect(ig.isSubmitControl(path($('.p')), comment)).toBe(true);
    if (caption) expect(ig.enterSends(caption)).toBe(false);
  });
});

describe('Facebook', () => {
  const fb = adapterForHost('www.facebook.com')!;
  it('post dialog: Post button publishes, Enter is a new line', () => {
    page(`<div role="dialog" aria-label="Create post">
      <div role="textbox" contenteditable="true" data-lexical-editor="true"><p>hi</p></div>
      <div role="button" aria-label="Post"><span>Post</span></div></div>`);
    const [composer] = fb.findComposers(document);
    expect(fb.enterSends(composer)).toBe(false);
    expect(fb.isSubmitControl(path($('[aria-label="Post"] span')), composer)).toBe(true);
  });
  it.each([
    ['Spanish', 'Crear publicación', 'Publicar', 'Comentar'],
    ['French', 'Créer une publication', 'Publier', 'Commenter'],
    ['German', 'Beitrag erstellen', 'Posten', 'Kommentieren'],
    ['Portuguese', 'Criar publicação', 'Publicar', 'Comentar'],
    ['Tagalog', 'Gumawa ng post', 'I-post', 'Magkomento'],
  ])('%s interface: the post dialog and comment controls are guarded', (_lang, dialogLabel, post, comment) => {
    page(`<div role="dialog" aria-label="${dialogLabel}">
      <div role="textbox" contenteditable="true" data-lexical-editor="true"><p>hola</p></div>
      <div role="button" aria-label="${post}" class="post"><span>${post}</span></div></div>
      <form><div role="textbox" contenteditable="true" data-lexical-editor="true" class="c"></div>
      <div role="button" aria-label="${comment}" class="comment">➤</div></form>`);
    const [dialogComposer, commentComposer] = fb.findComposers(document);
    expect(fb.enterSends(dialogComposer)).toBe(false);
    expect(fb.isSubmitControl(path($('.post span')), dialogComposer)).toBe(true);
    expect(fb.enterSends(commentComposer)).toBe(true);
    expect(fb.isSubmitControl(path($('.comment')), commentComposer)).toBe(true);
    expect(fb.isSubmitControl(path($('.comment')), dialogComposer)).toBe(false);
    expect(fb.recognise(commentComposer)).toEqual({ composer: 'site', submit: 'site' });
  });
  it('comments and page replies post on Enter', () => {
    page(`<form><div role="textbox" aria-label="Write a comment…" contenteditable="true" data-lexical-editor="true"></div></form>`);
    const [composer] = fb.findComposers(document);
    expect(fb.enterSends(composer)).toBe(true);
  });
});

describe('Reddit', () => {
  const reddit = adapterForHost('www.reddit.com')!;
  it('skips the 0x0 decoy, sees the title textarea in a shadow root and the shadow-hosted button', () => {
    page(`<r-post-composer-form>
      <faceplate-textarea-input id="decoy" data-zero name="title"></faceplate-textarea-input>
      <faceplate-textarea-input id="title" name="title"></faceplate-textarea-input>
      <shreddit-composer name="body"><div slot="rte" role="textbox" contenteditable="true" data-lexical-editor="true">body</div></shreddit-composer>
      <r-post-form-submit-button id="submit-post-button"></r-post-form-submit-button>
    </r-post-composer-form>`);
    for (const id of ['decoy', 'title']) $(`#${id}`).attachShadow({ mode: 'open' }).append(document.createElement('textarea'));
    const button = document.createElement('button');
    $('#submit-post-button').attachShadow({ mode: 'open' }).append(button);
    const composers = reddit.findComposers(document);
    expect(composers).toHaveLength(2);
    const title = composers.find((c) => c.getRootNode() === $('#title').shadowRoot)!;
    expect(title).toBeTruthy();
    expect(reddit.isSubmitControl(path(button), title)).toBe(true);
    expect(reddit.containerOf(title).tagName).toBe('R-POST-COMPOSER-FORM');
    button.disabled = true;
    expect(reddit.submitControlOn(path(button))).toBeNull();
  });
});

describe('LinkedIn', () => {
  it('finds the Quill composer inside #interop-outlet and its Post button', () => {
    const linkedin = adapterForHost('www.linkedin.com')!;
    page('<div id="interop-outlet" data-testid="interop-shadowdom"></div>');
    const root = $('#interop-outlet').attachShadow({ mode: 'open' });
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const editor = document.createElement('div');
    editor.className = 'ql-editor';
    editor.setAttribute('contenteditable', 'true');
    const post = document.createElement('button');
    post.className = 'share-actions__primary-action';
    post.textContent = 'Post';
    dialog.append(editor, post);
    root.append(dialog);
    const [composer] = linkedin.findComposers(document);
    expect(composer).toBe(editor);
    expect(linkedin.isSubmitControl(path(post), composer)).toBe(true);
    expect(linkedin.findSubmitControl(composer)).toBe(post);
  });
});

describe('Mastodon', () => {
  it('publishes the content warning with the text, via the form button', () => {
    const mastodon = ADAPTERS.find((a) => a.id === 'mastodon')!;
    page(`<form class="compose-form"><input class="spoiler-input__input" id="cw-spoiler-input">
      <textarea class="autosuggest-textarea__textarea"></textarea>
      <div class="compose-form__submit"><button type="submit" class="button">Post</button></div></form>`);
    const composers = mastodon.findComposers(document);
    expect(composers).toHaveLength(2);
    expect(mastodon.isSubmitControl(path($('button')), composers[1])).toBe(true);
  });
});

describe('AI chats', () => {
  it('ChatGPT: the ProseMirror div, not the hidden fallback textarea; send only in send state', () => {
    const chatgpt = adapterForHost('chatgpt.com')!;
    page(`<form data-type="unified-composer"><textarea name="prompt-textarea" style="display:none"></textarea>
      <div id="prompt-textarea" class="ProseMirror" contenteditable="true" role="textbox"><p>hello</p></div>
      <button id="composer-submit-button" data-testid="send-button" aria-label="Send prompt"></button></form>`);
    const composers = chatgpt.findComposers(document);
    expect(composers).toEqual([$('#prompt-textarea')]);
    expect(chatgpt.enterSends(composers[0])).toBe(true);
    expect(chatgpt.isSubmitControl(path($('#composer-submit-button')), composers[0])).toBe(true);
    $('#composer-submit-button').dataset.testid = 'stop-button';
    $('#composer-submit-button').setAttribute('aria-label', 'Stop streaming');
    expect(chatgpt.submitControlOn(path($('#composer-submit-button')))).toBeNull();
  });

  it.each([
    ['claude.ai', '<fieldset><div data-testid="chat-input" contenteditable="true" class="ProseMirror"></div><button aria-label="Send message">↑</button></fieldset>'],
    ['gemini.google.com', '<div><rich-textarea><div class="ql-editor" contenteditable="true" role="textbox"></div></rich-textarea><button class="send-button" aria-label="Send message"></button></div>'],
    ['copilot.microsoft.com', '<div><textarea id="userInput" data-testid="composer-input"></textarea><button data-testid="submit-button" aria-label="Submit message"></button></div>'],
  ])('%s: one composer, Enter sends, the send button belongs to it', (host, markup) => {
    const adapter = adapterForHost(host)!;
    page(markup);
    const [composer] = adapter.findComposers(document);
    expect(composer).toBeTruthy();
    expect(adapter.kind).toBe('ai');
    expect(adapter.enterSends(composer)).toBe(true);
    expect(adapter.findSubmitControl(composer)).toBe($('button'));
  });
});

describe('other social and review sites', () => {
  it.each([
    ['www.instagram.com', '<div role="dialog"><div contenteditable="true" aria-label="Write a caption..."></div><div role="button">Share</div></div>', '[role="button"]'],
    ['www.threads.com', '<div role="dialog"><div role="textbox" contenteditable="true" data-lexical-editor="true"></div><div role="button"><span>Post</span></div></div>', '[role="button"] span'],
    ['bsky.app', '<div role="dialog"><div class="ProseMirror" role="textbox" contenteditable="true"></div><button data-testid="composerPublishBtn" aria-label="Publish post">Post</button></div>', 'button'],
    ['www.tiktok.com', '<div><div data-e2e="comment-input"><div contenteditable="true"></div></div><div data-e2e="comment-post">Post</div></div>', '[data-e2e="comment-post"]'],
    ['www.youtube.com', '<ytd-commentbox><div id="contenteditable-root" contenteditable="true"></div><ytd-button-renderer id="submit-button"><button aria-label="Comment">Comment</button></ytd-button-renderer></ytd-commentbox>', 'button'],
    ['nextdoor.com', '<div role="dialog"><textarea></textarea><button>Post</button></div>', 'button'],
    ['business.google.com', '<div><textarea aria-label="Reply"></textarea><button>Reply</button></div>', 'button'],
    ['biz.yelp.com', '<form><textarea></textarea><button type="submit">Post public comment</button></form>', 'button'],
  ])('%s: composer found and its publish control recognised', (host, markup, control) => {
    const adapter = adapterForHost(host)!;
    page(markup);
    const [composer] = adapter.findComposers(document);
    expect(composer).toBeTruthy();
    expect(adapter.isSubmitControl(path($(control)), composer)).toBe(true);
  });

  it('the generic adapter ignores buttons with other labels', () => {
    const adapter = adapterForHost('nextdoor.com')!;
    page('<div role="dialog"><textarea></textarea><button>Cancel</button></div>');
    expect(adapter.submitControlOn(path($('button')))).toBeNull();
  });
});

describe('adapters with both selectors and labels', () => {
  it('LinkedIn finds a labelled Post button that lacks the usual class (resume after a shortcut)', () => {
    const linkedin = adapterForHost('www.linkedin.com')!;
    page('<div role="dialog"><div class="ql-editor" contenteditable="true"></div><button class="artdeco-button">Post</button></div>');
    const [composer] = linkedin.findComposers(document);
    expect(linkedin.findSubmitControl(composer)).toBe($('button'));
  });
});
