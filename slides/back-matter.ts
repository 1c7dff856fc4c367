import type { DeckSlide } from './citations.ts'

/**
 * Back matter: the references (three slides; each `cite` block lists its share of the cited works,
 * alphabetically by author) and the closing slide. Outside the content-slide count and word rules.
 */
export default [
  {
    id: 'references-a-f',
    part: 'open',
    layout: 'references',
    backMatter: true,
    timing: 10,
    title: 'References (A–F)',
    blocks: [
      {
        kind: 'cite',
        keys: [
          'accessNow2024',
          'seed',
          'baran1964',
          'bauwens2005',
          'bauwens2006',
          'bauwens2009',
          'bauwens2012',
          'bauwens2014',
          'bauwensNd',
          'bauwensKostakis2014',
          'benkler2002',
          'cgg1995',
          'cordisCosmo',
          'denemark1999',
        ],
      },
    ],
    notes:
      'References, first part. Every work cited on the slides is listed; the 2012 post has no named author, so it is listed as anonymous. Move on quickly.',
  },
  {
    id: 'references-f-p',
    part: 'open',
    layout: 'references',
    backMatter: true,
    timing: 10,
    title: 'References (F–P)',
    blocks: [
      {
        kind: 'cite',
        keys: [
          'farrellNewman2019',
          'fiske1992',
          'gorz1982',
          'griffin2012',
          'itu2024',
          'kostakisBauwens2014',
          'kostakis2015',
          'mauldin2017',
          'odlyzko2005',
          'handbook2021',
          'p2pfBlog2015',
          'wikiNetarchical',
          'wikiPartnerState',
          'wikiFiske',
          'plutoNes',
        ],
      },
    ],
    notes:
      'References, second part, including the P2P Foundation wiki pages. Undated web pages are marked n.d. rather than given a guessed year.',
  },
  {
    id: 'references-r-w',
    part: 'open',
    layout: 'references',
    backMatter: true,
    timing: 10,
    title: 'References (R–W)',
    blocks: [
      {
        kind: 'cite',
        keys: [
          'rosenau2007',
          'soederberg2006',
          'srnicek2017',
          'stephen2014',
          'sussex',
          'vdp1998',
          'vdp2007',
          'vdp2010',
          'wikiVdp',
          'wikiReed',
          'wikiWestphalia',
        ],
      },
    ],
    notes: 'References, last part: van der Pijl’s own works and the encyclopedia pages used for background. Then the closing slide.',
  },
  {
    id: 'closing',
    part: 'open',
    layout: 'closing',
    backMatter: true,
    timing: 30,
    title: 'A P2P mode of foreign relations: a proposal to test, not a forecast',
    blocks: [
      {
        kind: 'text',
        size: 'lead',
        text: 'Thank you. Questions and discussion welcome.',
      },
    ],
    notes: `To close: van der Pijl gives us a way to see the state system as one passing mode of foreign relations, and Bauwens gives us concepts for organising production, governance and property among peers. The 2012 post put the two together; we have tried to make that pairing explicit, mark what is ours, and show where it is thin, above all on protection and on who would carry it. Thank you. About thirty seconds, then questions.`,
  },
] satisfies DeckSlide[]
