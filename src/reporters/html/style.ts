/** Rule colours (hue, in degrees): spaced so neighbouring legend entries are easy to tell apart. */
export const ruleHues = [48, 200, 330, 140, 270, 20, 175, 300, 95, 235];

/** Inline CSS for the HTML report; no fonts or images are fetched. */
export function reportStyle(): string {
  const colours = ruleHues
    .map(
      (hue, index) =>
        `.c${index}{--hl:hsl(${hue} 90% 80% / .75);--hl-edge:hsl(${hue} 70% 38%)}` +
        `@media (prefers-color-scheme:dark){.c${index}{--hl:hsl(${hue} 60% 35% / .7);--hl-edge:hsl(${hue} 70% 65%)}}`,
    )
    .join('\n');
  return `
:root{color-scheme:light dark;--bg:#fbfaf8;--fg:#1f2328;--muted:#616a73;--line:#d9dce0;--card:#fff;
  --error:#c62828;--warning:#b26a00;--info:#1565c0;--accent:#0b6e6e;
  font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
@media (prefers-color-scheme:dark){:root{--bg:#16181b;--fg:#e6e8eb;--muted:#9aa3ad;--line:#30353b;--card:#1e2125;
  --error:#ef5350;--warning:#ffb74d;--info:#64b5f6;--accent:#4fc3c3}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg)}
a{color:var(--accent)}
header.top{padding:20px 28px 8px}
header.top h1{margin:0;font-size:22px;font-weight:650;letter-spacing:-.01em}
header.top p{margin:4px 0 0;color:var(--muted)}
.toolbar{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;
  padding:10px 28px;background:color-mix(in srgb,var(--bg) 92%,transparent);backdrop-filter:blur(6px);
  border-bottom:1px solid var(--line)}
.toolbar fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 6px;align-items:center}
.toolbar legend{float:left;margin-right:6px;font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.toolbar label{display:inline-flex;align-items:center;gap:5px;padding:2px 9px 2px 6px;border:1px solid var(--line);
  border-radius:999px;background:var(--card);cursor:pointer;font-size:13px;user-select:none}
.toolbar label:has(input:not(:checked)){opacity:.45;text-decoration:line-through}
.toolbar input{margin:0;accent-color:var(--accent)}
.toolbar .shown{margin-left:auto;color:var(--muted);font-size:13px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:3px;background:var(--hl);border:1px solid var(--hl-edge)}
main{padding:8px 28px 60px;max-width:1200px}
h2{font-size:17px;margin:28px 0 10px}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:20px}
table{border-collapse:collapse;width:100%;background:var(--card);border:1px solid var(--line);border-radius:8px;
  overflow:hidden;font-size:13.5px}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr:last-child td{border-bottom:0}
td .summary-text{color:var(--muted);font-size:12.5px}
.sev{display:inline-block;min-width:54px;font-size:11px;font-weight:650;text-transform:uppercase;letter-spacing:.05em}
.sev.error{color:var(--error)}.sev.warning{color:var(--warning)}.sev.info{color:var(--info)}
.clean{color:var(--muted)}
section.file{margin-top:26px;background:var(--card);border:1px solid var(--line);border-radius:10px}
section.file>details>summary{cursor:pointer;padding:12px 16px;font-weight:600;display:flex;gap:12px;align-items:baseline}
section.file>details>summary .path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:14px}
section.file>details>summary .counts{color:var(--muted);font-weight:400;font-size:13px}
.whole{margin:0 16px 10px;padding:8px 12px;border-left:3px solid var(--info);background:color-mix(in srgb,var(--info) 8%,transparent);border-radius:4px}
.whole ul{margin:4px 0 0;padding-left:18px}
.article{margin:0 16px 12px;padding:14px 0;border-top:1px solid var(--line);overflow-x:auto;
  font:15.5px/1.65 Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif;counter-reset:none}
.line{display:block;position:relative;padding-left:52px;white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.65em}
.line::before{content:attr(data-n);position:absolute;left:0;width:38px;text-align:right;color:var(--muted);
  font:12px/2.1 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;opacity:.7}
mark.hl{background:var(--hl);color:inherit;border-radius:2px;cursor:pointer;padding:1px 0;
  text-decoration:underline 2px wavy;text-underline-offset:3px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.hl.s-error{text-decoration-color:var(--error)}
mark.hl.s-warning{text-decoration-color:var(--warning)}
mark.hl.s-info{text-decoration-style:dotted;text-decoration-color:var(--info)}
mark.hl.overlap{box-shadow:inset 0 -2px 0 var(--hl-edge),0 0 0 1px var(--hl-edge)}
mark.hl:hover,mark.hl:focus-visible,mark.hl.flash{outline:2px solid var(--hl-edge);outline-offset:1px}
mark.hl.off{background:none;text-decoration:none;box-shadow:none;cursor:text}
mark.hl.off:hover{outline:0}
ol.findings{margin:0;padding:10px 16px 14px 40px;border-top:1px solid var(--line);font-size:13.5px}
ol.findings li{margin:3px 0}
ol.findings li[hidden]{display:none}
ol.findings .where{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px;margin-right:6px}
a:has(>code.rule){text-decoration:none}
code.rule{font-size:12px;padding:1px 6px;border-radius:4px;background:var(--hl);border:1px solid var(--hl-edge)}
#popover{position:absolute;z-index:10;max-width:440px;padding:10px 12px;background:var(--card);color:var(--fg);
  border:1px solid var(--line);border-radius:8px;box-shadow:0 8px 28px rgb(0 0 0 / .18);font-size:13.5px}
#popover[hidden]{display:none}
#popover .item+.item{margin-top:8px;padding-top:8px;border-top:1px solid var(--line)}
#popover .note{color:var(--muted);margin-top:3px}
#popover .fix{margin-top:3px}
footer{padding:0 28px 30px;color:var(--muted);font-size:12.5px}
${colours}
`;
}
