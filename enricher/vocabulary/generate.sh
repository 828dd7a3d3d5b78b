#!/usr/bin/env bash
# Regenerates enricher/src/main/resources/dev/vitae/enricher/skills-generated.tsv from pinned inputs.
# Needs node/npm (only to fetch the pinned packages), python3 and the dotin training corpus.
#   enricher/vocabulary/generate.sh [CORPUS_DIR]     (default: ../shared/corpora/dotin-train)
# Nothing downloaded is committed: the packages go to a scratch directory under /tmp.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CORPUS="${1:-$ROOT/../shared/corpora/dotin-train}"
SCRATCH="${VOCAB_SCRATCH:-/tmp/vitae-vocabulary-inputs}"
mkdir -p "$SCRATCH"
if [ ! -f "$SCRATCH/package.json" ]; then echo '{"private":true}' > "$SCRATCH/package.json"; fi
(cd "$SCRATCH" && npm install --no-audit --no-fund --ignore-scripts --save-exact \
    linguist-languages@9.5.0 simple-icons@16.37.0 word-list@4.1.0 devicon@2.17.0 >/dev/null)
python3 "$HERE/generate.py" \
    --npm "$SCRATCH/node_modules" \
    --corpus "$CORPUS" \
    --held-out "$ROOT/eval/dotin/held-out.txt" \
    --curated "$ROOT/enricher/src/main/resources/dev/vitae/enricher/skills.tsv" \
    --rules "$HERE/curation.tsv" \
    --out "$ROOT/enricher/src/main/resources/dev/vitae/enricher/skills-generated.tsv" \
    --common-words "$ROOT/enricher/src/main/resources/dev/vitae/enricher/common-words.txt"
