#!/usr/bin/env bash
# The matrix corpus: résumés with known answers (eval/gold, eval/resumes-gold) written again by
# MatrixSources in varied headings, date forms, dashes, title/organization orders, bullets and fields,
# then rendered by every generator installed in every layout it can set.
#
# usage: eval/matrix/matrix.sh [OUT_DIR [SEED [VARIANTS [LIMIT [ROUTE ...]]]]]
#   OUT_DIR default target/matrix-all; SEED 12; VARIANTS 1 (résumés per labelled one, in further languages);
#   LIMIT how many résumés (default all; per-language: the first of each language); ROUTE default every route below.
#
# Writes, beside render.sh's layout:
#   OUT_DIR/sources/                       what MatrixSources wrote (ID.txt, ID.LAYOUT.html|tex, ID.json, ID.gold.json)
#   OUT_DIR/<route>/matrix/docs/ID.LAYOUT.EXT  and  OUT_DIR/<route>/matrix/gold/ID.LAYOUT.gold.json
#   OUT_DIR/all/gold/<route>.ID.LAYOUT.gold.json   every document, named relative to OUT_DIR (eval --docs OUT_DIR)
#   OUT_DIR/manifest.tsv                   document, generator, layout, language, baseline (the same résumé as text)
# Routes (each skipped with a message when its tool is absent):
#   text         ID.txt itself (Markdown): the plain-text baseline
#   docx         pandoc HTML -> DOCX (one-column, dates-gutter: a word processor has no floats)
#   libreoffice  that DOCX -> PDF by LibreOffice Writer
#   chromium | weasyprint | wkhtmltopdf   the HTML of each layout -> PDF
#   pdflatex | xelatex | lualatex         the LaTeX of each layout with eval/matrix/latex/matrixcv.cls (pdfLaTeX: not ja/ko)
#   reportlab    eval/matrix/reportlab_render.py (Debian python3-reportlab)
#   pdflib       eval/matrix/pdflib_render.cjs (npm pdf-lib, installed under OUT_DIR/npm from eval/matrix/npm's lockfile)
# Documents are made in name order from a seeded generator; a document newer than its source is kept.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/target/matrix-all}; SEED=${2:-12}; VARIANTS=${3:-1}; LIMIT=${4:-100000}
shift $(( $# < 4 ? $# : 4 )) || true
ALL_ROUTES=(text docx libreoffice chromium weasyprint wkhtmltopdf pdflatex xelatex lualatex reportlab pdflib)
ROUTES=("$@"); [ ${#ROUTES[@]} -eq 0 ] && ROUTES=("${ALL_ROUTES[@]}")
LAYOUTS=(one-column two-column sidebar dates-right dates-gutter)
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
SRC=$OUT/sources
have() { command -v "$1" >/dev/null 2>&1; }
note() { echo "matrix: $*" >&2; }
have jq || { note "jq not found, nothing rendered"; exit 0; }

# MatrixSources is in the app: the launcher's jar, or MATRIX_CP (a test passes its class path)
CP=${MATRIX_CP:-$ROOT/app/target/vitae.jar}
[ -n "${MATRIX_CP:-}" ] || [ -f "$CP" ] || "$ROOT/vitae" --help >/dev/null
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
# sources written afresh, copied over only where they changed, so that a kept document is still newer than its source
(cd "$ROOT" && java -cp "$CP" dev.vitae.app.matrix.MatrixSources "$WORK/sources" "$SEED" "$VARIANTS" "$LIMIT") >&2
mkdir -p "$SRC"; rsync -rc --delete "$WORK/sources/" "$SRC/"
IDS=$(tail -n +2 "$SRC/sources.tsv" | cut -f1)
declare -A LANG; while IFS=$'\t' read -r id lang; do LANG[$id]=$lang; done < <(tail -n +2 "$SRC/sources.tsv")
# the gold with its document renamed (MatrixSources writes "document" on a line of its own)
rename() { sed "s|^  \"document\" : \".*\",\$|  \"document\" : \"$2\",|" "$1"; }
fresh() { [ -f "$1" ] && [ "$1" -nt "$2" ]; }   # output newer than its source

route_layouts() {
  case "$1" in
    text) echo plain ;;
    docx|libreoffice) echo one-column dates-gutter ;;
    *) echo "${LAYOUTS[@]}" ;;
  esac
}
available() {
  case "$1" in
    text) return 0 ;;
    docx) have pandoc || { note "pandoc not found, docx route skipped"; return 1; } ;;
    libreoffice) { have pandoc && have soffice; } || { note "pandoc or soffice not found (Debian: libreoffice-writer-nogui), libreoffice route skipped"; return 1; } ;;
    chromium) have chromium || { note "chromium not found (Debian: chromium), chromium route skipped"; return 1; } ;;
    weasyprint|wkhtmltopdf) have "$1" || { note "$1 not found (Debian: $1), $1 route skipped"; return 1; } ;;
    pdflatex|xelatex|lualatex) have "$1" || { note "$1 not found (Debian: texlive-latex-recommended texlive-xetex texlive-luatex), $1 route skipped"; return 1; } ;;
    reportlab) /usr/bin/python3 -c 'import reportlab' 2>/dev/null || { note "reportlab not found (Debian: python3-reportlab), reportlab route skipped"; return 1; } ;;
    pdflib)
      have node && have npm || { note "node or npm not found, pdflib route skipped"; return 1; }
      if [ ! -d "$OUT/npm/node_modules/pdf-lib" ]; then
        mkdir -p "$OUT/npm"; cp "$ROOT/eval/matrix/npm/package.json" "$ROOT/eval/matrix/npm/package-lock.json" "$OUT/npm/"
        (cd "$OUT/npm" && npm ci --no-audit --no-fund >/dev/null 2>&1) || { note "npm ci of pdf-lib failed, pdflib route skipped"; return 1; }
      fi ;;
    *) note "unknown route $1"; return 1 ;;
  esac
}

render() { # route id layout lang docs -> writes docs/ID.LAYOUT.EXT, prints its name
  local route=$1 id=$2 layout=$3 lang=$4 docs=$5 html="$SRC/$2.$3.html" tex="$SRC/$2.$3.tex" pdf="$5/$2.$3.pdf"
  case "$route" in
    text) cp "$SRC/$id.txt" "$docs/$id.txt"; echo "$id.txt"; return ;;
    docx) fresh "$docs/$id.$layout.docx" "$html" || pandoc -f html -t docx -o "$docs/$id.$layout.docx" "$html"; echo "$id.$layout.docx"; return ;;
    libreoffice)
      fresh "$pdf" "$html" || { pandoc -f html -t docx -o "$WORK/$id.$layout.docx" "$html"
        soffice -env:UserInstallation="file://$WORK/lo-profile" --headless --convert-to pdf:writer_pdf_Export --outdir "$docs" "$WORK/$id.$layout.docx" >/dev/null 2>&1; } ;;
    chromium)
      fresh "$pdf" "$html" || chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$WORK/chrome-profile" --no-pdf-header-footer \
        --print-to-pdf="$pdf" "file://$html" >/dev/null 2>&1 ;;
    weasyprint) fresh "$pdf" "$html" || weasyprint -q "$html" "$pdf" 2>/dev/null ;;
    wkhtmltopdf) fresh "$pdf" "$html" || wkhtmltopdf -q --page-size A4 --enable-local-file-access "$html" "$pdf" >/dev/null 2>&1 || true ;;
    pdflatex|xelatex|lualatex)
      if [ "$route" = pdflatex ] && { [ "$lang" = ja ] || [ "$lang" = ko ]; }; then return; fi
      fresh "$pdf" "$tex" || (cd "$WORK" && TEXINPUTS="$ROOT/eval/matrix/latex:" "$route" -interaction=nonstopmode -halt-on-error \
        -output-directory="$docs" "$tex" >/dev/null 2>&1 || note "$route failed on $id.$layout (see $docs/$id.$layout.log)")
      rm -f "$docs/$id.$layout.aux" "$docs/$id.$layout.out" ;;
    reportlab|pdflib) ;;   # drawn for all résumés at once by batch()
  esac
  [ -f "$pdf" ] && echo "$id.$layout.pdf"
}

batch() { # route docs: the renderers that draw every résumé of a layout in one process
  local layout id stale
  for layout in "${LAYOUTS[@]}"; do
    stale=""; for id in $IDS; do fresh "$2/$id.$layout.pdf" "$SRC/$id.json" || stale="$stale $id"; done
    [ -n "$stale" ] || continue
    case "$1" in
      reportlab) /usr/bin/python3 "$ROOT/eval/matrix/reportlab_render.py" "$SRC" "$2" "$layout" $stale ;;
      pdflib) NODE_PATH="$OUT/npm/node_modules" node "$ROOT/eval/matrix/pdflib_render.cjs" "$SRC" "$2" "$layout" $stale ;;
    esac
  done
}

ALL=$OUT/all/gold; mkdir -p "$ALL"
MANIFEST=$OUT/manifest.tsv
[ -f "$MANIFEST" ] || printf 'document\tgenerator\tlayout\tlanguage\tbaseline\n' > "$MANIFEST"
for route in "${ROUTES[@]}"; do
  available "$route" || continue
  start=$(date +%s)
  docs=$OUT/$route/matrix/docs; golds=$OUT/$route/matrix/gold
  mkdir -p "$docs" "$golds"; rm -f "$golds"/*.gold.json "$ALL/$route".*.gold.json
  grep -v -P "^$route/" "$MANIFEST" > "$WORK/manifest" || true; cp "$WORK/manifest" "$MANIFEST"
  batch "$route" "$docs"
  n=0
  for id in $IDS; do
    lang=${LANG[$id]}
    for layout in $(route_layouts "$route"); do
      doc=$(render "$route" "$id" "$layout" "$lang" "$docs") || true
      [ -n "$doc" ] || continue
      stem=${doc%.*}
      rename "$SRC/$id.gold.json" "$doc" > "$golds/$stem.gold.json"
      rename "$SRC/$id.gold.json" "$route/matrix/docs/$doc" > "$ALL/$route.$stem.gold.json"
      printf '%s\t%s\t%s\t%s\t%s\n' "$route/matrix/docs/$doc" "$route" "$layout" "$lang" "text/matrix/docs/$id.txt" >> "$MANIFEST"
      n=$((n + 1))
    done
  done
  note "$route: $n documents in $docs ($(( $(date +%s) - start )) s)"
done
