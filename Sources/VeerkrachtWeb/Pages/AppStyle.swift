import VeerkrachtPresentation

/// The app's one stylesheet: calm colours with strong contrast, large touch targets (at least
/// 48 pixels) for tablets, layouts that wrap on phones, and a visible focus ring for keyboards.
enum AppStyle {
    static let sheet = Stylesheet("""
    :root {
      --ink: #1d2935; --muted: #4f5a66; --line: #d5dbe1; --soft: #f3f5f7; --control: #66717d;
      --accent: #1d5f8a; --accent-dark: #164a6b; --accent-soft: #e6f0f7;
      --error: #a8231b; --error-soft: #fcefee; --ok: #2a6434; --ok-soft: #e8f3ea; --focus: #f0b429;
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; background: #fff; color: var(--ink); font: 18px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    a { color: var(--accent); text-underline-offset: 3px; }
    a:hover { color: var(--accent-dark); }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    .skip { position: absolute; left: -9999px; top: 8px; background: #fff; color: var(--ink); padding: 10px 14px; border-radius: 6px; z-index: 10; }
    .skip:focus { left: 8px; }
    .bar { background: var(--accent); color: #fff; }
    .bar .inner { max-width: 980px; margin: 0 auto; padding: 6px 20px; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 16px; }
    .brand { color: #fff; font-weight: 700; font-size: 20px; text-decoration: none; padding: 8px 0; margin-right: auto; }
    .brand:hover { color: #fff; }
    .who { font-size: 15px; color: #fff; }
    .bar form { margin: 0; }
    .bar button { font: inherit; font-size: 15px; color: #fff; background: transparent; border: 2px solid rgba(255,255,255,.7); border-radius: 6px; min-height: 40px; padding: 4px 12px; cursor: pointer; }
    .bar button:hover { background: rgba(255,255,255,.12); }
    .menu { background: var(--accent-dark); }
    .menu ul { max-width: 980px; margin: 0 auto; padding: 0 12px; list-style: none; display: flex; flex-wrap: wrap; }
    .menu a { display: block; color: #fff; text-decoration: none; padding: 11px 8px; font-size: 16px; border-bottom: 3px solid transparent; }
    .menu a:hover { border-bottom-color: rgba(255,255,255,.5); color: #fff; }
    .menu a[aria-current="page"] { border-bottom-color: #fff; font-weight: 600; }
    main { max-width: 980px; margin: 0 auto; padding: 20px 20px 72px; }
    main.narrow { max-width: 560px; }
    h1 { font-size: 30px; line-height: 1.2; margin: 12px 0 8px; }
    h2 { font-size: 23px; line-height: 1.25; margin: 32px 0 10px; }
    p { margin: 8px 0 12px; max-width: 70ch; }
    .lead { color: var(--muted); margin-bottom: 20px; }
    .muted { color: var(--muted); }
    .small { font-size: 15px; }
    .notice { background: var(--ok-soft); border-left: 6px solid var(--ok); border-radius: 0 8px 8px 0; padding: 12px 18px; margin: 12px 0 20px; }
    .notice strong { display: block; font-size: 20px; }
    .error-summary { border: 3px solid var(--error); border-radius: 8px; padding: 8px 20px 12px; margin: 12px 0 24px; }
    .error-summary h2 { margin: 6px 0; font-size: 21px; color: var(--error); }
    .error-summary ul { margin: 4px 0; padding-left: 20px; }
    .error-summary a { color: var(--error); font-weight: 600; }
    .field { margin: 0 0 20px; }
    .field > label, .label { display: block; font-weight: 600; margin-bottom: 4px; }
    .hint { display: block; color: var(--muted); font-size: 16px; font-weight: 400; margin: 0 0 6px; }
    .field-error { display: block; color: var(--error); font-weight: 600; margin: 2px 0 6px; }
    .invalid { border-left: 5px solid var(--error); padding-left: 14px; }
    input[type=text], input[type=password], input[type=date], input[type=number], select, textarea {
      font: inherit; color: var(--ink); background: #fff; width: 100%; max-width: 26rem; min-height: 50px;
      padding: 8px 12px; border: 2px solid var(--control); border-radius: 6px;
    }
    input.short { max-width: 9rem; }
    textarea { max-width: 40rem; min-height: 90px; }
    .invalid input[type=text], .invalid input[type=date], .invalid select, .invalid textarea { border-color: var(--error); }
    .fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0 28px; }
    .fields.counts { grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); }
    .fields .field input, .fields .field select { max-width: none; }
    .button, button.button {
      display: inline-flex; align-items: center; justify-content: center; gap: 8px; min-height: 52px; padding: 10px 24px;
      font: inherit; font-weight: 600; line-height: 1.2; text-decoration: none; cursor: pointer;
      color: #fff; background: var(--accent); border: 2px solid var(--accent); border-radius: 8px;
    }
    .button:hover { background: var(--accent-dark); border-color: var(--accent-dark); color: #fff; }
    .button.secondary { color: var(--accent); background: #fff; }
    .button.secondary:hover { background: var(--accent-soft); color: var(--accent-dark); }
    .button.danger { background: var(--error); border-color: var(--error); }
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 16px; margin: 28px 0 8px; }
    fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
    legend { padding: 0; }
    .about { background: var(--soft); border-radius: 10px; padding: 16px 20px 0; margin: 16px 0 8px; }
    .about > legend { float: left; width: 100%; font-size: 21px; font-weight: 700; margin-bottom: 10px; }
    .about > legend + * { clear: both; }
    .construct { margin: 36px 0 0; }
    .construct > legend { float: left; width: 100%; font-size: 23px; font-weight: 700; line-height: 1.25; padding-bottom: 6px; border-bottom: 3px solid var(--accent); }
    .construct > legend + * { clear: both; }
    .construct > legend + .hint { margin-top: 10px; }
    .item { padding: 16px 0 18px; border-bottom: 1px solid var(--line); }
    .item > legend { float: left; width: 100%; font-weight: 600; margin-bottom: 10px; }
    .item > legend + * { clear: both; }
    .item > .question { display: block; font-weight: 600; }
    .item > input { margin-top: 10px; }
    .item .number { display: inline-block; min-width: 2.2em; color: var(--muted); font-weight: 400; }
    .item.invalid { border-left: 5px solid var(--error); padding-left: 14px; background: var(--error-soft); }
    .choices { display: flex; flex-wrap: wrap; gap: 8px; }
    .choice { position: relative; flex: 1 1 0; min-width: 6.6rem; }
    .choices.numeric .choice { min-width: 3.1rem; }
    .choices.numeric .choice.missing { min-width: 7rem; flex-grow: 2; }
    .choice input { position: absolute; top: 0; left: 0; width: 100%; height: 100%; margin: 0; opacity: 0; cursor: pointer; }
    .choice span {
      display: flex; align-items: center; justify-content: center; height: 100%; min-height: 52px; padding: 6px 8px;
      text-align: center; font-size: 16px; line-height: 1.2; background: #fff; border: 2px solid var(--control); border-radius: 8px;
    }
    .choice input:hover + span { background: var(--accent-soft); }
    .choice input:checked + span { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
    .choice input:checked + span::before { content: "✓"; margin-right: 6px; }
    .choice input:focus-visible + span { outline: 3px solid var(--focus); outline-offset: 2px; }
    .choice.missing span { border-style: dashed; color: var(--muted); }
    .choice.missing input:checked + span { background: var(--muted); border-color: var(--muted); color: #fff; }
    .scale-ends { display: block; color: var(--muted); font-size: 15px; font-weight: 400; margin-top: 2px; }
    .checks { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 8px; margin-bottom: 20px; }
    .check { display: flex; align-items: center; gap: 12px; min-height: 52px; padding: 8px 12px; border: 2px solid var(--line); border-radius: 8px; cursor: pointer; }
    .check input { width: 24px; height: 24px; margin: 0; accent-color: var(--accent); flex: none; }
    .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 16px; margin: 20px 0; }
    .tile { display: block; padding: 18px 20px; border: 2px solid var(--line); border-radius: 10px; color: var(--ink); text-decoration: none; }
    .tile strong { display: block; font-size: 21px; color: var(--accent); margin-bottom: 4px; }
    .tile.primary { border-color: var(--accent); background: var(--accent-soft); }
    .tile:hover { border-color: var(--accent); color: var(--ink); }
    .table-wrap { overflow-x: auto; margin: 8px 0 16px; }
    .table-wrap.compact table { max-width: 40rem; }
    .actions + h1 { margin-top: 28px; }
    table { width: 100%; border-collapse: collapse; font-size: 16px; }
    caption { text-align: left; color: var(--muted); padding-bottom: 6px; }
    th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--line); padding: 8px 10px; vertical-align: bottom; }
    td { border-bottom: 1px solid var(--line); padding: 10px; vertical-align: top; }
    tbody th { color: var(--ink); border-bottom: 1px solid var(--line); vertical-align: top; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td a { display: inline-block; padding: 4px 0; }
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 8px 24px; margin: 12px 0 20px; padding: 14px 18px; background: var(--soft); border-radius: 8px; }
    .facts dt { font-size: 15px; color: var(--muted); }
    .facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
    .changes { margin: 0; padding-left: 18px; }
    .changes li { margin: 2px 0; }
    .old { text-decoration: line-through; color: var(--muted); }
    details.panel { border: 2px solid var(--line); border-radius: 10px; margin: 20px 0; }
    details.panel > summary { padding: 14px 18px; min-height: 52px; font-weight: 700; font-size: 20px; cursor: pointer; }
    details.panel[open] > summary { border-bottom: 1px solid var(--line); }
    details.panel > div { padding: 4px 18px 18px; }
    details.values summary { cursor: pointer; color: var(--accent); padding: 4px 0; }
    .areas { list-style: none; padding: 0; margin: 8px 0; }
    .areas > li { border: 2px solid var(--line); border-radius: 10px; padding: 12px 18px; margin: 12px 0; }
    .areas h3 { margin: 4px 0 8px; font-size: 21px; }
    .areas ul { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0 20px; }
    .areas ul a { display: block; padding: 8px 0; }
    .empty { padding: 16px 20px; background: var(--soft); border-radius: 8px; }
    input.long { max-width: 40rem; }
    textarea.long { max-width: none; min-height: 16rem; line-height: 1.55; }
    .privacy .hint ul { margin: 0 0 8px; padding-left: 22px; }
    .privacy .hint li { margin: 2px 0; }
    .check.confirm { background: #fff; border-color: var(--control); font-weight: 600; margin-bottom: 20px; }
    .invalid .check.confirm { border-color: var(--error); }
    .status { display: inline-block; font-size: 15px; font-weight: 600; line-height: 1.3; padding: 3px 10px; border-radius: 999px; white-space: nowrap; }
    .status.waiting { background: #fff4d6; color: #6b4a00; }
    .status.approved { background: var(--ok-soft); color: var(--ok); }
    .status.highlighted { background: var(--ok); color: #fff; }
    .status.highlighted::before { content: "★ "; }
    .status.rejected { background: var(--error-soft); color: var(--error); }
    .story-status { margin: 0 0 16px; color: var(--muted); font-size: 16px; }
    .back { margin: 4px 0 0; font-size: 16px; }
    .story-view { border-left: 6px solid var(--accent); background: var(--accent-soft); border-radius: 0 10px 10px 0; padding: 14px 22px 6px; margin: 8px 0 20px; }
    .story-view p { max-width: 65ch; }
    .story-view .story-about { color: var(--muted); font-size: 15px; margin-top: 0; }
    .story-about { color: var(--muted); font-size: 16px; margin: 4px 0; }
    .review-note { border: 2px solid var(--line); border-radius: 8px; padding: 10px 16px; margin: 8px 0 16px; }
    .review-note.rejected { border-color: var(--error); background: var(--error-soft); }
    .review-note p { margin: 4px 0; white-space: pre-line; }
    .filter ul { list-style: none; padding: 0; margin: 16px 0; display: flex; flex-wrap: wrap; gap: 8px; }
    .filter a { display: inline-flex; align-items: center; gap: 8px; min-height: 44px; padding: 6px 14px; border: 2px solid var(--line); border-radius: 999px; text-decoration: none; color: var(--ink); }
    .filter a:hover { border-color: var(--accent); }
    .filter a[aria-current="page"] { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
    .filter .count { font-variant-numeric: tabular-nums; font-weight: 600; }
    .stories { list-style: none; padding: 0; margin: 8px 0; }
    .story-card { border: 2px solid var(--line); border-radius: 10px; padding: 12px 18px; margin: 12px 0; }
    .story-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 4px 16px; }
    .story-head a { font-size: 20px; font-weight: 600; padding: 4px 0; overflow-wrap: anywhere; }
    .story-card .review-note { margin: 8px 0 4px; }
    section.panel { border: 2px solid var(--accent); border-radius: 10px; padding: 4px 18px 8px; margin: 20px 0; }
    section.panel h2 { margin-top: 12px; }
    .timeline { list-style: none; padding: 0; margin: 8px 0; }
    .timeline li { display: flex; flex-wrap: wrap; gap: 2px 14px; padding: 8px 0; border-bottom: 1px solid var(--line); font-size: 16px; }
    .timeline .when { color: var(--muted); min-width: 9rem; font-variant-numeric: tabular-nums; }
    .timeline .why { flex-basis: 100%; color: var(--muted); padding-left: 9rem; }
    @media (max-width: 600px) {
      .timeline .why { padding-left: 0; }
      body { font-size: 17px; }
      main { padding: 14px 14px 56px; }
      h1 { font-size: 26px; }
      .bar .inner { flex-wrap: nowrap; padding-left: 14px; padding-right: 10px; gap: 10px; }
      .bar .role, .menu .wide { display: none; }
      .menu ul { padding-left: 6px; padding-right: 6px; }
      .menu a { padding: 9px 8px; font-size: 15px; }
      .choice { min-width: 6.2rem; }
      .actions .button { flex: 1 1 auto; }
    }
    """)

    /// The return bar shown above a report (reports carry their own stylesheet).
    static let reportBar = Stylesheet("""
    .app-return { max-width: 960px; margin: 0 auto; padding: 12px 28px 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
    .app-return a { color: #1d5f8a; display: inline-block; padding: 8px 0; }
    @media print { .app-return { display: none; } }
    """)
}
