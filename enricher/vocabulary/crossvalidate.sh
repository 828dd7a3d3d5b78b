#!/usr/bin/env bash
# Cross-validated skills estimate on the dotin training part: for each training fold K (cv numbers
# = K mod 5, K = 1..4; 0 is the held-out part and is never read) builds the vocabulary without fold K
# into a scratch folder, scores fold K with it in front of the shipped one, and pools the four.
# The training part's own score is not evidence for a vocabulary built from its labels; this is
# (up to what was curated by hand while looking at it). Needs ./vitae built (app/target/vitae.jar).
#   enricher/vocabulary/crossvalidate.sh [CORPUS_DIR]     (default: ../shared/corpora/dotin-train)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CORPUS="${1:-$ROOT/../shared/corpora/dotin-train}"
SCRATCH="${VOCAB_CV_DIR:-/tmp/vitae-vocabulary-cv}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
for k in 1 2 3 4; do
  res="$SCRATCH/fold$k"
  VOCAB_WITHOUT_FOLD=$k VOCAB_OUT_DIR="$res/dev/vitae/enricher" "$HERE/generate.sh" "$CORPUS" 2>/dev/null
  ls "$CORPUS/docs" | awk -F'[_.]' -v k=$k '$2 % 5 == k {print $1 "_" $2}' > "$res/documents.txt"
  "$JAVA" -cp "$res:$ROOT/app/target/vitae.jar" dev.vitae.app.VitaeCommand eval --json --worst 0 \
      --gold "$CORPUS/gold" --docs "$CORPUS/docs" --only "$res/documents.txt" 2>/dev/null > "$res/score.json"
done
python3 - "$SCRATCH" <<'PY'
import json, sys
tp = fp = fn = 0
for k in (1, 2, 3, 4):
    s = json.load(open(f"{sys.argv[1]}/fold{k}/score.json")).get("fields")
    s = s["skills"] if s else json.load(open(f"{sys.argv[1]}/fold{k}/score.json"))["skills"]
    print(f"fold {k}: skills P {s['precision']:.3f} R {s['recall']:.3f} (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
    tp, fp, fn = tp + s["tp"], fp + s["fp"], fn + s["fn"]
print(f"pooled: skills P {tp / (tp + fp):.3f} R {tp / (tp + fn):.3f} (tp {tp} fp {fp} fn {fn})")
PY
