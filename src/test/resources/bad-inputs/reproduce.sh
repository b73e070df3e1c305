#!/usr/bin/env bash
# Reproduces the bad-input cases of README.md against a leafpress jar, in a scratch folder.
#
#   src/test/resources/bad-inputs/reproduce.sh [CASE-ID ...]     (no argument: every case)
#
# LEAFPRESS_JAR   the jar to run (default /tmp/baseline-leafpress.jar)
# SCRATCH         where cases run (default /tmp/leafpress-bad-inputs; must be under /tmp)
# JVM_OPTS        default -XX:TieredStopAtLevel=1 (start-up only; the behaviour is the same)
#
# Every case runs in SCRATCH/<case>/ with a copy of the repository's templates/ as its working
# folder, because the jar reads templates/ from the working folder and some cases (A2) destroy
# what is there. Nothing here reads or writes the repository's sources/ or output/.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../../.." && pwd)
JAR=${LEAFPRESS_JAR:-/tmp/baseline-leafpress.jar}
SCRATCH=${SCRATCH:-/tmp/leafpress-bad-inputs}
read -r -a JVM <<< "${JVM_OPTS:--XX:TieredStopAtLevel=1}"
case "$SCRATCH" in /tmp/?*) ;; *) echo "SCRATCH must be a folder under /tmp" >&2; exit 2 ;; esac
CASES=$HERE/cases

# fresh ID: an empty case folder with templates/, made the working folder.
fresh() {
    echo; echo "=== $1"
    rm -rf "${SCRATCH:?}/$1"; mkdir -p "$SCRATCH/$1"; cp -r "$REPO/templates" "$SCRATCH/$1/"
    cd "$SCRATCH/$1" || exit 1
}
# demo DIR: the valid two-language leaflet (the "good neighbour") as DIR.
demo() { mkdir -p "$(dirname "$1")"; cp -r "$HERE/base/demo" "$1"; }
# lp ARGS: runs leafpress, prints the command, the exit status and the first lines of each stream.
lp() {
    echo "\$ leafpress $*"
    "${TIME[@]}" java "${JVM[@]}" -jar "$JAR" "$@" >stdout.txt 2>stderr.txt
    RC=$?
    echo "exit $RC"
    head -n "${SHOW:-6}" stdout.txt | clip | sed 's/^/  out| /'
    # Library log lines ("[thread] WARN org.apache...") are counted; leafpress's own lines shown.
    local logs; logs=$(grep -c -E '^\[[^]]*\] (WARN|INFO|ERROR|DEBUG)|^(WARN|INFO|ERROR) ' stderr.txt)
    if [ "$logs" -gt 0 ]; then
        echo "  err| ($logs library log line(s) first, e.g.: $(grep -m1 -E '^\[[^]]*\] (WARN|INFO|ERROR|DEBUG)|^(WARN|INFO|ERROR) ' stderr.txt | WIDTH=160 clip))"
    fi
    grep -v -E '^	|^Command being timed|^\[[^]]*\] (WARN|INFO|ERROR|DEBUG)|^(WARN|INFO|ERROR) ' stderr.txt | head -n "${SHOW:-6}" | clip | sed 's/^/  err| /'
    return 0
}
TIME=()
# clip: the first ${WIDTH:-300} characters of each line, whole UTF-8 characters only, control codes shown as ^X.
clip() { perl -CSD -ne 'chomp; $_ = substr($_, 0, '"${WIDTH:-300}"'); s/([\x00-\x08\x0b-\x1f\x7f])/"^".chr(ord($1) ^ 64)/ge; print "$_\n"' 2>/dev/null; }

# original FILE NAME: the good leaflet S/demo, and S/bad whose English original is FILE, named NAME.
original() { demo S/demo; mkdir -p S/bad/en; cp "$1" "S/bad/en/$2"; }
# translation FILE LANG NAME: S/demo with FILE as its LANG translation, named NAME.
translation() { demo S/demo; rm -f S/demo/fr/traduction.txt; rmdir S/demo/fr 2>/dev/null; mkdir -p "S/demo/$2"; cp "$1" "S/demo/$2/$3"; }
# model FILE: title, section headings and the first words of each block of a model.json.
model() {
    test -f "$1" || { check "$1: not written"; return; }
    python3 - "$1" <<'PY'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
print("  model| title=%r detected=%s" % (m.get("title"), m.get("detectedLanguage")))
for s in m.get("sections", []):
    blocks = [b.get("text") or b.get("term") or str(b.get("items", ""))[:40] for b in s["blocks"]]
    print("  model| [%s] %r: %s" % (s["key"], s.get("heading", ""), " | ".join(repr((x or "")[:50]) for x in blocks[:3])))
for w in m.get("warnings", [])[:4]:
    print("  model| warning %s: %s" % (w["code"], w["message"][:150]))
PY
}
# tree DIR: the files under DIR, sorted, for before/after comparisons.
tree() { (cd "$1" && find . -mindepth 1 \( -type f -o -type l \) | sort); }
check() { echo "  check: $*"; }

# ---------------------------------------------------------------- A. data loss
case_A1() { # --sources and --output the same folder
    fresh A1; demo X/demo; tree X > before.txt
    lp build --sources X --output X
    tree X > after.txt
    check "source files gone: $(comm -23 before.txt after.txt | tr '\n' ' ')"
    lp build --sources X --output X
    check "second build reads its own output as sources (exit $RC)"
}
case_A2() { # a leaflet folder called like a project folder, built with --output .
    fresh A2; mkdir -p S; cp -r "$CASES/A2-templates-leaflet/templates" S/
    cp templates/vocabulary/sections.yaml vocabulary-before.yaml
    lp build --sources S --output .
    check "templates/vocabulary/sections.yaml still there: $(test -f templates/vocabulary/sections.yaml && echo yes || echo NO)"
    check "templates/ now holds: $(ls templates | tr '\n' ' ')"
    lp build --sources S --output .
}
case_A3() { # the output folder inside the sources folder
    fresh A3; demo sources/demo
    lp build --sources sources --output sources/site
    lp build --sources sources --output sources/site
    check "sources/site read as a leaflet the second time"
}

# ---------------------------------------------------------------- B. path escape (symlinks: generated)
# outside/ is a folder next to the sources, standing for anything else on the machine.
outside() {
    mkdir -p outside/lang outside/leaflet/en
    printf 'SECRET-OUTSIDE-SOURCES Les notes privées du serveur ne doivent jamais être publiées sur le site de l’association.\n' > outside/secret.txt
    cp outside/secret.txt outside/lang/secret.txt
    printf 'What is a secret?\n\nSECRET-OUTSIDE-SOURCES This private text of the server must never be published on the charity site.\n' > outside/leaflet/en/secret.txt
    printf 'notes the build must never overwrite\n' > outside/victim.txt
}
published() { if grep -rlq SECRET-OUTSIDE-SOURCES "$1" 2>/dev/null; then echo "PUBLISHED in $(grep -rl SECRET-OUTSIDE-SOURCES "$1" | head -3 | tr '\n' ' ')"; else echo "not published"; fi; }
case_B1() { # a file in a language folder is a symlink to a file outside the sources
    fresh B1; outside; demo S/demo; rm S/demo/fr/traduction.txt
    ln -s ../../../outside/secret.txt S/demo/fr/traduction.txt
    lp build --sources S --output out
    check "outside text: $(published out)"
}
case_B2() { # a language folder is a symlink to a folder outside
    fresh B2; outside; demo S/demo; ln -s ../../outside/lang S/demo/de
    lp build --sources S --output out
    check "outside text: $(published out)"
}
case_B3() { # a leaflet folder is a symlink to a folder outside
    fresh B3; outside; demo S/demo; ln -s ../outside/leaflet S/secret
    lp build --sources S --output out
    check "outside text: $(published out)"
}
case_B4() { # the manifest lists a file that is a symlink (the lexical ".." check passes)
    fresh B4; outside; demo S/demo; ln -s ../../../outside/secret.txt S/demo/fr/notes.txt
    printf 'documents:\n  - {file: en/leaflet.txt, language: en, role: original}\n  - {file: fr/notes.txt, language: fr, role: translation}\n' >> S/demo/leaflet.yaml
    rm S/demo/fr/traduction.txt
    lp build --sources S --output out
    check "outside text: $(published out)"
}
case_B5() { # parity --accept writes through a symlinked translation.lock
    fresh B5; outside; demo S/demo; ln -s ../../../outside/victim.txt S/demo/fr/translation.lock
    lp parity --sources S --accept fr
    check "S/demo/fr/translation.lock is still a symlink: $(test -L S/demo/fr/translation.lock && echo yes || echo no)"
    check "outside/victim.txt now starts: $(head -c 60 outside/victim.txt | tr '\n' ' ')"
}
case_B6() { # parity --accept writes into a symlinked language folder
    fresh B6; outside; demo S/demo; mv S/demo/fr outside/fr-folder; ln -s ../../outside/fr-folder S/demo/fr
    lp parity --sources S --accept fr
    check "lock written outside the sources: $(ls outside/fr-folder | tr '\n' ' ')"
}

# ---------------------------------------------------------------- C. a language the detector does not know
case_C1() { # a Pashto translation next to a good leaflet
    fresh C1; demo S/demo; demo S/other
    lp build --sources S --output out
    cp out/reports/build.json build-before.json
    cp -r "$CASES/C-unknown-languages/ps" S/demo/ps
    sed -i 's/Hay fever is an allergy/EDITED Hay fever is an allergy/' S/other/en/leaflet.txt
    lp build --sources S --output out
    check "previous output untouched: $(cmp -s build-before.json out/reports/build.json && echo yes || echo no); the edit to the good leaflet 'other' published: $(grep -q EDITED out/other/en/model.json && echo yes || echo no)"
    lp parity --sources S
}
case_C2() { # Tigrinya
    fresh C2; demo S/demo; cp -r "$CASES/C-unknown-languages/ti" S/demo/ti
    lp build --sources S --output out
}
case_C3() { # xx (reserved for private use; no detector knows it)
    fresh C3; demo S/demo; cp -r "$CASES/C-unknown-languages/xx" S/demo/xx
    lp build --sources S --output out
    lp parity --sources S
}
case_C4() { # extract and detect of one file in an unknown language
    fresh C4
    lp extract "$CASES/C-unknown-languages/ps/leaflet.txt" --language ps
    lp extract "$CASES/C-unknown-languages/ti/leaflet.txt"
    lp detect "$CASES/C-unknown-languages/ti/leaflet.txt"
    lp extract "$CASES/C-unknown-languages/xx/leaflet.txt" --language xx
}

# ---------------------------------------------------------------- D. concurrency, interruption, full disk (generated)
case_D1() { # two builds into one output at the same time (same leaflet id, different text)
    fresh D1; demo S1/demo; demo S2/demo; demo S2/other
    sed -i 's/Hay fever is an allergy/SECOND-BUILD Hay fever is an allergy/' S2/demo/en/leaflet.txt
    for round in 1 2 3; do
        ( java "${JVM[@]}" -jar "$JAR" build --sources S1 --output out >b1.out 2>b1.err; echo $? > b1.rc ) &
        ( java "${JVM[@]}" -jar "$JAR" build --sources S2 --output out >b2.out 2>b2.err; echo $? > b2.rc ) &
        wait
        echo "round $round: exit $(cat b1.rc) and $(cat b2.rc)"
        cat b1.out b2.out | grep -e '^built' -e 'leaflets\? built' | sed 's/^/  out| /'
        cat b1.err b2.err | grep -v '^        (its previous' | clip | sed 's/^/  err| /' | head -6
        check "left behind: $(cd out && ls -a | grep '^\.' | grep -v '^\.\.\?$' | tr '\n' ' ')"
        for f in out/demo/*/model.json out/demo/*/index.html; do echo -n "$f:$(grep -q SECOND-BUILD "$f" && echo 2 || echo 1) "; done | sed 's/^/  check: build of each file: /'; echo
        check "index lists: $(grep -o 'href="[a-z-]*/en/index.html"' out/index.html 2>/dev/null | sort -u | tr '\n' ' ')"
        check "out/ holds: $(ls out | tr '\n' ' '); demo/en is from build $(grep -q SECOND-BUILD out/demo/en/model.json && echo 2 || echo 1); build.json lists: $(grep -o '"leaflet": "[a-z-]*"' out/reports/build.json | sort -u | tr '\n' ' ')"
    done
}
case_D2() { # the first build killed (SIGKILL) as soon as its first leaflet is published
    fresh D2; demo S/demo; demo S/other
    java "${JVM[@]}" -jar "$JAR" build --sources S --output out >b.out 2>b.err &
    pid=$!
    while kill -0 $pid 2>/dev/null && ! test -f out/demo/en/index.html -o -f out/other/en/index.html; do sleep 0.05; done
    kill -KILL $pid; wait $pid; echo "killed: exit $?"
    check "out/ holds: $(cd out && find . -maxdepth 2 | sort | tr '\n' ' ')"
    page=$(ls out/*/en/index.html | head -1); check "published page: $page"
    for f in $(grep -o '\(href\|src\)="[^"#:]*"' "$page" | sed 's/^[a-z]*="//;s/"$//' | sort -u); do
        test -e "$(dirname "$page")/$f" && check "link ok: $f" || check "link BROKEN: $f"
    done
    lp build --sources S --output out
    check "after a rebuild: $(cd out && ls -a | tr '\n' ' ')"
}
# full(): a tmpfs of $1 KB at ./disk (needs root and mount; else see README for other ways)
full() { mkdir -p disk && mount -t tmpfs -o size="$1"k tmpfs disk || { echo "  cannot mount a tmpfs here"; return 1; }; }
case_D3() { # the output's disk fills up: nothing / a previous build in place
    fresh D3; demo S/demo; demo S/other
    full 200 || return
    lp build --sources S --output disk/out
    check "out/ holds: $(cd disk/out 2>/dev/null && find . | sort | head -12 | tr '\n' ' ')"
    umount disk
    echo "-- a good previous build, then a rebuild with 100 KB free"
    lp build --sources S --output prev
    size=$(du -sk prev | cut -f1)
    full $((size + 100)) || return
    cp -a prev disk/out
    sed -i 's/Hay fever is an allergy/EDITED Hay fever is an allergy/' S/demo/en/leaflet.txt
    lp build --sources S --output disk/out
    check "fonts intact: $(for f in prev/assets/fonts/*.ttf; do cmp -s "$f" "disk/out/assets/fonts/${f##*/}" && echo -n "same " || echo -n "DIFFERENT(${f##*/}) "; done)"
    check "demo republished with the edit: $(grep -q EDITED disk/out/demo/en/model.json && echo yes || echo no); reports/build.json is the previous build's: $(cmp -s prev/reports/build.json disk/out/reports/build.json && echo yes || echo no)"
    check "index.html: $(test -s disk/out/index.html && echo present || echo MISSING/EMPTY), build.json: $(test -s disk/out/reports/build.json && echo present || echo MISSING/EMPTY)"
    check "left behind: $(cd disk/out && find . -name '.*' | tr '\n' ' ')"
    check "df: $(df -k disk | tail -1 | awk '{print $4" KB free"}')"
    umount disk
}

# ---------------------------------------------------------------- F. garbled text
case_F1() { # PDFs whose font has no ToUnicode: Identity-H subset, and a Type3 font with its own encoding
    fresh F1
    for f in F1-no-tounicode-identity-h.pdf F1-type3-custom-encoding.pdf; do
        rm -rf S out; original "$HERE/files/$f" leaflet.pdf
        lp build --sources S --output out
        model out/bad/en/model.json
    done
}
case_F2() { # control characters: a few (NUL in a heading, BEL, ESC, DEL, NEL), and a text with ANSI colours
    fresh F2
    original "$HERE/files/F2-control-characters.txt" leaflet.txt
    lp build --sources S --output out
    model out/bad/en/model.json
    check "NUL or ESC in the published page: $(grep -c -P '[\x00\x1b\x07]' out/bad/en/index.html 2>/dev/null) lines; in the PDF text: $(pdftotext out/bad/en/bad.en.pdf - 2>/dev/null | grep -c -P '[\x00\x1b\x07\x7f]') lines"
    lp extract "$HERE/files/F2-ansi-colours.txt"
}
case_F3() { # NUL, BEL and ESC in a PDF's title (and author)
    fresh F3; original "$HERE/files/F3-control-characters-in-title.pdf" leaflet.pdf
    lp build --sources S --output out
    model out/bad/en/model.json
    check "NUL in build.json: $(grep -c 'u0000' out/reports/build.json 2>/dev/null) line(s)"
}
case_F4() { # combining accents (NFD: e + U+0301, o + U+0308) in a French translation with headings
    fresh F4; translation "$HERE/files/F4-combining-accents.fr.txt" fr traduction.txt
    lp build --sources S --output out
    model out/demo/fr/model.json
    check "the English original published: $(test -f out/demo/en/index.html && echo yes || echo no)"
}
case_F5() { # HTML that says <meta charset="utf-8"> and is windows-1256 (Arabic)
    fresh F5; translation "$HERE/files/F5-declared-utf8-is-windows-1256.ar.html" ar page.html
    lp build --sources S --output out
    model out/demo/ar/model.json
    lp extract "$HERE/files/F5-declared-utf8-is-windows-1256.ar.html" --language ar
    check "extracted text: $(grep -m2 '"text"' stdout.txt | WIDTH=120 clip | tr '\n' ' ')"
}
case_F6() { # right-to-left text: Arabic and Hebrew translations
    fresh F6; translation "$HERE/files/F6-arabic.ar.txt" ar leaflet.txt; cp "$HERE/files/F6-hebrew.he.txt" S/demo/he.txt 2>/dev/null
    mkdir -p S/demo/he; mv S/demo/he.txt S/demo/he/leaflet.txt
    lp build --sources S --output out
    model out/demo/ar/model.json
    check "the English original published: $(test -f out/demo/en/index.html && echo yes || echo no)"
    check "dir= in the ar page: $(grep -o '<html[^>]*>' out/demo/ar/index.html 2>/dev/null)"
}
case_F7() { # Cyrillic headings (Russian translation)
    fresh F7; translation "$HERE/files/F7-cyrillic-headings.ru.txt" ru leaflet.txt
    lp build --sources S --output out
    model out/demo/ru/model.json
    lp extract "$HERE/files/F7-cyrillic-headings.ru.txt" --language ru
}
case_F8() { # a DOCX whose body is one altChunk (an imported HTML part): 0 paragraphs
    fresh F8; original "$HERE/files/F8-altchunk-body.docx" leaflet.docx
    lp build --sources S --output out
    model out/bad/en/model.json
    check "sections in the published model: $(grep -c '"key"' out/bad/en/model.json); PDF pages: $(pdfinfo out/bad/en/bad.en.pdf 2>/dev/null | awk '/^Pages/{print $2}')"
}

# ---------------------------------------------------------------- G. checks that reject valid content
case_G1() { # a heading of 80 characters
    fresh G1; original "$HERE/files/G1-long-heading.txt" leaflet.txt
    lp build --sources S --output out
    model out/bad/en/model.json
}
case_G2() { # 73 headings (72 short sections: a pollen calendar)
    fresh G2; original "$HERE/files/G2-72-headings.txt" leaflet.txt
    lp build --sources S --output out
    model out/bad/en/model.json
}
case_G3() { # a heading with nothing under it
    fresh G3; original "$HERE/files/G3-empty-heading.txt" leaflet.txt
    lp build --sources S --output out
    model out/bad/en/model.json
    echo "-- the same as HTML (<h2>Side effects</h2><h2>How is it treated?</h2>, and an <h2>Pollen diary</h2> last)"
    rm -rf S out; original "$HERE/files/G3-empty-heading.html" leaflet.html
    lp build --sources S --output out
    model out/bad/en/model.json
}

# ---------------------------------------------------------------- H. silent guesses
built_languages() { python3 -c "
import json,sys; b=json.load(open('$1'))
for l in b['leaflets']: print('  built.json| %s %s: %s' % (l['leaflet'], l['status'], ', '.join(d['source']+' as '+d['declaredLanguage']+'/'+d['role'] for d in l['documents'])))
for l in b['leaflets']:
    for w in l['warnings']: print('  built.json| warning %s: %s (%s)' % (w['code'], w['message'][:140], w['where']))
" 2>/dev/null || check "$1 not written"; }
case_H1() { # language folders FR/, fr-CA/, fra/ (and no fr/)
    fresh H1; demo S/demo; rm -r S/demo/fr; cp -r "$CASES"/H1-language-folder-names/* S/demo/
    lp build --sources S --output out
    built_languages out/reports/build.json
}
case_H2() { # two originals in one language (last year's text left beside the new one)
    fresh H2; demo S/demo; cp "$CASES/H2-two-originals/en/leaflet-2019.txt" S/demo/en/
    lp build --sources S --output out
    built_languages out/reports/build.json
    model out/demo/en/model.json
}
case_H3() { # documents: as a string
    fresh H3; demo S/demo; cp "$CASES/H3-documents-as-string/leaflet.yaml" S/demo/
    lp build --sources S --output out
    built_languages out/reports/build.json
}
case_H4() { # edition date "yesterday", reviewed "31/02/2024"
    fresh H4; demo S/demo; cp "$CASES/H4-dates/leaflet.yaml" S/demo/
    lp build --sources S --output out
    built_languages out/reports/build.json
    check "model edition/reviewed: $(python3 -c "import json;m=json.load(open('out/demo/en/model.json'));print(m.get('edition'), m.get('reviewed'), m.get('nextReview'))" 2>/dev/null)"
    check "page says: $(grep -o -i -E '(edition|reviewed|published)[^<]{0,60}' out/demo/en/index.html 2>/dev/null | head -4 | tr '\n' '|')"
    check "PDF dates: $(pdfinfo out/demo/en/demo.en.pdf 2>/dev/null | grep -E 'CreationDate|ModDate' | tr -s ' ' | tr '\n' ' ')"
}
case_H5() { # a file called en/leaflet..v2.txt: with a manifest listing it, and without a manifest
    fresh H5; demo S/demo; mv S/demo/en/leaflet.txt "S/demo/en/leaflet..v2.txt"; cp "$CASES/H5-double-dot/leaflet.yaml" S/demo/
    lp build --sources S --output out
    echo "-- the same with a good leaflet beside it (so that the output folder exists)"
    rm -rf S/other; cp -r "$HERE/base/demo" S/other; rm -rf S/demo/leaflet.yaml.keep
    lp build --sources S --output out
    echo "-- without the manifest"
    rm S/demo/leaflet.yaml
    lp build --sources S --output out
    built_languages out/reports/build.json
}
case_H6() { # pageSize: Letter (not in templates/print/page-sizes.yaml)
    fresh H6; demo S/demo; cp "$CASES/H6-page-size/leaflet.yaml" S/demo/
    lp build --sources S --output out
    check "PDF page size: $(pdfinfo out/demo/en/demo.en.pdf 2>/dev/null | grep 'Page size' | tr -s ' ')"
    echo "-- print: {pageSize: A4, bleed: \"yes\", booklet: on}"
    cp "$CASES/H6-page-size/leaflet-print-block.yaml" S/demo/leaflet.yaml
    lp build --sources S --output out
    check "PDF page size: $(pdfinfo out/demo/en/demo.en.pdf 2>/dev/null | grep 'Page size' | tr -s ' '); files: $(ls out/demo/en | tr '\n' ' ')"
}

# ---------------------------------------------------------------- I. untrue messages
# as_original ID FILE NAME: builds S/bad with FILE as en/NAME beside the good leaflet.
# First a good build of S/bad (the base English text), so that one sees whether its output survives.
as_original() {
    fresh "$1"; demo S/demo; demo S/bad; rm -r S/bad/fr S/bad/leaflet.yaml
    java "${JVM[@]}" -jar "$JAR" build --sources S --output out >/dev/null 2>&1; cp -r out/bad previous-bad
    rm S/bad/en/leaflet.txt; cp "$2" "S/bad/en/$3"
    lp build --sources S --output out
    [ "$RC" = 0 ] && model out/bad/en/model.json
    check "previous output of bad: $(diff -r -q previous-bad out/bad >/dev/null && echo "kept, unchanged" || echo "replaced")"
}
case_I1() { as_original I1 "$HERE/files/I1-pollen-calendar.tsv.txt" pollen-calendar.txt; }
case_I2() { as_original I2 "$HERE/files/I2-robots-like.txt" leaflet.txt; }
case_I3() { # the translator's e-mail, as .eml (not a readable type) and renamed .txt
    as_original I3 "$HERE/files/I3-translator-mail.eml" leaflet.txt
    lp extract "$HERE/files/I3-translator-mail.eml"
}
case_I4() { as_original I4 "$HERE/files/I4-password-protected.docx" leaflet.docx; }
case_I5() { as_original I5 "$HERE/files/I5-certificate-encrypted.pdf" leaflet.pdf; }
case_I6() { as_original I6 "$HERE/files/I6-deep-nesting.html" leaflet.html; }
case_I7() { as_original I7 "$HERE/files/I7-utf16le-no-bom.txt" leaflet.txt; }
case_I8() { as_original I8 "$HERE/files/I8-blank-page.pdf" leaflet.pdf; }
case_I9() { as_original I9 "$HERE/files/I9-form-fields-only.pdf" leaflet.pdf; }
case_I10() { # parity --accept de when no leaflet has de
    fresh I10; demo S/demo
    lp parity --sources S --accept de
    check "translation.lock files written: $(find S -name translation.lock | wc -l)"
}

# ---------------------------------------------------------------- J. exit statuses and what is printed first
case_J1() { # a --sources folder that does not exist
    fresh J1
    lp build --sources no-such-folder --output out
    lp parity --sources no-such-folder
    lp extract no-such-file.txt
}
case_J2() { # --page-size A0 (not in page-sizes.yaml)
    fresh J2; demo S/demo
    lp build --sources S --output out --page-size A0
    check "out/ after: $(ls out 2>/dev/null | tr '\n' ' ')"
}
case_J3() { # library log lines printed before leafpress's message
    fresh J3
    lp extract "$HERE/files/F1-no-tounicode-identity-h.pdf"
    echo "-- a PDF with 9 bytes of its embedded font overwritten (generated from the F3 fixture)"
    f="$HERE/files/F3-control-characters-in-title.pdf"
    { head -c 3000 "$f"; printf '%%garbage%%'; tail -c +3011 "$f"; } > damaged-font.pdf
    lp extract damaged-font.pdf
    check "stderr lines: $(wc -l < stderr.txt), of which stack-trace lines: $(grep -c '^	at ' stderr.txt)"
    check "stderr starts with: $(head -c 150 stderr.txt | tr '\n' ' ')"
}

# ---------------------------------------------------------------- E. cost (generated; run only when named: E1, E2)
# paragraphs BYTES: ~250-character English paragraphs separated by blank lines, BYTES in all.
paragraphs() { awk -v n="$1" 'BEGIN { while (t < n) { i++; p = "Paragraph " i ": antihistamine tablets and nasal sprays help most people with hay fever; ask a pharmacist which one suits you, and see your doctor if they do not help after two weeks of daily use.\n\n"; printf "%s", p; t += length(p) } }'; }
# one_paragraph BYTES: one line of sentences, BYTES in all.
one_paragraph() { awk -v n="$1" 'BEGIN { while (t < n) { i++; p = "Sentence " i " says that antihistamine tablets help most people with hay fever. "; printf "%s", p; t += length(p) } printf "\n" }'; }
# measure LABEL ARGS: leafpress under /usr/bin/time -v and a 120 s cap; one line of figures.
measure() {
    local label=$1; shift
    /usr/bin/time -v timeout "${CAP:-120}" java "${JVM[@]}" -jar "$JAR" "$@" >stdout.txt 2>stderr.txt
    local rc=$?
    printf '  %-34s exit %-3s wall %-8s peak RSS %7s KB' "$label" "$rc" \
        "$(awk -F': ' '/Elapsed/{print $2}' stderr.txt)" "$(awk -F': ' '/Maximum resident/{print $2}' stderr.txt)"
    [ "$rc" = 124 ] && printf '  (stopped at the cap)'
    echo
}
case_E1() { # a large text of ordinary paragraphs: extract, then a whole build
    fresh E1
    for n in ${EXTRACT_SIZES:-500000 1000000 2000000 5000000}; do
        paragraphs "$n" > "text-$n.txt"
        measure "extract $n bytes" extract "text-$n.txt" --language en
    done
    for n in ${BUILD_SIZES:-100000 500000 2000000}; do
        rm -rf S out; mkdir -p S/big/en; { printf 'What is hay fever?\n\n'; paragraphs "$n"; } > S/big/en/leaflet.txt
        measure "build $n bytes" build --sources S --output out
        check "PDF pages: $(pdfinfo out/big/en/big.en.pdf 2>/dev/null | awk '/^Pages/{print $2}'); staging left: $(ls -a out 2>/dev/null | grep -c '^\.staging')"
    done
    rm -f text-*.txt
}
case_E2() { # one paragraph of many sentences (no blank line): a whole build
    fresh E2
    for n in ${BUILD_SIZES:-20000 100000 250000 500000 2000000}; do
        rm -rf S out; mkdir -p S/big/en; { printf 'What is hay fever?\n\n'; one_paragraph "$n"; } > S/big/en/leaflet.txt
        measure "build, one paragraph of $n bytes" build --sources S --output out
        check "PDF pages: $(pdfinfo out/big/en/big.en.pdf 2>/dev/null | awk '/^Pages/{print $2}'); staging left: $(ls -a out 2>/dev/null | grep -c '^\.staging')"
    done
}

if [ $# -eq 0 ]; then set -- $(declare -F | awk '{print $3}' | grep '^case_' | sed 's/^case_//' | grep -v '^E'); fi
for c in "$@"; do ( "case_$c" ); done
