#!/usr/bin/env python3
"""Score brief's JSON Lines for set9.txt against set9_labels.json.

Set 9's labels use a coarse vocabulary for sectors ("government", "finance", "maritime") and
incident types ("data theft"); this maps both sides onto one coarse vocabulary, drops label
types DESIGN.md does not define (account takeover, malware, extortion), and runs the shared
scorer on the result. usage: score_set9.py OUT.jsonl [SCORER] [score-extraction options]
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
COARSE = {  # brief's STIX sectors -> coarse
    "government-national": "government", "government-local": "government",
    "government-regional": "government", "government-public-services": "government",
    "emergency-services": "government", "financial-services": "finance", "insurance": "finance",
    "communications": "telecommunications", "hospitality-leisure": "hospitality",
    "non-profit": "nonprofit", "pharmaceuticals": "healthcare", "dams": "utilities",
    "infrastructure": "utilities",
}
LABEL = {  # set 9's words -> coarse
    "maritime": "transportation", "logistics": "transportation", "aviation": "transportation",
    "insurance": "finance", "cryptocurrency": "finance", "gaming": "entertainment",
    "media": "entertainment", "religious": "nonprofit", "food": "agriculture",
    "legal": "commercial", "pharmaceutical": "healthcare",
}
TYPES = {"data theft": "data-theft", "vulnerability exploitation": "vulnerability-exploitation",
         "supply chain": "supply-chain"}
DESIGN_TYPES = {"breach", "data-theft", "phishing", "ransomware", "espionage", "wiper", "fraud",
                "vulnerability-exploitation", "supply-chain", "ddos", "defacement"}


def main(argv):
    out_path = argv[0]
    scorer = argv[1] if len(argv) > 1 and not argv[1].startswith("--") else os.path.join(
        HERE, "..", "..", "..", "..", "shared", "tools", "score-extraction")
    rest = [a for a in argv[1:] if a != scorer]
    labels = json.load(open(os.path.join(HERE, "set9_labels.json"), encoding="utf-8"))
    for r in labels:
        r["sectors"] = sorted({LABEL.get(s, s) for s in r["sectors"]})
        r["incident_types"] = sorted({TYPES.get(t, t) for t in r["incident_types"]} & DESIGN_TYPES)
    with tempfile.TemporaryDirectory() as tmp:
        lab = os.path.join(tmp, "labels.json")
        out = os.path.join(tmp, "out.jsonl")
        json.dump(labels, open(lab, "w", encoding="utf-8"))
        with open(out, "w", encoding="utf-8") as f:
            for line in open(out_path, encoding="utf-8"):
                if line.strip():
                    o = json.loads(line)
                    o["sectors"] = sorted({COARSE.get(s, s) for s in o.get("sectors", [])})
                    f.write(json.dumps(o) + "\n")
        return subprocess.call([scorer, lab, out] + rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
