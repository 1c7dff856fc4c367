import { describe, expect, it } from 'vitest'
import { candidateSources, flowDirection, setGroups, timelineAsFlow, turnFlow, turnGroups, wrapLabel, wrapLabels } from './variants.ts'

describe('diagram variants', () => {
  it('wraps a label at spaces, never inside a word', () => {
    expect(wrapLabel('Peer governance, peer property, partner state', 16)).toBe('Peer governance,<br>peer property,<br>partner state')
    expect(wrapLabel('Internationalisation of states', 10)).toBe('Internationalisation<br>of states')
    expect(wrapLabel('Tribal', 0)).toBe('Tribal')
  })

  it('wraps quoted node and edge labels but leaves the accessible title and description alone', () => {
    const source = 'flowchart LR\n  accTitle: "A long accessible title here"\n  A["Sovereign equality"] -.->|"proposed in 2012"| B["P2P"]'
    expect(wrapLabels(source, 10)).toBe(
      'flowchart LR\n  accTitle: "A long accessible title here"\n  A["Sovereign<br>equality"] -.->|"proposed<br>in 2012"| B["P2P"]',
    )
  })

  it('turns the flow a quarter for the portrait drawing; groups keep their own direction unless turned too', () => {
    const source = 'flowchart LR\n  subgraph G["g"]\n    direction TB\n    A --> B\n  end'
    expect(flowDirection(source)).toBe('LR')
    expect(turnFlow(source)).toBe('flowchart TB\n  subgraph G["g"]\n    direction TB\n    A --> B\n  end')
    expect(turnFlow('graph TD\n  A --> B')).toBe('graph LR\n  A --> B')
    expect(turnGroups(turnFlow(source))).toContain('direction LR')
    expect(turnGroups('flowchart LR\n  A --> B')).toBeUndefined()
  })

  it('leaves group titles unwrapped on the wide drawing, where wrapping one only makes its group taller', () => {
    const source = 'flowchart TB\n  subgraph NOW["Coexisting today"]\n    S["Sovereign equality"]\n  end'
    expect(wrapLabels(source, 14, { titles: false })).toBe(
      'flowchart TB\n  subgraph NOW["Coexisting today"]\n    S["Sovereign<br>equality"]\n  end',
    )
    expect(wrapLabels(source, 14)).toContain('NOW["Coexisting<br>today"]')
    expect(candidateSources(source, 'wide').every((c) => c.includes('NOW["Coexisting today"]'))).toBe(true)
  })

  it('offers the phone a column of groups each laid across it, whatever direction each had on the slide', () => {
    // A row of groups on the slide, one upright (to suit the 16:9 box), the others flat.
    const source =
      'flowchart LR\n  subgraph A["a"]\n    direction TB\n    a1 --- a2\n  end\n  subgraph B["b"]\n    direction LR\n    b1 --- b2\n  end\n  A ~~~ B'
    expect(setGroups(turnFlow(source), 'LR')).toBe(
      'flowchart TB\n  subgraph A["a"]\n    direction LR\n    a1 --- a2\n  end\n  subgraph B["b"]\n    direction LR\n    b1 --- b2\n  end\n  A ~~~ B',
    )
    expect(candidateSources(source, 'portrait').some((c) => c.includes('flowchart TB') && !c.includes('direction TB'))).toBe(true)
    expect(setGroups('flowchart LR\n  A --> B', 'LR')).toBeUndefined()
  })

  it('draws a timeline upright for a phone: one node per period, in order, its sections as groups', () => {
    const timeline =
      'timeline\n  title Modes\n  section Old\n    Tribal : kin\n    Imperial : tribute : "roads"\n      : more\n  section New\n    Sovereign : treaties'
    expect(timelineAsFlow(timeline)).toBe(
      [
        'flowchart TB',
        '  T["Modes"]',
        '  subgraph S0["Old"]',
        '    direction TB',
        '    P1["Tribal: kin"]',
        '    P2["Imperial: tribute · #quot;roads#quot; · more"]',
        '  end',
        '  subgraph S1["New"]',
        '    direction TB',
        '    P3["Sovereign: treaties"]',
        '  end',
        '  T --> P1 --> P2 --> P3',
      ].join('\n'),
    )
    expect(timelineAsFlow('timeline\n  Tribal\n  Imperial\n  Sovereign')).toBe(
      'flowchart TB\n  P0["Tribal"]\n  P1["Imperial"]\n  P2["Sovereign"]\n  P0 --> P1 --> P2',
    )
    const portrait = candidateSources('timeline\n  1648 : States', 'portrait')
    expect(portrait.length).toBeGreaterThan(0)
    for (const c of portrait) expect(c).toContain('flowchart TB\n  P0["1648: States"]')
    expect(timelineAsFlow('flowchart LR\n  A --> B')).toBeUndefined()
  })

  it('offers no portrait drawing of a diagram that is neither a flowchart nor a timeline', () => {
    expect(candidateSources('sequenceDiagram\n  A->>B: hi', 'portrait')).toEqual([])
    expect(candidateSources('flowchart LR\n  A["x"]', 'portrait').length).toBeGreaterThan(0)
    expect(candidateSources('flowchart LR\n  A["x"]', 'wide')[0]).toBe('flowchart LR\n  A["x"]')
  })
})
