#!/usr/bin/env bash
# Export the graph of the tests/data briefs (the sample and the corpus; corpus_titles.txt is not
# a brief) as one STIX 2.1 bundle and check it with the OASIS validator (and, when available,
# that python stix2 loads it). Skipped without python3.
#   usage: .ci/validate-stix.sh        (run from the crate root; needs ../shared/tools)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v python3 >/dev/null; then
  echo "validate-stix: python3 not found, skipped"
  exit 0
fi
validator=${STIX_VALIDATE:-../shared/tools/stix-validate}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo run --quiet --example actor_graph -- --stix "$out/bundle.json" tests/data/sample.txt tests/data/corpus.txt >/dev/null
"$validator" --strict -d 103,202,302,303 --enforce-refs "$out/bundle.json"
venv=${STIX_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/stix2-validator-venv}
if "$venv/bin/python" -c "import stix2" 2>/dev/null; then
  "$venv/bin/python" -c "import stix2, sys; stix2.parse(open(sys.argv[1]).read(), allow_custom=False)" \
    "$out/bundle.json"
  echo "validate-stix: stix2 loads the bundle"
fi
# Two exports of the same input are byte-identical.
cargo run --quiet --example actor_graph -- --stix "$out/again.json" tests/data/sample.txt tests/data/corpus.txt >/dev/null
cmp "$out/bundle.json" "$out/again.json"
echo "validate-stix: ok"
