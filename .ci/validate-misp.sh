#!/usr/bin/env bash
# Load the exports into MISP the ways users do, offline, with the MISP project's own code
# (../shared/tools/misp: misp-stix and PyMISP in a private venv), and check that they tell the
# truth:
#   - `brief --format stix` converted by misp-stix (`misp from-stix`): every input converts;
#   - `brief --format misp` loaded by PyMISP (`misp check`): every event loads;
#   - the sample's event carries no APT28 galaxy or tag by either path (APT28 is named only for
#     an earlier campaign France attributed to it), and still says so in its event report.
# Inputs: the crate's fixtures, then ../shared/corpus/dev.txt and casie/gold.txt when present.
# On the dev corpus it also counts events whose actor galaxies include an actor the labels say
# is only historical or denying (reported, not a failure: that is extraction's score).
# Skipped (exit 0, said so) without python3 or the shared tool, or when it cannot install.
#   usage: .ci/validate-misp.sh
set -euo pipefail
cd "$(dirname "$0")/.."
misp=${MISP_TOOL:-../shared/tools/misp}
if ! command -v python3 >/dev/null || [ ! -x "$misp" ]; then
  echo "validate-misp: python3 or $misp not found, skipped"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build --quiet --example brief
brief=target/debug/examples/brief

inputs=(tests/data/sample.txt tests/data/corpus.txt tests/data/techgraph.txt)
for extra in ../shared/corpus/dev.txt ../shared/corpus/casie/gold.txt; do
  [ -f "$extra" ] && inputs+=("$extra")
done

for input in "${inputs[@]}"; do
  name=$(basename "$(dirname "$input")")-$(basename "$input" .txt)
  "$brief" --format stix "$input" > "$out/$name.stix.json"
  "$brief" --format misp "$input" > "$out/$name.misp.json"
  set +e
  "$misp" from-stix "$out/$name.stix.json" > "$out/$name.from-stix.jsonl" 2> "$out/$name.from-stix.err"
  rc=$?
  set -e
  if [ "$rc" = 2 ]; then
    echo "validate-misp: the MISP tools could not be installed, skipped"
    exit 0
  fi
  if [ "$rc" != 0 ]; then
    cat "$out/$name.from-stix.err" >&2
    echo "validate-misp: misp from-stix failed on $input" >&2
    exit 1
  fi
  if ! "$misp" check "$out/$name.misp.json" > "$out/$name.check.jsonl" 2> "$out/$name.check.err"; then
    cat "$out/$name.check.err" >&2
    echo "validate-misp: misp check failed on $input" >&2
    exit 1
  fi
  python3 - "$input" "$out/$name" src/gazetteer/data/misp.tsv <<'PY'
import json, sys, os
input, base, table = sys.argv[1:]
stix_events = [json.loads(l) for l in open(base + ".from-stix.jsonl")]
native = json.load(open(base + ".misp.json"))
checked = [json.loads(l) for l in open(base + ".check.jsonl")]
errors = [l for l in open(base + ".from-stix.err")
          if "object type: incident" not in l and "object type: note" not in l]
assert len(checked) == len(native), (len(checked), len(native))
actor_galaxies = ("threat-actor", "ransomware", "microsoft-activity-group", "stix-2.1-intrusion-set")

def actors(event):
    return sorted(v for t, v in event["galaxies"] if t in actor_galaxies)

def counts(events, key):
    return sum(1 for e in events if any(t == key or t.startswith(key) for t, _ in e["galaxies"]))

print(f"validate-misp: {input}: from-stix {len(stix_events)} events "
      f"({counts(stix_events, 'stix-2.1-intrusion-set')} with actor galaxies, "
      f"{len(errors)} converter errors besides incidents and notes); "
      f"native {len(checked)} events loaded ({sum(1 for e in checked if actors(e))} with actor, "
      f"{counts(checked, 'sector')} sector, {counts(checked, 'country')} country galaxies, "
      f"{sum(1 for e in checked if any(a[0] not in ('link', 'target-org') for a in e['attributes']))} "
      f"with indicator or CVE attributes)")
for line in errors:
    print("  converter:", line.strip())

sample = "French Interior Ministry confirms cyberattack on email servers"
for label, events in (("from-stix", stix_events), ("native", checked)):
    for e in events:
        if e["info"] != sample:
            continue
        text = json.dumps([e["galaxies"], e["tags"], e["attributes"]])
        if "APT28" in text:
            sys.exit(f"validate-misp: {label}: the sample's event carries APT28: {text}")
bundle = json.load(open(base + ".stix.json"))
for o in bundle["objects"]:
    if o["type"] == "report" and o["name"] == sample:
        if "Attributed to APT28" not in o.get("description", ""):
            sys.exit("validate-misp: the sample's STIX report does not say France attributed an earlier campaign to APT28")
for ev in native:
    e = ev["Event"]
    if e["info"] == sample:
        content = " ".join(r["content"] for r in e.get("EventReport", []))
        if "Attributed to APT28" not in content:
            sys.exit("validate-misp: the sample's MISP event report does not say France attributed an earlier campaign to APT28")

labels = os.path.join(os.path.dirname(input), "dev_labels.json")
if os.path.basename(input) == "dev.txt" and os.path.exists(labels):
    canonical = {}
    for line in open(table):
        cols = line.rstrip("\n").split("\t")
        if line.startswith("actor\t"):
            canonical[(cols[2], cols[3])] = cols[1]
    records = {r["title"]: r for r in json.load(open(labels))}
    for label, events in (("from-stix", stix_events), ("native", checked)):
        wrong = []
        for e in events:
            rec = records.get(e["info"])
            if rec is None:
                continue
            behind = {a["canonical"] for a in rec["actors"] if a["attribution"] in ("confirmed", "suspected", "claimed")}
            aside = {a["canonical"] for a in rec["actors"]} - behind
            shown = {canonical.get((t, v), v) for t, v in e["galaxies"] if t in actor_galaxies}
            if shown & aside:
                wrong.append((e["info"][:60], sorted(shown & aside)))
        print(f"validate-misp: dev: {len(wrong)} {label} events carry an actor the labels call historical or denying")
        for w in wrong:
            print("  ", w)
PY
done
echo "validate-misp: ok"
