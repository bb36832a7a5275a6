import VeerkrachtPresentation

/// The reports' stylesheet, carried by every `ReportFragment`: calm colours with good contrast,
/// numbers in aligned columns, at most 960 pixels wide on screen, and an A4 print layout that
/// keeps charts and tables whole.
enum ReportStyle {
    static let sheet = Stylesheet("""
    :root {
      --ink: #1d2935; --muted: #56616d; --line: #d5dbe1; --soft: #f3f5f7;
      --accent: #1d5f8a; --accent-soft: rgba(29, 95, 138, 0.15); --comparison: #707a85;
      --laag: #eba768; --laag-tint: #fbe5d0; --midden: #cdd3da; --midden-tint: #eceff2;
      --hoog: #86b6dc; --hoog-tint: #d9e9f6; --rose: #1d5f8a; --fell: #a8510f;
    }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0; background: #fff; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    main { max-width: 960px; margin: 0 auto; padding: 36px 28px 48px; }
    h1, h2, h3 { line-height: 1.2; margin: 0; }
    h1 { font-size: 34px; letter-spacing: -0.01em; }
    h2 { display: flex; justify-content: space-between; align-items: baseline; gap: 16px; font-size: 22px; margin: 44px 0 6px; padding-top: 14px; border-top: 3px solid var(--accent); }
    h2 .kicker { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); white-space: nowrap; }
    h3 { font-size: 16.5px; margin: 26px 0 8px; }
    p { margin: 6px 0 10px; max-width: 72ch; }
    .lead { color: var(--muted); margin-bottom: 14px; }
    .eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 12.5px; font-weight: 600; color: var(--accent); margin-bottom: 6px; }
    .subtitle { font-size: 17px; color: var(--muted); margin: 6px 0 18px; }
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px 24px; margin: 0; padding: 14px 18px; background: var(--soft); border-radius: 8px; }
    .facts div { min-width: 0; }
    .facts dt { font-size: 12.5px; color: var(--muted); }
    .facts dd { margin: 0; font-weight: 600; }
    .num, .figure { font-variant-numeric: tabular-nums; }
    .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 12px 0; }
    .cards.three { grid-template-columns: repeat(3, 1fr); }
    .card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
    .card .label { font-size: 13.5px; color: var(--muted); font-weight: 600; }
    .card .figure { font-size: 30px; font-weight: 700; line-height: 1.15; margin-top: 2px; }
    .card .figure.withheld { font-size: 20px; font-weight: 600; font-style: italic; color: var(--muted); padding: 4px 0 2px; }
    .card .detail { font-size: 13px; color: var(--muted); }
    .card .band { font-size: 13px; font-weight: 600; padding: 1px 8px; border-radius: 10px; margin-left: 6px; vertical-align: 5px; }
    .card .verdict-text { display: block; margin-top: 6px; font-size: 13.5px; }
    .band.laag, td.cell.laag { background: var(--laag-tint); }
    .band.midden, td.cell.midden { background: var(--midden-tint); }
    .band.hoog, td.cell.hoog { background: var(--hoog-tint); }
    table { width: 100%; border-collapse: collapse; margin: 8px 0 6px; font-size: 14px; }
    caption { text-align: left; font-size: 13px; color: var(--muted); padding-bottom: 6px; }
    th { text-align: left; font-size: 12.5px; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--line); padding: 6px 10px; vertical-align: bottom; }
    td { border-bottom: 1px solid var(--line); padding: 7px 10px; vertical-align: top; }
    th.num, td.num { text-align: right; }
    td.num { white-space: nowrap; }
    tbody th { color: var(--ink); font-size: 14px; border-bottom: 1px solid var(--line); vertical-align: top; }
    tfoot td, tfoot th { border-top: 2px solid var(--line); border-bottom: none; font-weight: 600; color: var(--ink); }
    td.remark { text-align: center; color: var(--muted); font-size: 13px; }
    .small { display: block; font-size: 12.5px; color: var(--muted); font-weight: 400; }
    .verdict-text { font-weight: 600; }
    .verdict-text.rose { color: var(--rose); }
    .verdict-text.fell { color: var(--fell); }
    .verdict-text.steady, .verdict-text.withheld { color: var(--muted); font-weight: 400; }
    td.num .verdict-text.withheld { white-space: normal; }
    .tag { display: inline-block; font-size: 12px; line-height: 1.4; padding: 0 7px; border-radius: 10px; border: 1px solid var(--line); color: var(--muted); white-space: nowrap; }
    .tag.indicatief { border-style: dashed; border-color: var(--muted); }
    .tag.onderdrukt { background: var(--soft); font-style: italic; }
    table.wijken thead th:first-child { width: 22%; }
    table.wijken th .small { white-space: nowrap; }
    table.wijken thead th.num { text-align: center; }
    tfoot th { font-size: 14px; }
    td.cell { text-align: center; vertical-align: middle; font-variant-numeric: tabular-nums; border: 2px solid #fff; }
    td.cell strong { font-size: 15px; }
    td.cell.withheld { background: repeating-linear-gradient(135deg, var(--soft) 0 6px, #fff 6px 12px); color: var(--muted); font-style: italic; font-size: 13px; }
    td.cell.empty { color: var(--muted); }
    .count-bar { display: block; margin-top: 4px; height: 12px; background: var(--accent); opacity: 0.75; border-radius: 2px; vertical-align: -1px; }
    .profiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 4px 36px; align-items: start; }
    table.profile td.share { width: 45%; font-variant-numeric: tabular-nums; }
    .table-scroll { overflow-x: auto; }
    table.groups th, table.groups td { padding-left: 6px; padding-right: 6px; }
    table.groups thead th:first-child { width: 14%; }
    table.groups thead th { font-size: 11.5px; }
    table.groups td.cell.withheld { font-size: 12px; }
    figure { margin: 10px 0 18px; }
    figcaption { font-size: 13px; color: var(--muted); margin-top: 6px; }
    .legend { list-style: none; padding: 0; margin: 6px 0 10px; display: flex; flex-wrap: wrap; gap: 6px 20px; font-size: 13px; color: var(--ink); }
    .legend .swatch { width: 18px; height: 14px; vertical-align: -2px; margin-right: 6px; }
    .side-by-side { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 24px; align-items: center; }
    .side-by-side figcaption { font-size: 13.5px; margin: 0; }
    .side-by-side .legend { flex-direction: column; font-size: 13.5px; }
    p.gap-note { font-style: italic; }
    .legend .marker { display: inline-block; min-width: 18px; margin-right: 6px; text-align: center; font-weight: 700; }
    .sentences { padding-left: 20px; margin: 8px 0; }
    .key-messages { margin: 24px 0 8px; padding: 4px 22px 10px; background: var(--soft); border-left: 6px solid var(--accent); border-radius: 0 8px 8px 0; break-inside: avoid; overflow-wrap: anywhere; }
    .key-messages h2 { border-top: 0; margin: 10px 0 4px; padding-top: 0; font-size: 19px; }
    .key-messages li { margin: 6px 0; max-width: 80ch; font-size: 16px; } .key-messages .note { font-size: 13px; color: var(--muted); max-width: 86ch; }
    .sentences li { margin: 4px 0; max-width: 72ch; }
    .verhalen-naast { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 3fr); gap: 18px; align-items: start; }
    .verhaal-cijfer p { margin: 0; }
    .verhaal-cijfer .detail { margin-top: 6px; }
    .verhalen { display: grid; gap: 14px; }
    .verhalen.raster { grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); align-items: start; margin-bottom: 14px; }
    .verhaal { position: relative; margin: 0; padding: 12px 18px 6px 50px; background: #fbf6ee; border-left: 4px solid #c2915a; border-radius: 0 8px 8px 0; break-inside: avoid; overflow-wrap: anywhere; }
    .verhaal::before { content: "“"; position: absolute; left: 12px; top: 6px; font: 700 50px/1 Georgia, "Times New Roman", serif; color: #c2915a; }
    .verhaal-soort { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.08em; color: #7d5b2e; margin: 0 0 2px; }
    .verhaal h4 { font-size: 16.5px; margin: 0; }
    .verhaal-meta { font-size: 13px; color: var(--muted); margin: 2px 0 8px; }
    .verhaal-over { display: block; }
    .verhalen-uitleg { font-size: 13px; color: var(--muted); max-width: 86ch; margin-top: 16px; }
    .verhaal blockquote { margin: 0; font-family: Georgia, "Times New Roman", serif; font-style: italic; font-size: 15.5px; line-height: 1.55; }
    .verhaal blockquote p { margin: 0 0 8px; max-width: 68ch; }
    .methods { background: var(--soft); border-left: 4px solid var(--accent); padding: 10px 18px; border-radius: 0 8px 8px 0; margin-top: 12px; }
    .methods dt { font-weight: 600; margin-top: 8px; }
    .methods dd { margin: 2px 0 0; max-width: 76ch; }
    footer { margin-top: 44px; padding-top: 12px; border-top: 1px solid var(--line); font-size: 12.5px; color: var(--muted); }
    footer dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 6px 0 0; }
    footer dt { font-weight: 600; }
    footer dd { margin: 0; }
    .chart { display: block; width: 100%; height: auto; font-family: inherit; }
    .chart text { font-size: 13px; fill: var(--ink); }
    .chart .row-label { font-size: 13.5px; font-weight: 600; }
    .chart .axis-label { font-size: 14.5px; font-weight: 600; }
    .chart .axis-value { font-size: 13.5px; fill: var(--muted); }
    .chart .area-value { font-weight: 700; fill: var(--accent); }
    .chart .value { font-size: 13.5px; font-variant-numeric: tabular-nums; }
    .chart .tick, .chart .note, .chart .band-name { font-size: 11.5px; fill: var(--muted); }
    .chart .halo { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
    .chart .gap-note { font-size: 12px; fill: var(--muted); font-style: italic; }
    .chart .verdict { font-size: 13px; font-weight: 600; }
    .chart .verdict.rose { fill: var(--rose); }
    .chart .verdict.fell { fill: var(--fell); }
    .chart .verdict.steady, .chart .verdict.withheld { fill: var(--muted); font-weight: 400; }
    .grid { stroke: #dfe4e9; stroke-width: 1; }
    .zero { stroke: var(--ink); stroke-width: 1.5; }
    .whisker { stroke: var(--ink); stroke-width: 2; }
    .dot.level { fill: var(--accent); stroke: #fff; stroke-width: 1.5; }
    .comparison-mark { fill: #fff; stroke: var(--comparison); stroke-width: 2; }
    .dot.change.rose { fill: var(--rose); }
    .dot.change.fell { fill: var(--fell); }
    .dot.change.steady, .dot.change.withheld { fill: #fff; stroke: var(--ink); stroke-width: 2; }
    .segment { stroke: #fff; stroke-width: 1.5; }
    .segment.laag, .swatch .laag { fill: var(--laag); }
    .segment.midden, .swatch .midden { fill: var(--midden); }
    .segment.hoog, .swatch .hoog { fill: var(--hoog); }
    .chart .segment-label { font-size: 12px; font-weight: 600; font-variant-numeric: tabular-nums; }
    .chart .segment-label.outside { font-size: 11px; font-weight: 400; }
    .withheld-bar { fill: var(--soft); stroke: var(--line); stroke-dasharray: 4 3; }
    .swatch .tint-laag { fill: var(--laag-tint); stroke: var(--line); }
    .swatch .tint-midden { fill: var(--midden-tint); stroke: var(--line); }
    .swatch .tint-hoog { fill: var(--hoog-tint); stroke: var(--line); }
    .swatch .tint-withheld { fill: var(--soft); stroke: var(--muted); stroke-dasharray: 2 2; }
    .ring, .spoke { fill: none; stroke: #dfe4e9; }
    .ring.outer { stroke: #bfc8d1; }
    .series-shape.area { fill: var(--accent-soft); stroke: var(--accent); stroke-width: 2.5; }
    .series-line.area { stroke: var(--accent); stroke-width: 2.5; }
    .series-shape.comparison, .series-line.comparison { fill: none; stroke: var(--comparison); stroke-width: 2; stroke-dasharray: 6 4; }
    .series-dot.area { fill: var(--accent); }
    .series-dot.comparison { fill: var(--comparison); }
    .trend-base { stroke: var(--ink); stroke-width: 1.2; }
    .trend-step, .series-line.trend-step { stroke: var(--ink); stroke-width: 1.2; }
    .trend-step.significant, .series-line.trend-step.significant { stroke-width: 4; }
    .series-dot.trend-step { fill: var(--ink); }
    .dot.trend-dot, .trend-dot { fill: var(--accent); stroke: #fff; stroke-width: 1.5; }
    .dot.trend-dot.indicatief, .trend-dot.indicatief { fill: #a9c3d6; stroke: var(--accent); stroke-width: 1.2; }
    .dot.trend-withheld, .trend-withheld { fill: #fff; stroke: #8a939c; stroke-width: 1.8; }
    .chart .trend-marker { font-size: 13px; font-weight: 700; }
    .chart .trend-value { font-size: 11.5px; font-variant-numeric: tabular-nums; }
    .chart .trend-status { font-size: 11px; fill: var(--muted); font-style: italic; }
    .trend-table { overflow-x: auto; }
    .trend-table td { white-space: nowrap; }
    .kaart { max-width: 720px; margin: 0 auto; }
    .kaart .wijk { stroke: #3d4853; stroke-width: 0.9; stroke-linejoin: round; }
    .kaart-hoog { fill: #2b6a99; } .kaart-midden { fill: #dde2e7; } .kaart-laag { fill: #e08a3c; }
    .kaart-onderdrukt, .kaart-geen { fill: #fff; }
    .swatch .kaart-onderdrukt, .swatch .kaart-geen { stroke: #3d4853; }
    .arcering { fill: none; stroke: #56616d; stroke-width: 1.6; pointer-events: none; }
    .kaart .wijk-naam, .kaart .wijk-noot { fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3.5px; stroke-linejoin: round; }
    .kaart .wijk-naam { font-size: 12.5px; font-weight: 600; } .kaart .wijk-noot { font-size: 11px; font-style: italic; }
    .noordpijl { fill: var(--ink); } .kaart .noord { font-size: 12px; font-weight: 700; }
    .schaal { stroke: var(--ink); stroke-width: 1.5; } .kaart .schaal-tekst { font-size: 11.5px; }
    @page { size: A4; margin: 14mm 13mm 16mm; }
    @media print {
      :root { --hoog: #5a93c2; --laag-tint: #f8d8bb; --midden-tint: #f1f3f5; --hoog-tint: #b3d0ea; }   /* three distinct greys */
      body { font-size: 10pt; }
      h2, h3 { break-after: avoid; }
      main { max-width: none; padding: 0; }
      h2 { margin-top: 22px; }
      h3 { margin-top: 16px; }
      table { font-size: 9.5pt; }
      th { font-size: 8.5pt; }
      td, th { padding-top: 4px; padding-bottom: 4px; }
      .legend { font-size: 8.5pt; gap: 2px 16px; margin: 4px 0 6px; }
      .lead { margin-bottom: 8px; }
      .card .figure { font-size: 22pt; }
      .keep, figure, table, .cards, .card, .facts, .methods, footer, tr, .verhaal { break-inside: avoid; }
      thead { display: table-header-group; }
      .table-scroll, .trend-table { overflow: visible; }
      table.wijken { table-layout: fixed; }
      table.wijken th, table.wijken td { padding-left: 4px; padding-right: 4px; }
      table.wijken thead th { font-size: 7.5pt; overflow-wrap: anywhere; hyphens: auto; }
      table.wijken th .small { white-space: normal; font-size: 7.5pt; }
      table.wijken td.cell.withheld { font-size: 7.5pt; }
      table.groups thead th { font-size: 7.5pt; }
      table.groups td.cell.withheld, table.groups .small { font-size: 7.5pt; }
      table.groups td.cell strong { font-size: 9.5pt; }
      .sentences { columns: 2; column-gap: 28px; }
      .verhaal { padding: 8px 14px 4px 40px; }
      .verhaal::before { font-size: 36px; left: 10px; }
      .verhaal h4 { font-size: 11pt; }
      .verhaal blockquote { font-size: 10pt; }
      .sentences li { break-inside: avoid; margin-top: 0; }
      .side-by-side { grid-template-columns: 1fr; gap: 4px; }
      .side-by-side .chart { width: 82%; margin: 0 auto; }
      figure.trend .chart { width: 80%; margin: 0 auto; }
      .side-by-side .legend { flex-direction: row; }
      .side-by-side figcaption p { max-width: none; }
      .chart text, .chart .axis-value { font-size: 14px; }
      .chart .row-label, .chart .value, .chart .axis-label { font-size: 14.5px; }
      .chart .tick, .chart .note, .chart .band-name { font-size: 13px; }
      .chart .verdict, .chart .segment-label { font-size: 13.5px; }
      .chart .segment-label.outside { font-size: 12.5px; }
    }
    @media (max-width: 640px) {
      .cards, .cards.three { grid-template-columns: repeat(2, 1fr); }
      .card { min-width: 0; overflow-wrap: anywhere; }
      .side-by-side, .verhalen-naast { grid-template-columns: 1fr; }
      table.wijken { display: block; overflow-x: auto; }
      .profiles { grid-template-columns: 1fr; }
    }
    @media (max-width: 420px) {
      .cards, .cards.three { grid-template-columns: 1fr; }
    }
    """)
}
