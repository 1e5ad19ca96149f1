// Labels of publish controls in the interface languages PHI Guard recognises, as data. A label is
// only needed where a site's publish control has no stable attribute (Meta sites, YouTube Studio,
// the generic and structural fallbacks); structure (type=submit, the form or dialog holding the
// editor) comes first.
//
// Where they come from: the sites' own interface wording. English from the sites (sites.md,
// selectors-crosscheck.md); "Publicar" and "Publier" on Facebook and "Đăng" on Threads/Facebook as
// quoted by public automation scripts (selectors-crosscheck.md §2.2, §1 Threads); "Responder" on
// YouTube Studio (ibid. §2.10); the other languages are the verbs Meta, Google and X use in those
// interface languages. None was checked on a live site in every language: IT can add any missing
// label with the siteOverrides policy (submitLabels).
//
// Matching is whole-label and case-insensitive (dom/labels.ts): "Post" never matches "Postpone".

export type PublishVerb = 'post' | 'publish' | 'share' | 'shareNow' | 'reply' | 'comment' | 'send' | 'submit' | 'next';

export const PUBLISH_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'tr', 'tl'] as const;
export type PublishLanguage = (typeof PUBLISH_LANGUAGES)[number];

export const PUBLISH_LABELS: Record<PublishVerb, Record<PublishLanguage, readonly string[]>> = {
  post: {
    en: ['Post', 'Post all', 'Tweet', 'Tweet all', 'Toot', 'Toot!'],
    es: ['Publicar', 'Publicar todo'],
    fr: ['Publier', 'Tout publier'],
    de: ['Posten', 'Alle posten', 'Beitrag posten'],
    pt: ['Publicar', 'Postar', 'Publicar tudo'],
    it: ['Pubblica', 'Posta', 'Pubblica tutto'],
    nl: ['Plaatsen', 'Posten', 'Alles plaatsen'],
    pl: ['Opublikuj', 'Publikuj', 'Opublikuj wszystko'],
    tr: ['Paylaş', 'Gönderi paylaş', 'Tümünü paylaş'],
    tl: ['I-post', 'Mag-post', 'I-post lahat'],
  },
  publish: {
    en: ['Publish', 'Publish post', 'Publish reply'],
    es: ['Publicar'],
    fr: ['Publier'],
    de: ['Veröffentlichen'],
    pt: ['Publicar'],
    it: ['Pubblica'],
    nl: ['Publiceren'],
    pl: ['Opublikuj'],
    tr: ['Yayınla', 'Yayımla'],
    tl: ['I-publish', 'Ilathala'],
  },
  share: {
    en: ['Share'],
    es: ['Compartir'],
    fr: ['Partager'],
    de: ['Teilen'],
    pt: ['Compartilhar', 'Partilhar'],
    it: ['Condividi'],
    nl: ['Delen'],
    pl: ['Udostępnij'],
    tr: ['Paylaş'],
    tl: ['Ibahagi'],
  },
  /** Facebook's "Share now" (a reshare that publishes at once, unlike a bare "Share" that opens a menu). */
  shareNow: {
    en: ['Share now'],
    es: ['Compartir ahora'],
    fr: ['Partager maintenant'],
    de: ['Jetzt teilen'],
    pt: ['Compartilhar agora', 'Partilhar agora'],
    it: ['Condividi ora'],
    nl: ['Nu delen'],
    pl: ['Udostępnij teraz'],
    tr: ['Şimdi paylaş'],
    tl: ['Ibahagi ngayon'],
  },
  reply: {
    en: ['Reply', 'Post reply', 'Reply publicly', 'Post public reply', 'Respond', 'Respond publicly'],
    es: ['Responder', 'Publicar respuesta'],
    fr: ['Répondre', 'Publier la réponse'],
    de: ['Antworten', 'Antwort posten'],
    pt: ['Responder', 'Publicar resposta'],
    it: ['Rispondi', 'Pubblica risposta'],
    nl: ['Beantwoorden', 'Reageren', 'Antwoorden'],
    pl: ['Odpowiedz', 'Opublikuj odpowiedź'],
    tr: ['Yanıtla', 'Yanıt ver', 'Cevapla'],
    tl: ['Sumagot', 'Tumugon', 'Sagutin'],
  },
  comment: {
    en: ['Comment', 'Post comment', 'Post public comment'],
    es: ['Comentar', 'Publicar comentario'],
    fr: ['Commenter', 'Publier le commentaire'],
    de: ['Kommentieren', 'Kommentar posten'],
    pt: ['Comentar', 'Publicar comentário'],
    it: ['Commenta', 'Pubblica commento'],
    nl: ['Reageren', 'Opmerking plaatsen'],
    pl: ['Skomentuj', 'Komentarz', 'Dodaj komentarz'],
    tr: ['Yorum yap', 'Yorum gönder'],
    tl: ['Magkomento', 'Mag-komento', 'I-comment'],
  },
  send: {
    en: ['Send', 'Send message', 'Send prompt', 'Submit message'],
    es: ['Enviar', 'Enviar mensaje'],
    fr: ['Envoyer', 'Envoyer le message'],
    de: ['Senden', 'Nachricht senden', 'Absenden'],
    pt: ['Enviar', 'Enviar mensagem'],
    it: ['Invia', 'Invia messaggio'],
    nl: ['Verzenden', 'Versturen', 'Bericht verzenden'],
    pl: ['Wyślij', 'Wyślij wiadomość'],
    tr: ['Gönder', 'Mesaj gönder'],
    tl: ['Ipadala', 'Ipadala ang mensahe'],
  },
  submit: {
    en: ['Submit'],
    es: ['Enviar'],
    fr: ['Envoyer', 'Soumettre'],
    de: ['Absenden', 'Senden'],
    pt: ['Enviar'],
    it: ['Invia'],
    nl: ['Verzenden', 'Indienen'],
    pl: ['Wyślij', 'Prześlij'],
    tr: ['Gönder'],
    tl: ['Isumite', 'Ipasa'],
  },
  /** Facebook's post dialog publishes from "Next" when it has a second step; not a publish verb elsewhere. */
  next: {
    en: ['Next'],
    es: ['Siguiente'],
    fr: ['Suivant'],
    de: ['Weiter'],
    pt: ['Avançar', 'Seguinte', 'Próximo'],
    it: ['Avanti'],
    nl: ['Volgende'],
    pl: ['Dalej'],
    tr: ['İleri'],
    tl: ['Susunod'],
  },
};

/** Every label of the given verbs, in every language (deduplicated). */
export function labelsFor(...verbs: PublishVerb[]): string[] {
  const all = verbs.flatMap((verb) => PUBLISH_LANGUAGES.flatMap((lang) => PUBLISH_LABELS[verb][lang]));
  return [...new Set(all)];
}

/**
 * Any publish verb in any language: what the structural fallback accepts as a publish control
 * ("Next" is not one: it moves to another step).
 */
export const ANY_PUBLISH_LABEL: readonly string[] = labelsFor('post', 'publish', 'share', 'shareNow', 'reply', 'comment', 'send', 'submit');
