import type { DeckSlide } from './citations.ts'

/** Part VI: who carries it — Griffin’s comment, van der Pijl’s cadre stratum, Gorz’s non-class. */
export default [
  {
    id: 'griffin-comment',
    part: 'agents',
    timing: 55,
    title: 'Griffin welcomed the synthesis, with a reservation about teleological language',
    blocks: [
      {
        kind: 'quote',
        text: 'I think the peer production paradigm could really address some of the possibilities that Van der Pijl raises in the last chapter of Transnational Classes and International Relations',
        by: 'Tom Griffin',
        source: 'griffin2012',
      },
      {
        kind: 'points',
        items: [
          'He had reservations about some teleological language, seemingly in the van der Pijl passage he quotes [@griffin2012].',
          'So this deck speaks of tendencies and proposals, not destinations.',
        ],
      },
    ],
    notes: `Now to who might carry such a mode. The first response to the post came from Tom Griffin, on 23 May 2012. He was pleased to see someone working on a synthesis of van der Pijl and Bauwens, and thought the peer production paradigm could address possibilities that van der Pijl raised in the last chapter of Transnational Classes and International Relations.

He added a reservation about some teleological language, language suggesting that history is heading for a known end. His word here seems to point at the van der Pijl passage he goes on to quote, but the caution applies to any claim that a P2P mode must arrive. So we say could, proposed and tendency, not will or inevitable. Transition: what were those possibilities? About fifty-five seconds.`,
  },
  {
    id: 'cadre-stratum',
    part: 'agents',
    timing: 55,
    title: 'Van der Pijl’s candidate agent: a cadre stratum that looks beyond capital versus labour',
    blocks: [
      {
        kind: 'quote',
        text: 'the cadres are the class which historically performs the role of shaping the structures for a classless society in the context of class society',
        by: 'Kees van der Pijl',
        source: 'vdp1998',
        via: 'as quoted by Griffin [@griffin2012]; last chapter, page not given',
      },
      {
        kind: 'points',
        items: [
          'Cadres express capitalism’s socialising dynamic, in alienated form [@vdp1998].',
          'They have several times diverged from the course the ruling class wanted [@vdp1998].',
          'He argues they must reunify with the working class [@vdp1998; @denemark1999].',
        ],
      },
    ],
    notes: `Griffin quotes a long passage from van der Pijl’s last chapter; one sentence is on the slide. In it, the cadre stratum expresses capitalism’s socialising dynamic, though in alienated form. It has several times taken a course different from the one the ruling class wanted, and between capital and a resisting working class it has tended to look beyond the straight class antagonism. Van der Pijl concludes that the cadres must reunify with the working class.

Denemark’s review reads the rise of this new middle or cadre class as the book’s strongest answer to three contradictions: contender states disappearing, community breaking down, and the threat of ecological disaster.

Notice the language Griffin warned about: a historic subject, a classless society. About fifty-five seconds.`,
  },
  {
    id: 'gorz-non-class',
    part: 'agents',
    timing: 55,
    title: 'Van der Pijl borrows Gorz’s non-class for the cadres’ role, against Gorz’s own limits',
    blocks: [
      {
        kind: 'diagram',
        mermaid: `flowchart LR
  NC["Gorz's non-class"] -.-|"role compared, not identical"| K["Cadre stratum"]
  subgraph ANT["Class antagonism"]
    CC["Capitalist class"]
    WC["Working class"]
  end
  K -.->|"diverged at times"| CC
  K -.->|"must reunify"| WC
  style NC stroke-dasharray: 6 4`,
        caption: 'Agents after van der Pijl [@vdp1998], as quoted by Griffin [@griffin2012]; the non-class after Gorz [@gorz1982].',
        accTitle: 'The agents: capitalist class, working class, cadre stratum, and Gorz’s non-class',
        accDescr:
          'A box labelled class antagonism holds the capitalist class and the working class. Dashed arrows lead from the cadre stratum to the capitalist class, labelled diverged at times, and to the working class, labelled must reunify. A dashed box, Gorz’s non-class, is linked to the cadre stratum by a line labelled role compared, not identical.',
      },
      {
        kind: 'text',
        text: 'Gorz: skilled industrial workers no longer anchor socialism [@gorz1982]. Van der Pijl likens the cadres’ role to Gorz’s non-class, which Gorz, he says, needlessly restricts to the marginalised [@vdp1998].',
      },
    ],
    notes: `The same passage brings in André Gorz. In Farewell to the Working Class, published in French in 1980 and in English in 1982, Gorz argued that changes in work had weakened skilled industrial workers as socialism’s point of reference. He looked instead to new social movements and to people who reject the work ethic, aiming at less waged work and more free time.

Van der Pijl says that the cadres’ historic role is what Gorz calls the non-class, but that Gorz needlessly restricts it to the marginalised and rejected. So he borrows the category and moves it. He does not simply equate the cadres with Gorz’s non-class, and neither should we; the diagram keeps them as separate boxes, linked only by comparison. About fifty-five seconds.`,
  },
] satisfies DeckSlide[]
