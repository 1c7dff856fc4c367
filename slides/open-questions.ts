import type { DeckSlide } from './citations.ts'

/**
 * Part VI: what stays open — teleology on both sides (with van der Pijl’s cadre stratum, formerly a
 * part of its own), then the four questions turned into tests with observable facts for and against.
 */
export default [
  {
    id: 'teleology-both-ways',
    part: 'open',
    timing: 60,
    title: 'Teleology cuts both ways: van der Pijl’s cadres and Bauwens’s successor civilisation',
    blocks: [
      {
        kind: 'quote',
        text: 'the cadres are the class which historically performs the role of shaping the structures for a classless society in the context of class society',
        by: 'Kees van der Pijl',
        source: 'vdp1998',
        via: 'via Griffin',
      },
      {
        kind: 'points',
        items: ['Griffin doubted this teleology [@griffin2012]; Bauwens calls P2P a successor civilisation’s core logic [@bauwens2007].'],
      },
    ],
    notes: `Who would carry a P2P mode? Griffin’s comment points to the last chapter of van der Pijl’s 1998 book. There the cadres, the managers and professionals who run society’s organisations, look beyond the plain antagonism of capital and labour, and are said to shape the structures of a classless society. Griffin hoped peer producers might take up that role, and in the same breath doubted the teleology.

His doubt applies evenly. Bauwens writes in the same register: peer-to-peer as the core logic of a successor civilisation, poised to overhaul political economy.

If we drop the teleology on one side, we drop it on the other. What remains is a tendency, visible in the cases we saw, that can be tested, not a mode already on its way. The passage in full, with Gorz’s non-class, is on a backup slide. A minute.`,
    sources: `Quotation: van der Pijl 1998, last chapter [@vdp1998], as quoted by Griffin in the seed text [@seed; @griffin2012]; page not given there. Takes in the former part VI slide “cadre-stratum” (issue 21: the lone part-VI slide joins the teleology slide; the comparison’s actors row keeps the cadres). Griffin: “I have reservations about some of the teleological language here” [@griffin2012; @seed]. Bauwens: “peer to peer can be said to be the core logic of the successor civilization” [@bauwens2007], verbatim; “is poised to overhaul our political economy in unprecedented ways”, [@bauwens2006], opening paragraph, paraphrased in the notes. Glossing the cadres as managers and professionals is this deck’s paraphrase; Denemark’s reading is on the backup slide “backup-cadre-passage” [@denemark1999].`,
  },
  {
    id: 'open-questions',
    part: 'open',
    timing: 65,
    interpretation: true,
    title: 'Four tests: what would count for, and against, an emerging P2P mode',
    blocks: [
      {
        kind: 'table',
        head: ['', 'For', 'Against'],
        rows: [
          ['Protection', 'Alliances defend commons across borders', 'Commons safe only under one state'],
          ['Capture', 'Users port their data and leave', 'Switching stays rare'],
          ['Boundary', 'Commons federations span countries', 'Commons stay local'],
          ['Coexistence', 'Governance bodies adopt commons rules', 'Commons enclosed or banned'],
        ],
        caption: 'Observable facts, ours to watch [@dma2022; @bauwensNiaros2017].',
      },
    ],
    notes: `The four open questions, turned into tests: for each, a fact we could observe.

Protection: if alliances across borders defend a commons against seizure or shutdown, that counts for a P2P mode; if commons survive only where one state guards them, against.

Capture: the Digital Markets Act lets us measure exit. If people actually carry their data away from gatekeepers and the hubs lose share, for; if switching stays rare, against.

Boundary: if federations of commons, such as the leagues of cities Bauwens and Niaros propose, span countries, for; if commons stay local or inside single projects, against.

Coexistence: if governments and governance bodies adopt commons rules, as Ecuador tried with FLOK, the mode is layering onto global governance; if commons are enclosed or banned, against.

My own reading, and it is only that: a tendency worth testing, not a mode that exists. Sixty-five seconds, then the references.`,
    sources: `The four questions of the second edition, rewritten as tests with observable facts (issue 21, question 3); which facts count is this deck’s proposal. Exit and interconnection duties: [@dma2022] (Articles 6(9) and 7). Leagues of cities: [@bauwensNiaros2017]. FLOK: see the backup slide “backup-flok”. Coexistence of modes: the publisher’s description of Volume I [@vdp2007] and the Sussex page [@sussex]. Netarchical capture: [@wikiNetarchical].`,
  },
] satisfies DeckSlide[]
