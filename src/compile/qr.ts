import QRCode from 'qrcode'

/** The QR code for the public URL, as an SVG drawn at build time (no script, no request). */
export async function renderQrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  })
  // Drop the XML prolog; the SVG is inlined into HTML.
  return svg.replace(/<\?xml[^>]*>/, '').trim()
}
