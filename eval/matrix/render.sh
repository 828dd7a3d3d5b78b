#!/usr/bin/env bash
# Renders Markdown résumés to PDF the way a word processor or a browser would, with gold files for them.
#
# usage: eval/matrix/render.sh [OUT_DIR] [SET ...]
#   OUT_DIR  default target/matrix
#   SET      seeds | own   (default: both)
#
# For each set and each route it writes
#   OUT_DIR/<route>/<set>/docs/<stem>.pdf         the rendered document
#   OUT_DIR/<route>/<set>/gold/<gold-stem>.gold.json  the source gold, "document" renamed to <stem>.pdf
# Routes (the HTML is opened in Writer proper, as a word processor would; Writer/Web drops the h1):
#   libreoffice  pandoc gfm -> standalone HTML -> libreoffice --headless --convert-to pdf
#   chromium     the same HTML -> chromium --headless --print-to-pdf
# A route whose tool is absent is skipped with a message. Sources are read in name order, the HTML is
# rendered with a fixed title and no external resources, so the text of every PDF is the same run after run
# (the PDF's own creation date is the only byte that changes).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/target/matrix}; shift || true
SETS=("$@"); [ ${#SETS[@]} -eq 0 ] && SETS=(seeds own)
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)

have() { command -v "$1" >/dev/null 2>&1; }
if ! have pandoc; then echo "render: pandoc not found, nothing rendered" >&2; exit 0; fi
if ! have jq; then echo "render: jq not found, nothing rendered" >&2; exit 0; fi
CHROME=""; for c in chromium chromium-browser google-chrome; do have "$c" && { CHROME=$c; break; }; done
ROUTES=()
if have soffice; then ROUTES+=(libreoffice); else echo "render: soffice not found, libreoffice route skipped" >&2; fi
if [ -n "$CHROME" ]; then ROUTES+=(chromium); else echo "render: chromium not found, chromium route skipped" >&2; fi

WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

set_paths() { # set -> "docs_dir gold_dir"
  case "$1" in
    seeds) echo "$ROOT/seeds $ROOT/eval/gold" ;;
    own)   echo "$ROOT/eval/resumes $ROOT/eval/resumes-gold" ;;
    *) echo "render: unknown set $1" >&2; return 1 ;;
  esac
}

for set in "${SETS[@]}"; do
  read -r src gold < <(set_paths "$set")
  html="$WORK/html/$set"; mkdir -p "$html"
  for f in $(ls "$src"/*.txt | sort); do
    stem=$(basename "$f" .txt)
    pandoc -f gfm -t html5 --standalone --metadata title="$stem" --metadata pagetitle="$stem" \
      -V title= -o "$html/$stem.html" "$f"
  done
  for route in "${ROUTES[@]}"; do
    docs="$OUT/$route/$set/docs"; golds="$OUT/$route/$set/gold"
    rm -rf "$docs" "$golds"; mkdir -p "$docs" "$golds"
    case "$route" in
      libreoffice)
        # A private profile: a shared one would clash with any other soffice running on the machine.
        soffice -env:UserInstallation="file://$WORK/lo-profile" --headless \
          --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$docs" "$html"/*.html >/dev/null 2>&1 ;;
      chromium)
        for h in $(ls "$html"/*.html | sort); do
          stem=$(basename "$h" .html)
          "$CHROME" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
            --disable-component-update --disable-sync --user-data-dir="$WORK/chrome-profile" \
            --no-pdf-header-footer --print-to-pdf="$docs/$stem.pdf" "file://$h" >/dev/null 2>&1
        done ;;
    esac
    # Gold: the source gold whose "document" names a rendered source, renamed to the PDF.
    for g in $(ls "$gold"/*.gold.json | sort); do
      doc=$(jq -r .document "$g"); stem=${doc%.txt}
      if [ -f "$docs/$stem.pdf" ]; then
        jq --arg d "$stem.pdf" '.document = $d' "$g" > "$golds/$(basename "$g")"
      else
        echo "render: $route/$set: no PDF for $doc" >&2
      fi
    done
    echo "render: $route/$set: $(ls "$docs" | wc -l) PDFs, $(ls "$golds" | wc -l) gold files in $OUT/$route/$set"
  done
done
