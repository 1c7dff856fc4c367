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
    timing: 60,
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

That is why the deck calls radical alternative the post’s framing. The partner state is a reform of the state around the commons, which is also why protection remains the open question. About a minute.`,
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
  {
    id: 'backup-governance-column',
    part: 'open',
    backup: true,
    timing: 60,
    title: 'Backup: whose reading fills each cell of the global-governance column',
    blocks: [
      {
        kind: 'table',
        head: ['', 'Cell', 'Whose reading'],
        rows: [
          ['Space', 'Nation-states formed under the English-speaking West', 'Van der Pijl, Vol. III [@vdp2014]'],
          ['Protection', 'Western intervention, peaceful or military', 'His project [@sussex]'],
          ['Exchange', 'Ever more austere capitalist expansion', 'Soederberg [@soederberg2006]'],
          ['Today’s cleavage', 'Liberal heartland against contender states', 'Stephen [@stephen2014]'],
        ],
        caption: 'Grouping the cells as one mode is ours.',
        interpretedRows: [0, 1, 2, 3],
      },
    ],
    notes: `For the referee who says the column is not van der Pijl’s. His 2010 article specifies space, protection and exchange for each mode, global governance included; the cells use his own descriptions where they can be read, and name the reader where not.

Space comes from the description of his third volume: nation-state formation under the auspices of the English-speaking West, with mainstream International Relations translating Western supremacy into intellectual hegemony. Protection comes from his project page. Exchange is Soederberg’s reading.

The heartland and contender pair is not on the main slide. In the 1998 book it describes a historical relation between a liberal heartland and successive contender states, and on Denemark’s reading the contender states are disappearing. Stephen applies the pair to the rising powers today: his application, not van der Pijl’s specification of a mode.`,
    sources: `Question 1 of issue 21, in depth. The article: [@vdp2010], Historical Materialism 18(2): 3–34; its abstract (sro.sussex.ac.uk/id/eprint/12729) says it specifies “the occupation of space, protection, and exchange for tribal and empire/nomad foreign relations, as well as sovereign equality and global governance”; the repository holds no full text and no readable copy was found. Volume III [@vdp2014]: publisher’s description and contents (youscribe listing; chapters “Empire and Nationality in the Pax Britannica” to “The Crisis of International Discipline”), verbatim “Nation-state formation under the auspices of the English-speaking West” and “translate Western supremacy into intellectual hegemony”. Protection: [@sussex]. Exchange: [@soederberg2006]. Heartland and contenders: [@vdp1998], book description; [@denemark1999], three contradictions including the disappearance of contender states; Stephen’s abstract [@stephen2014]. A 2009 blog review of Volume I (dailykos.com) reads the book as explaining why “global governance” has failed to triumph; not used.`,
  },
  {
    id: 'backup-between-communities',
    part: 'open',
    backup: true,
    timing: 60,
    title: 'Backup: peer relations between communities, what exists and what is proposed',
    blocks: [
      {
        kind: 'points',
        items: [
          '*Exists*: phyles such as Las Indias, “transnational communities that have acquired enterprises” [@p2pfPhyles2010].',
          '*An idea, 2015*: Enspiral, Sensorica, Las Indias as a global Chamber of the Commons [@bauwens2015].',
          '*Proposed, 2017*: partnerships “sustained by leagues of cities” [@bauwensNiaros2017].',
          '*The licence*: commercial use for worker-owned firms only, contributors or not [@peerProductionLicense].',
        ],
      },
    ],
    notes: `For questions on relations between communities. What exists: phyles, a term of David de Ugarte’s that Bauwens took up, transnational communities that own enterprises so as to last, such as the Las Indias cooperative.

What was launched only as an idea: in 2015 Bauwens proposed a coalition of commons-oriented entrepreneurial coalitions, Enspiral in New Zealand, Sensorica in Montreal, Las Indias, as a global equivalent of a Chamber of the Commons. In 2017 he and Niaros proposed global public-commons partnerships sustained by leagues of cities.

And the licence often cited for this: the Peer Production License allows commercial use only to worker-owned businesses that share the surplus among their worker-owners, and forbids it to firms living on waged labour. It draws a class line, not a line between contributors and takers.`,
    sources: `Question 2 of issue 21, in depth. Phyles: [@p2pfPhyles2010], quoting de Ugarte, verbatim “transnational communities that have acquired enterprises in order to gain continuity in time and robustness”; Las Indias as a phyle and “sister organization”: P2P Foundation blog, 15 June 2012. The coalition: [@bauwens2015], verbatim “It’s a global equivalent of our proposal for the Chamber of the Commons” and “for now, we’re just launching the idea”; the Commons Transition glossary (primer.commonstransition.org) describes Chambers of the Commons as coordinating commons-friendly enterprises “within a territory”. Leagues of cities: [@bauwensNiaros2017], verbatim “global public-commons partnerships, sustained by leagues of cities”. The licence: [@peerProductionLicense], section 4, read in the CommonAccord rendering: commercial use “only if” You are a worker-owned business or collective distributing all surplus among the worker-owners; use by a privately owned business employing wage labour “is not permitted under this License”. That it draws a class line is this deck’s reading.`,
  },
  {
    id: 'backup-optional-hubs',
    part: 'open',
    backup: true,
    timing: 60,
    title: 'Backup: the DMA makes gatekeepers interoperable, within one jurisdiction',
    blocks: [
      {
        kind: 'table',
        head: ['DMA', 'The gatekeeper must'],
        rows: [
          ['Art. 6(7)', 'Open operating-system features to rivals, free'],
          ['Art. 6(9)', 'Port users’ data, free, in real time'],
          ['Art. 7', 'Open its messenger: pairs, then groups, then calls'],
        ],
        caption: 'Regulation (EU) 2022/1925 [@dma2022].',
      },
      {
        kind: 'note',
        tone: 'caveat',
        text: 'EU duties bind in the EU only; jurisdiction over hubs is what states weaponise [@farrellNewman2019].',
      },
    ],
    notes: `For questions on the mechanism. The Digital Markets Act of 2022 imposes three duties that matter here on designated gatekeepers. Article 6(7): free and effective interoperability with the hardware and software features their operating systems control. Article 6(9): data portability for users, free, continuous and in real time. Article 7: their messaging services must interoperate with rivals on request and free of charge, first between two people, within two years for groups, within four for voice and video calls.

The limit is the point of the third question. These duties are imposed by one jurisdiction on firms operating in it. Farrell and Newman show that jurisdiction over central nodes is exactly what lets a state watch and exclude. An optional hub is therefore a political settlement that a territorial authority must keep enforcing.`,
    sources: `Question 3 of issue 21, in depth. [@dma2022]: title and date from the Official Journal text (issuu copy); publication in OJ L 265 of 12 October 2022 from the sintact.ro record. Article 6(7): the provision as quoted on jvm.foude.net and summarised by Oxera (“mandating interoperability for features controlled by designated gatekeepers’ operating systems … and voice assistants”). Article 6(9): the Commission’s DMA developer portal, “End user data portability”. Article 7(1)–(2): the English text at ecommercekit.it, verbatim “upon request, and free of charge”, “within 2 years from the designation”, “within 4 years from the designation”. Hubs and jurisdiction: [@farrellNewman2019], abstract. The conclusion that an optional hub is a political settlement is this deck’s reading.`,
  },
] satisfies DeckSlide[]
