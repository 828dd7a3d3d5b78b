#!/usr/bin/env bash
# Regenerates enricher/src/main/resources/dev/vitae/enricher/skills-generated.tsv from pinned inputs.
# Needs node/npm (only to fetch the pinned packages), python3 and the dotin training corpus.
#   enricher/vocabulary/generate.sh [CORPUS_DIR]     (default: ../shared/corpora/dotin-train)
# Nothing downloaded is committed: the packages go to a scratch directory under /tmp.
# For an honest estimate on the dev fold (cv numbers = 1 mod 5) build without it, into a scratch folder:
#   VOCAB_WITHOUT_DEV_FOLD=1 VOCAB_OUT_DIR=/tmp/devvocab/dev/vitae/enricher enricher/vocabulary/generate.sh
# (VOCAB_WITHOUT_FOLD=K, K in 1..4, leaves out training fold K instead: cv numbers = K mod 5; see
# enricher/vocabulary/crossvalidate.sh)
# and put /tmp/devvocab first on the classpath (README.md beside this file, "Measuring").
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CORPUS="${1:-$ROOT/../shared/corpora/dotin-train}"
SCRATCH="${VOCAB_SCRATCH:-/tmp/vitae-vocabulary-inputs}"
RESOURCES="$ROOT/enricher/src/main/resources/dev/vitae/enricher"
OUT_DIR="${VOCAB_OUT_DIR:-$RESOURCES}"
DEV=()
if [ -n "${VOCAB_WITHOUT_DEV_FOLD:-}" ] || [ -n "${VOCAB_WITHOUT_FOLD:-}" ]; then
  if [ -n "${VOCAB_WITHOUT_DEV_FOLD:-}" ]; then DEV=(--without-dev-fold); else DEV=(--without-fold "$VOCAB_WITHOUT_FOLD"); fi
  if [ "$OUT_DIR" = "$RESOURCES" ]; then echo "VOCAB_WITHOUT_DEV_FOLD needs a scratch VOCAB_OUT_DIR: the shipped files are built from the whole training part" >&2; exit 2; fi
fi
mkdir -p "$SCRATCH" "$OUT_DIR"
if [ ! -f "$SCRATCH/package.json" ]; then echo '{"private":true}' > "$SCRATCH/package.json"; fi
(cd "$SCRATCH" && npm install --no-audit --no-fund --ignore-scripts --save-exact \
    linguist-languages@9.5.0 simple-icons@16.37.0 word-list@4.1.0 devicon@2.17.0 >/dev/null)
python3 "$HERE/generate.py" \
    --npm "$SCRATCH/node_modules" \
    --corpus "$CORPUS" \
    --held-out "$ROOT/eval/dotin/held-out.txt" \
    --curated "$RESOURCES/skills.tsv" \
    --rules "$HERE/curation.tsv" \
    --out "$OUT_DIR/skills-generated.tsv" \
    --common-words "$OUT_DIR/common-words.txt" "${DEV[@]}"
