import type { DeckSlide } from './citations.ts'

/** Part II (first half): van der Pijl’s frame: foreign relations, the Marx analogy, three dimensions. */
export default [
  {
    id: 'foreign-relations',
    part: 'vdp',
    timing: 55,
    title: 'Van der Pijl: foreign relations run deeper than relations between states',
    blocks: [
      {
        kind: 'text',
        size: 'lead',
        text: 'A mode of foreign relations: any interaction between communities that occupy separate spaces and treat each other as outsiders [@sussex].',
      },
      {
        kind: 'points',
        items: [
          'Inter-state relations, and the national state itself, are one transient historical form of them [@sussex; @seed].',
          'Leverhulme project, 2006–2009; Volume I, 2007 [@sussex; @vdp2007; @plutoNes; @wikiVdp].',
        ],
      },
    ],
    notes: `Kees van der Pijl is a Dutch political scientist from the so-called Amsterdam School of international political economy, who later held the chair of International Relations at Sussex. From 2006 to 2009 a Leverhulme Major Research Fellowship funded his project on modes of foreign relations; its first volume, Nomads, Empires, States, appeared in 2007 and won the Deutscher Memorial Prize.

The starting point is a definition. Foreign relations are any dealings between communities that live in separate spaces and see each other as outsiders. That is far wider than diplomacy. Tribes, empires and nomads had foreign relations long before sovereign states existed. On this view the state system, and even the national state, is one historical form among several, and a passing one. About fifty-five seconds.`,
  },
  {
    id: 'marx-analogy',
    part: 'vdp',
    timing: 55,
    title: 'As capitalism is one mode of production among others, the state system is one mode of foreign relations',
    blocks: [
      {
        kind: 'diagram',
        mermaid: `flowchart LR
  subgraph PE["Marx: political economy"]
    direction TB
    MP["Modes of production"] --> CAP["Capitalism: one transient mode"]
  end
  subgraph IR["Van der Pijl: IR"]
    direction TB
    MFR["Modes of foreign relations"] --> SS["State system: one transient mode"]
  end
  CAP -.->|"analogy"| SS`,
        caption:
          'The analogy, in our paraphrase [@sussex; @vdp2010]. The post’s own sentence on it repeats Wikipedia’s wording [@wikiVdp].',
        accTitle: 'The analogy between modes of production and modes of foreign relations',
        accDescr:
          'Left: in the critique of political economy, capitalism is one transient mode of production. Right: in van der Pijl’s critique of International Relations, the state system is one transient mode of foreign relations. A dashed arrow labelled analogy joins the two.',
      },
      {
        kind: 'text',
        text: 'Marxism critiques political economy but lacks a matching critique of IR, which treats the inter-state order as natural [@vdp2010].',
      },
    ],
    notes: `The project borrows its key word from Marx. Marx treated capitalism not as the natural form of economic life but as one mode of production, with others before it and others to come. Van der Pijl does the same for foreign relations.

In his 2010 article in Historical Materialism he observes that Marxism has a critique of political economy but no matching critique of International Relations. The discipline, he argues, treats the inter-state order as natural, just as economics treats capitalism as natural, and he traces its codification to Woodrow Wilson’s answer to the Russian Revolution.

A note on sources: the post’s own sentence on this analogy repeats the Wikipedia article word for word, so we paraphrase from van der Pijl and the Sussex page instead. About fifty-five seconds.`,
  },
  {
    id: 'three-dimensions',
    part: 'vdp',
    timing: 55,
    title: 'Each mode organises three things: occupying a space, protecting it, and exchanging with others',
    blocks: [
      {
        kind: 'diagram',
        mermaid: `flowchart LR
  L["Level of civilisation (the post's wording)"] -.-> M["A mode of foreign relations"]
  M --> SP["Occupation of space"]
  M --> PR["Protection"]
  M --> EX["Exchange with others"]
  style L stroke-dasharray: 6 4`,
        caption:
          'The three dimensions [@sussex; @vdp2010]. Volume I pairs them with the interethnic milieu, the dialectic of change, and language [@vdp2007].',
        accTitle: 'The three dimensions of a mode of foreign relations',
        accDescr:
          'A mode of foreign relations branches into three dimensions: occupation of space, protection, and exchange with others. A dashed box, level of civilisation, marked as the post’s wording, points to the mode.',
      },
      {
        kind: 'note',
        tone: 'caveat',
        text: 'The post adds that a given *level of civilisation* makes each pattern possible [@seed]. That phrase is the post’s; we did not find it in van der Pijl’s own summaries.',
      },
    ],
    notes: `What makes a mode a mode? Van der Pijl answers with three dimensions. First, how a community occupies a space. Second, how it protects that space. Third, the wider character of its exchanges with outsiders. Volume I pairs these with sub-themes: space with the interethnic milieu, protection with the dialectic of change, exchange with language.

The post adds that in each mode these patterns are made possible by a given level of civilisation. Treat that as the post’s wording: we did not find the phrase, or a definition of it, in van der Pijl’s own abstracts and project pages, which is why it is drawn dashed.

Keep the three dimensions in mind; they return when we build the P2P mode. About fifty-five seconds.`,
  },
] satisfies DeckSlide[]
