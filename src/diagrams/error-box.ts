/**
 * A readable error in a diagram's place. Kept apart from draw.ts so that showing the failure does
 * not depend on the mermaid chunk, which may be the very thing that failed to load.
 */
export function showDiagramError(figure: HTMLElement, message: string): void {
  const canvas = figure.querySelector('.diagram-canvas')
  const slide = figure.closest('section')?.id ?? '?'
  if (canvas) {
    canvas.replaceChildren()
    const box = document.createElement('div')
    box.className = 'diagram-error'
    box.setAttribute('role', 'note')
    box.textContent = `This diagram (slide "${slide}") could not be drawn: ${message}. Its description follows.`
    canvas.append(box)
  }
  figure.classList.add('has-error')
}
