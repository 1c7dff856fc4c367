import type { DeckSlide } from './citations.ts'

/** Part VII: what stays open — teleology on both sides, then the questions that decide the case. */
export default [
  {
    id: 'teleology-both-ways',
    part: 'open',
    timing: 55,
    title: 'Teleology cuts both ways: the same caution for van der Pijl and Bauwens',
    blocks: [
      {
        kind: 'points',
        items: [
          'Griffin doubted the passage’s teleology: a “historic subject” shaping a classless society [@griffin2012].',
          'Bauwens: P2P “is poised to overhaul our political economy in unprecedented ways” [@bauwens2006].',
          'So this deck claims a tendency to test, not a mode on its way.',
        ],
      },
    ],
    notes: `Griffin’s reservation deserves to be applied evenly. In the passage he quotes, van der Pijl gives the cadres a historic role and speaks of humanity reclaiming itself in a classless society. That is the language of a known destination.

But Bauwens writes in the same register. His founding essay opens by comparing the change to the one Marx saw in the factories of Manchester, and says that peer-to-peer is poised to overhaul our political economy in unprecedented ways. Elsewhere he has called peer production a likely candidate for a successor civilisation.

If we drop the teleology on one side, we must drop it on the other. What remains is a tendency, visible in cases like the ones we saw, that can be tested against the objections, not a mode already on its way. About fifty-five seconds.`,
    sources: `Griffin: “I have reservations about some of the teleological language here” [@griffin2012; @seed]; “historic subject” is from the van der Pijl passage he quotes. Bauwens: [@bauwens2006], opening paragraph, verbatim (post-autistic economics review 37, 2006). Successor civilisation: Bauwens, message to the p2p-research list, 16 May 2009 (archive mirror at diyhpl.us), verbatim “it is its very hyperproductivity which makes it the likely candidate for the succesor civilization” (spelling as archived), paraphrased in the notes only, not a reference; in the same vein, “peer to peer can be said to be the core logic of the successor civilization” [@bauwens2024].`,
  },
  {
    id: 'open-questions',
    part: 'open',
    timing: 50,
    title: 'Four questions decide whether a P2P mode of foreign relations is emerging',
    blocks: [
      {
        kind: 'points',
        stepwise: true,
        items: [
          '*Protection*: what defends a commons, and its people, against force?',
          '*Capture*: can commons infrastructure escape netarchical platforms [@wikiNetarchical]?',
          '*Boundary*: does reciprocity with outsiders hold at scale?',
          '*Coexistence*: would it layer onto global governance rather than replace it?',
        ],
      },
    ],
    notes: `Four questions stay open, one per click. Protection: a licence protects code, but what protects a community and its people against force? Capture: can the infrastructure of the commons, from cables to app stores, escape the netarchical platforms that keep the hubs obligatory? Boundary: can reciprocity with outsiders work beyond small projects, at the scale of foreign relations? Coexistence: since modes layer rather than replace one another, would a P2P mode grow inside global governance rather than overturn it?

My own answer, and it is only that, is that the post names a tendency worth testing, not a mode that already exists. I would welcome your view. About fifty seconds, then the references and the close.`,
    sources: `Questions drawn from the synthesis slides and their sources; netarchical capitalism: [@wikiNetarchical]. Coexistence of modes: the project applies the whole typology to the present [@sussex].`,
  },
] satisfies DeckSlide[]
