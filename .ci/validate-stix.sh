#!/usr/bin/env bash
# Build the knowledge graph of tests/data/corpus.txt, tests/data/sample.txt and
# tests/data/indicators-record.txt (one record with every kind of indicator) and
# tests/data/techgraph.txt (techniques and software, attributed or not) through the real
# pipeline (parse, extract, ingest; examples/actor_graph), export it as one STIX 2.1 bundle and
# check it with the OASIS validator (and, when available, that python stix2 loads it), then that
# two exports are byte-identical. Skipped without python3 or the shared validator.
#   usage: .ci/validate-stix.sh        (run from anywhere; the validator is ../shared/tools)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v python3 >/dev/null; then
  echo "validate-stix: python3 not found, skipped"
  exit 0
fi
validator=${STIX_VALIDATE:-../shared/tools/stix-validate}
if [ ! -x "$validator" ]; then
  echo "validate-stix: $validator not found (no ../shared?), skipped"
  exit 0
fi
inputs=(tests/data/corpus.txt tests/data/sample.txt tests/data/indicators-record.txt tests/data/techgraph.txt)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo run --quiet --example actor_graph -- --stix "$out/bundle.json" "${inputs[@]}" >/dev/null
"$validator" --strict -d 103,202,302,303 --enforce-refs "$out/bundle.json"
venv=${STIX_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/stix2-validator-venv}
# The validator made this venv; python stix2 goes beside it (once) so the bundle is also loaded
# the way OpenCTI-side tooling would. Without a package index the check is skipped, said so.
if ! "$venv/bin/python" -c "import stix2" 2>/dev/null; then
  "$venv/bin/pip" install -q stix2 >/dev/null 2>&1 || echo "validate-stix: could not install python stix2"
fi
if "$venv/bin/python" -c "import stix2" 2>/dev/null; then
  "$venv/bin/python" -c "import stix2, sys; stix2.parse(open(sys.argv[1]).read(), allow_custom=False)" \
    "$out/bundle.json"
  echo "validate-stix: stix2 loads the bundle"
fi
# Two exports of the same input are byte-identical, whatever order the files come in.
cargo run --quiet --example actor_graph -- --stix "$out/again.json" "${inputs[@]}" >/dev/null
cmp "$out/bundle.json" "$out/again.json"
cargo run --quiet --example actor_graph -- --stix "$out/reversed.json" tests/data/techgraph.txt tests/data/indicators-record.txt tests/data/sample.txt tests/data/corpus.txt >/dev/null
cmp "$out/bundle.json" "$out/reversed.json"
objects=$(python3 -c "import json, sys; print(len(json.load(open(sys.argv[1]))['objects']))" "$out/bundle.json")
echo "validate-stix: ok ($objects objects)"
