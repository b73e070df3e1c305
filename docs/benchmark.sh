#!/usr/bin/env bash
# Side by side, run by run: leafpress (a full build, an unchanged rebuild, a rebuild after one
# edit to one translation) against what an editor would script instead, pandoc + WeasyPrint
# rendering the same content to HTML and an A5 PDF one file at a time (when both are installed:
# apt-get install -y pandoc weasyprint). The catalogue is N copies of the bundled NEMO leaflet
# (English PDF + French text). Prints wall time, peak RSS and the ratios per run.
#
# Run `mvn -q package -DskipTests` first (it also makes the class archive target/leafpress.jsa).
# Usage: docs/benchmark.sh [runs] [sizes]      e.g. docs/benchmark.sh 1 "1 20 100"
# JAVA_OPTS overrides the JVM options (default: -Xmx512m and the class archive if present).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1}"
sizes="${2:-1 20}"
jar=target/leafpress.jar
[[ -f $jar ]] || { echo "no $jar: run mvn -q package -DskipTests first" >&2; exit 2; }
default_opts="-Xmx512m"
[[ -f target/leafpress.jsa ]] && default_opts="$default_opts -XX:SharedArchiveFile=target/leafpress.jsa"
java_opts="${JAVA_OPTS:-$default_opts}"
peers=no
command -v pandoc >/dev/null && command -v weasyprint >/dev/null && peers=yes

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
nemo=sources/nemo-deficiency-syndrome

# The peers' inputs: the same content as text (the English PDF's text, the French translation).
pdftotext -layout "$nemo/en/nemo-deficiency-syndrome.en.pdf" "$work/en.txt"
cp "$nemo/fr/traitement.txt" "$work/fr.txt"
cat > "$work/a5.css" <<'CSS'
@page { size: A5; margin: 15mm; @bottom-center { content: counter(page); } }
body { font-family: Carlito, sans-serif; font-size: 10pt; }
CSS

timed() { # timed FILE cmd...: appends "wall rss_kb" to FILE
  local f=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/t" "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; cat "$work/t" >&2; exit 1; }
  cat "$work/t" >> "$f"
}

peer_build() { # the editor's script: every leaflet, every language, one file at a time
  local n=$1 out=$2
  mkdir -p "$out"
  for i in $(seq -w 1 "$n"); do
    for lang in en fr; do
      pandoc -s -f markdown -t html5 --metadata title="NEMO $i" -c "$work/a5.css" "$work/$lang.txt" -o "$out/$i.$lang.html"
      weasyprint "$out/$i.$lang.html" "$out/$i.$lang.pdf"
    done
  done
}
export -f peer_build
export work

echo "leafpress: java $java_opts; peers: $peers; nproc $(nproc); load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-4s %-10s %-10s %-10s %-10s %-9s %-9s %-9s %s\n' leaflets run full unchanged one-edit peers \
  full/p unch/p edit/p "peak RSS full (MB)"
for n in $sizes; do
  for r in $(seq "$runs"); do
    cat="$work/cat-$n" out="$work/out-$n"
    rm -rf "$cat" "$out" "$work/peer"
    mkdir -p "$cat"
    for i in $(seq -w 1 "$n"); do cp -r "$nemo" "$cat/leaflet-$i"; done
    : > "$work/full"; : > "$work/unch"; : > "$work/edit"; : > "$work/peer.t"
    # shellcheck disable=SC2086
    timed "$work/full" java $java_opts -jar "$jar" build --sources "$cat" --output "$out"
    # shellcheck disable=SC2086
    timed "$work/unch" java $java_opts -jar "$jar" build --sources "$cat" --output "$out"
    first=$(ls "$cat" | head -1)
    echo "Le traitement est suivi par l'équipe d'immunologie." >> "$cat/$first/fr/traitement.txt"
    # shellcheck disable=SC2086
    timed "$work/edit" java $java_opts -jar "$jar" build --sources "$cat" --output "$out"
    read -r full rss < "$work/full"; read -r unch _ < "$work/unch"; read -r edit _ < "$work/edit"
    if [[ $peers == yes ]]; then
      timed "$work/peer.t" bash -c "peer_build $n $work/peer"
      read -r peer _ < "$work/peer.t"
      ratios=$(awk -v f="$full" -v u="$unch" -v e="$edit" -v p="$peer" 'BEGIN {printf "%-9.3f %-9.3f %-9.3f", f/p, u/p, e/p}')
    else
      peer="-"; ratios="-         -         -        "
    fi
    printf '%-6s %-4s %-10s %-10s %-10s %-10s %s %s\n' "$n" "$r" "$full" "$unch" "$edit" "$peer" "$ratios" "$((rss / 1024))"
  done
done
