#!/usr/bin/env bash
# Cross-validated organizations estimate on the dotin training part. The shipped name-finder model
# was trained on every training document, so the training part's own organizations score is
# memorised (2026-12-01: R 0.768 against the held-out part's 0.566). For each training fold K (cv
# numbers = K mod 5, K = 1..4; 0 is the held-out part, never scored here) this trains a model on the
# other three folds (same recipe as the shipped one: `vitae train name-finder` defaults), parses
# fold K with it (-Dvitae.recognizer.model) and pools the four folds' organizations P/R: the tuning
# signal for organization rules and recipes. Needs ./vitae built; ~4 x 1 min training, ~3 min scoring.
#   eval/dotin/crossvalidate-orgs.sh [CORPUS_DIR]     (default: ../shared/corpora/dotin-train)
# ORGS_CV_DIR (default /tmp/vitae-orgs-cv) keeps the fold models: ORGS_CV_REUSE=1 scores with them
# again without retraining (rules changed, recipe not). The skill vocabulary stays the shipped one
# (it barely touches organizations; enricher/vocabulary/crossvalidate.sh cross-validates skills).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CORPUS="$(cd "${1:-$ROOT/../shared/corpora/dotin-train}" && pwd)"
OUT="${ORGS_CV_DIR:-/tmp/vitae-orgs-cv}"
mkdir -p "$OUT"
cd "$ROOT"
for k in 1 2 3 4; do
  ls "$CORPUS/docs" | awk -F'[_.]' -v k=$k '$2 % 5 == k {print $1 "_" $2}' > "$OUT/fold$k.txt"
  if [ -z "${ORGS_CV_REUSE:-}" ] || [ ! -f "$OUT/ner$k.bin" ]; then
    # trained on the training part without fold K: the held-out part and fold K are both left out
    cat eval/dotin/held-out.txt "$OUT/fold$k.txt" > "$OUT/left-out$k.txt"
    ./vitae train name-finder --corpus "$CORPUS" --held-out "$OUT/left-out$k.txt" --out "$OUT/ner$k.bin" > "$OUT/train$k.log" 2>&1
  fi
  VITAE_JAVA_OPTS="-Xmx2g -Dvitae.recognizer.model=$OUT/ner$k.bin" ./vitae eval --json --worst 100 \
      --as-of 2026-11-01T00:00:00Z --gold "$CORPUS/gold" --docs "$CORPUS/docs" --only "$OUT/fold$k.txt" \
      2>/dev/null > "$OUT/score$k.json"
done
python3 - "$OUT" <<'PY'
import json, sys
tp = fp = fn = 0
for k in (1, 2, 3, 4):
    s = json.load(open(f"{sys.argv[1]}/score{k}.json"))["organizations"]
    print(f"fold {k}: organizations P {s['precision']:.3f} R {s['recall']:.3f} (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
    tp, fp, fn = tp + s["tp"], fp + s["fp"], fn + s["fn"]
print(f"pooled: organizations P {tp / (tp + fp):.3f} R {tp / (tp + fn):.3f} (tp {tp} fp {fp} fn {fn})")
PY
