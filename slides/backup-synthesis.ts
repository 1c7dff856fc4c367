import type { DeckSlide } from './citations.ts'

/**
 * Backup slides for the synthesis: answers to the questions a sharp audience will ask, shown after
 * the closing slide and outside the talk’s time (`backup: true`; the engine’s placement is issue
 * 12’s). Part 'open', so that the argument’s parts stay in order.
 */
export default [
  {
    id: 'backup-flok',
    part: 'open',
    backup: true,
    timing: 60,
    title: 'FLOK’s outcome: a national commons plan, published but only partly taken up',
    blocks: [
      {
        kind: 'points',
        items: [
          '2013–14: a government-funded project, led by Bauwens, drafted commons policies for Ecuador [@wikiPartnerState].',
          'May 2014: a summit in Quito; 2015: a book of the proposals, without the main strategy paper [@p2pfBlog2015].',
          'Bauwens’s lesson: “societies are not executable programs” [@bauwens2014].',
        ],
      },
    ],
    notes: `For questions about Ecuador. FLOK, for free, libre, open knowledge, was a research project funded by the Ecuadorian government and led by Michel Bauwens. Between late 2013 and mid-2014 it drafted policy proposals for a social economy of open and common knowledge, across education, science, agriculture, manufacturing, software, connectivity and more, and discussed them at a summit in Quito in May 2014.

The proposals came out as a book in 2015. Bauwens noted that the official edition left out the main strategic document on the transition itself. In his own assessment, the project moved the commons debate to the level of a whole society, but the very idea of hacking a country was dubious: societies, he wrote, are not executable programs. So the first partner-state test produced ideas and some local pilots rather than a national policy. About a minute.`,
    sources: `Government-funded project led by Bauwens, 2013: Dafermos, quoted on [@wikiPartnerState]. The policy areas, the summit (Quito, 27–30 May 2014), the 2015 book and Bauwens’s note that the official publication leaves out the main strategic document: [@p2pfBlog2015]. Lessons, verbatim “(societies are not executable programs)”: [@bauwens2014]. Local pilots and the partial uptake: Bauwens’s reply to Fabio Barone in the same list thread, 22 July 2014 (lists.ourproject.org/pipermail/p2p-foundation/2014-July/007312.html: the top layers of government “actively fought against it”, while “lower-level officials are engaged to make certain pilot projects happen”); not cited as a reference. A participant’s hostile account (the COOK Report, 2014) is not used.`,
  },
  {
    id: 'backup-partner-state',
    part: 'open',
    backup: true,
    timing: 55,
    title: 'Bauwens’s partner state reforms the state; it does not abolish it',
    blocks: [
      {
        kind: 'quote',
        text: 'the partner state concept transcends and includes the best of the welfare state',
        by: 'Michel Bauwens',
        source: 'bauwens2012',
      },
      {
        kind: 'points',
        items: [
          'It sustains civil society’s direct creation of value [@wikiPartnerState].',
          'Its for-benefit institutions guard the common good across a territory [@bauwens2012].',
          'It keeps the welfare state’s solidarity, schooling and public culture [@bauwens2012].',
        ],
      },
    ],
    notes: `For questions about the state. Bauwens does not want to abolish it. In a 2012 essay for Al Jazeera he argued that peer production needs civic wealth and strong civic institutions, so the partner state keeps the best of the welfare state: social solidarity, strong education, a publicly supported cultural life.

Its task is to sustain the direct creation of value by civil society, that is, commons-based peer production. He describes it as a network of democratically run institutions that look after the common good on a territorial scale. Peer production may spring up anyway as a way of coping in hard times, he writes, but a thriving commons needs such a state.

That is why the deck calls radical alternative the post’s framing. The partner state is a reform of the state around the commons, which is also why protection remains the open question. About fifty-five seconds.`,
    sources: `Quotation verbatim: [@bauwens2012] (Al Jazeera, 15 March 2012). Definition (“a sustaining role in the ‘direct creation of value by civil society’”): [@wikiPartnerState]. The welfare state’s “social solidarity mechanisms, strong educational systems and a vibrant and publicly supported cultural life”, the territorial-scale formulation and the point about resilience in bad times: [@bauwens2012], paraphrased. That the partner state is no cover for dismantling the welfare state on the “big society” model is Fattori’s gloss of Bauwens on the p2pfoundation.net copy of the wiki page [@wikiPartnerState]; it is not on the slide.`,
  },
  {
    id: 'backup-cadre-passage',
    part: 'open',
    backup: true,
    timing: 55,
    title: 'The cadre passage in context: Gorz’s non-class, borrowed and widened',
    blocks: [
      {
        kind: 'diagram',
        mermaid: `flowchart LR
  NC["Gorz's non-class"] -.-|"role compared"| K["Cadre stratum"]
  subgraph ANT["Class antagonism"]
    CC["Capitalist class"]
    WC["Working class"]
  end
  K -.->|"diverged at times"| CC
  K -.->|"reunification needed"| WC
  style NC stroke-dasharray: 6 4`,
        caption:
          'After van der Pijl, as quoted by Griffin [@griffin2012]; Gorz [@gorz1982]; the cadres as the book’s answer to its contradictions [@denemark1999].',
        accTitle: 'The agents: capitalist class, working class, cadre stratum, and Gorz’s non-class',
        accDescr:
          'A box labelled class antagonism holds the capitalist class and the working class. Dashed arrows lead from the cadre stratum to the capitalist class, labelled diverged at times, and to the working class, labelled reunification needed. A dashed box, Gorz’s non-class, is linked to the cadre stratum by a line labelled role compared.',
      },
      {
        kind: 'text',
        text: 'Van der Pijl likens the cadres’ role to Gorz’s non-class, which Gorz, he says, needlessly restricts to the marginalised [@griffin2012].',
      },
    ],
    notes: `For questions about the cadre passage. The passage Griffin quotes ends by bringing in André Gorz, whose Farewell to the Working Class appeared in French in 1980 and in English in 1982. Van der Pijl says the cadres’ historic role matches what Gorz calls the non-class, but that Gorz needlessly confines that category to the marginalised and rejected. So van der Pijl borrows the category and widens it; he does not equate the cadres with Gorz’s non-class.

Denemark’s review of the book gives the wider frame. The book names three contradictions of our era: contender states disappearing, community breaking down, and the threat of ecological disaster. Its strongest dialectical answer, on his reading, is the rise of a new middle or cadre class. About fifty-five seconds.`,
    sources: `The passage: van der Pijl 1998, last chapter [@vdp1998], as quoted by Griffin [@griffin2012; @seed]. Gorz: [@gorz1982] (1982, Pluto Press, translator M. Sonenscher: the onwork.edu.au records and a library listing; the French original of 1980 from the dossier, its publisher not re-read; the thesis about skilled industrial workers, shown here before, is not repeated). Denemark: [@denemark1999], opening paragraph of the review. Moved from part VI to a backup slide (issue 10).`,
  },
] satisfies DeckSlide[]
