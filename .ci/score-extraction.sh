#!/usr/bin/env bash
# Extraction quality on every labelled corpus in ../shared/corpus, scored separately with the
# same binary and the same code (no per-corpus switch). Each corpus has floors a little under
# what main measures, so a change that trades one corpus for another fails here. The issue's
# targets are higher than some floors (casie/gold): the README's quality table shows the gap.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus
score=../shared/tools/score-extraction
cargo build --quiet --release --example brief
brief=target/release/examples/brief

run() { # NAME FILE LABELS FLOORS...
  local name=$1 file=$2 labels=$3
  shift 3
  echo "-- $name"
  "$brief" --format json "$corpus/$file" > "target/score-$name.jsonl"
  "$score" "$corpus/$labels" "target/score-$name.jsonl" "$@"
}

# The 36 articles the rules were first tuned on.
run dev dev.txt dev_labels.json \
  --min actors_f1=0.98 --min role_acc=0.92 --min victims_f1=0.84 --min sectors_f1=0.79 \
  --min countries_f1=0.83 --min types_f1=0.74 --min title_acc=0.95
# 101 CASIE articles hand-labelled by the same rules, never tuned on article by article.
# Issue 10's targets are actors 0.88, roles 0.80, victims 0.65, sectors 0.65, countries 0.80,
# types 0.75; the floors for actors, roles, victims, sectors and countries sit a little under
# what was reached (0.917, 0.894, 0.748, 0.705, 0.843 on 2026-12-06, twenty-third session), so
# a change that loses it fails.
run casie-gold casie/gold.txt casie/gold_labels.json \
  --min actors_f1=0.90 --min role_acc=0.87 --min victims_f1=0.73 --min sectors_f1=0.69 \
  --min countries_f1=0.83 --min types_f1=0.75 --min title_acc=0.95
# 950 CASIE articles with silver labels (victims, countries, types, CVEs where CASIE has them).
run casie-silver casie/casie.txt casie/casie_silver.json \
  --min victims_f1=0.30 --min countries_f1=0.22 --min types_f1=0.47 --min cves_f1=0.99
# AnnoCTR vendor reports: only group names are labelled (roles and actor precision mean nothing).
# Techniques: exact ATT&CK id, then with a sub-technique and its parent counting for each other.
# The output names the most specific technique the words support (a sub-technique where they
# say enough); the labels are parents in 1,050 of 1,067 cases, also where the text names the
# sub-technique, so the exact score counts those wrong. Measured 0.490 (P 0.576) and 0.609
# (P 0.762); at the technique level (`brief --parent-techniques`) 0.606 (P 0.756).
# Actors: recall is what the labels measure (0.904); the F1 floor keeps the precision the
# fifteenth session won back from words that are also names (0.623 then). Lowered from 0.61
# in the thirty-second session (0.613 -> 0.602): groups that name themselves in a vendor's
# own words ("the threat actor we previously dubbed X", "X, a hacktivist group") are found
# now, and the labels leave out every group outside ATT&CK; then to 0.59 (0.602 -> 0.599):
# forum personas ("the handle X") are found, and the labels leave them out too; then to 0.58
# in the thirty-fifth session (0.599 -> 0.588): names of the MISP threat-actor galaxy are
# crews wherever named (Storm-0324, TA2101, MUMMY SPIDER, NARWHAL SPIDER, TA571 found as
# context) and an ATT&CK group's own name is that group (Carbanak beside FIN7), which the
# labels leave out.
run annoctr annoctr/annoctr.txt annoctr/annoctr_labels.json --min techniques_f1=0.48 \
  --min actors_f1=0.58
run annoctr-parent annoctr/annoctr.txt annoctr/annoctr_labels.json --technique-parent-match \
  --min techniques_f1=0.60
echo "-- annoctr, techniques at the technique level (--parent-techniques)"
"$brief" --parent-techniques --format json "$corpus/annoctr/annoctr.txt" > target/score-annoctr-parents.jsonl
"$score" "$corpus/annoctr/annoctr_labels.json" target/score-annoctr-parents.jsonl --min techniques_f1=0.60

# The invented sets kept in tests/data/heldout (README there): once held out, now guards
# against losing what rules written for them gained. Floors a little under 2026-12-05's.
heldout() { # NAME FLOORS...
  local name=$1
  shift
  echo "-- $name (tests/data/heldout)"
  "$brief" --format json "tests/data/heldout/$name.txt" > "target/score-$name.jsonl"
  "$score" "tests/data/heldout/${name}_labels.json" "target/score-$name.jsonl" "$@"
}
heldout set7 --min role_acc=0.93 --min victims_f1=0.74 --min countries_f1=0.94 --min types_f1=0.77
heldout set8 --min role_acc=0.90 --min victims_f1=0.62 --min countries_f1=0.86
heldout set10 --min role_acc=0.92 --min victims_f1=0.67 --min countries_f1=0.75
# Sets 11 and 12 (2026-12-05, nineteenth session), floors a little under that session's end.
heldout set11 --min actors_f1=0.89 --min role_acc=0.85 --min victims_f1=0.65 \
  --min countries_f1=0.78
heldout set12 --min role_acc=0.82 --min victims_f1=0.68 --min countries_f1=0.72 \
  --min types_f1=0.75
# Set 13 (2026-12-06, twentieth session).
heldout set13 --min role_acc=0.80 --min victims_f1=0.59 --min countries_f1=0.75
# Set 14 (2026-12-06, twenty-first session).
heldout set14 --min role_acc=0.80 --min victims_f1=0.79 --min countries_f1=0.65
heldout set15 --min actors_f1=0.80 --min role_acc=0.79 --min victims_f1=0.77 \
  --min countries_f1=0.86 --min types_f1=0.68
# Set 16 (2026-12-06, twenty-second session).
heldout set16 --min actors_f1=0.88 --min role_acc=0.78 --min victims_f1=0.71 \
  --min countries_f1=0.65 --min types_f1=0.62
# Set 17 (2026-12-06, twenty-third session).
heldout set17 --min actors_f1=0.85 --min role_acc=0.78 --min victims_f1=0.72 \
  --min sectors_f1=0.65 --min countries_f1=0.82 --min types_f1=0.63
# Set 18 (2026-12-06, twenty-fourth session).
heldout set18 --min actors_f1=0.88 --min role_acc=0.76 --min victims_f1=0.66 \
  --min sectors_f1=0.63 --min countries_f1=0.78 --min types_f1=0.63
# Set 19 (2026-12-06, twenty-fifth session).
heldout set19 --min actors_f1=0.85 --min role_acc=0.74 --min victims_f1=0.62 \
  --min sectors_f1=0.66 --min countries_f1=0.74 --min types_f1=0.66
# Set 20 (2026-12-06, twenty-sixth session).
heldout set20 --min actors_f1=0.93 --min role_acc=0.90 --min victims_f1=0.66 \
  --min sectors_f1=0.68 --min countries_f1=0.82 --min types_f1=0.73
# Set 21 (2026-12-06, twenty-seventh session).
heldout set21 --min actors_f1=0.92 --min role_acc=0.77 --min victims_f1=0.63 \
  --min sectors_f1=0.62 --min countries_f1=0.85 --min types_f1=0.68
# Set 22 (2026-12-06, twenty-eighth session).
heldout set22 --min actors_f1=0.86 --min role_acc=0.80 --min victims_f1=0.76 \
  --min sectors_f1=0.74 --min countries_f1=0.85 --min types_f1=0.64
# Set 23 (2026-12-07, twenty-ninth session).
heldout set23 --min actors_f1=0.92 --min role_acc=0.80 --min victims_f1=0.80 \
  --min sectors_f1=0.61 --min countries_f1=0.86 --min types_f1=0.67
# Set 24 (2026-12-07, thirtieth session).
heldout set24 --min actors_f1=0.85 --min role_acc=0.78 --min victims_f1=0.80 \
  --min sectors_f1=0.60 --min countries_f1=0.80 --min types_f1=0.77
# Set 25 (2026-12-07, thirty-first session).
heldout set25 --min actors_f1=0.93 --min role_acc=0.88 --min victims_f1=0.81 \
  --min sectors_f1=0.74 --min countries_f1=0.79 --min types_f1=0.64
# Set 26 (2026-12-07, thirty-second session).
heldout set26 --min actors_f1=0.95 --min role_acc=0.85 --min victims_f1=0.81 \
  --min sectors_f1=0.68 --min countries_f1=0.80 --min types_f1=0.69
# Set 27 (2026-12-07, thirty-third session).
heldout set27 --min actors_f1=0.96 --min role_acc=0.91 --min victims_f1=0.89 \
  --min sectors_f1=0.63 --min countries_f1=0.87 --min types_f1=0.59
# Set 28 (2026-12-07, thirty-third session, held out from all its rules).
heldout set28 --min actors_f1=0.90 --min role_acc=0.83 --min victims_f1=0.76 \
  --min sectors_f1=0.65 --min countries_f1=0.83 --min types_f1=0.64
# Set 29 (2026-12-07, thirty-fourth session, held out from its first rules).
heldout set29 --min actors_f1=0.95 --min role_acc=0.80 --min victims_f1=0.73 \
  --min sectors_f1=0.56 --min countries_f1=0.88 --min types_f1=0.68
# Set 30 (2026-12-07, thirty-fifth session, held out from all its rules).
heldout set30 --min actors_f1=0.85 --min role_acc=0.74 --min victims_f1=0.72 \
  --min sectors_f1=0.58 --min countries_f1=0.75 --min types_f1=0.52
# Set 31 (2026-12-07, thirty-fifth session, held out from its rules up to 9b7b4ba).
heldout set31 --min actors_f1=0.92 --min role_acc=0.73 --min victims_f1=0.77 \
  --min sectors_f1=0.61 --min countries_f1=0.87 --min types_f1=0.68
# Sets 32 and 33 (2026-12-07, thirty-sixth session, held out from all its rules) and set 34
# (written while they were): floors a little under that session's end.
heldout set32 --min actors_f1=0.96 --min role_acc=0.82 --min victims_f1=0.71 \
  --min sectors_f1=0.64 --min countries_f1=0.76 --min types_f1=0.69
heldout set33 --min actors_f1=0.94 --min role_acc=0.90 --min victims_f1=0.78 \
  --min sectors_f1=0.64 --min countries_f1=0.83 --min types_f1=0.70
heldout set34 --min actors_f1=0.92 --min role_acc=0.85 --min victims_f1=0.74 \
  --min sectors_f1=0.60 --min countries_f1=0.75 --min types_f1=0.62
# Sets 35 and 36 (2026-12-07, thirty-seventh session, written together from one brief by two
# helpers, scored with that session's starting binary 45bf0fc before they were read): floors a
# little under those scores.
heldout set35 --min actors_f1=0.95 --min role_acc=0.78 --min victims_f1=0.80 \
  --min sectors_f1=0.58 --min countries_f1=0.78 --min types_f1=0.71
heldout set36 --min actors_f1=0.96 --min role_acc=0.78 --min victims_f1=0.84 \
  --min sectors_f1=0.66 --min countries_f1=0.80 --min types_f1=0.74
# Set 37 (2026-12-07, thirty-seventh session, held out from all that session's rules).
heldout set37 --min actors_f1=0.93 --min role_acc=0.80 --min victims_f1=0.76 \
  --min sectors_f1=0.62 --min countries_f1=0.73 --min types_f1=0.67
# Sets 38 and 39 (2026-12-08, thirty-eighth session, one brief, two writers; set 39 held out
# from all that session's rules, set 38 the source of some).
heldout set38 --min actors_f1=0.93 --min role_acc=0.90 --min victims_f1=0.72 \
  --min sectors_f1=0.68 --min countries_f1=0.84 --min types_f1=0.73
heldout set39 --min actors_f1=0.93 --min role_acc=0.82 --min victims_f1=0.72 \
  --min sectors_f1=0.68 --min countries_f1=0.86 --min types_f1=0.74
echo "-- set9 (tests/data/heldout, coarse vocabulary)"
"$brief" --format json tests/data/heldout/set9.txt > target/score-set9.jsonl
python3 tests/data/heldout/score_set9.py target/score-set9.jsonl "$score" \
  --min role_acc=0.73 --min victims_f1=0.58 --min countries_f1=0.65
