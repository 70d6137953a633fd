#!/usr/bin/env bash
# Builds AgencyKit's API reference with the toolchain's `docc`, without SwiftPM plugins.
#
#   bash Scripts/build-docs.sh           mirror the guides into the catalog, then build
#   bash Scripts/build-docs.sh --check   build, and fail if the catalog's mirrored guides
#                                        differ from Documentation/ (what CI runs)
#
# 1. Mirrors every Documentation/*.md into Sources/AgencyKit/AgencyKit.docc/Guides/ as a DocC
#    article: links to other guides become `doc:` links; links to anything else (in-page
#    anchors, files outside Documentation/, guides that do not exist) keep only their text.
# 2. Emits symbol graphs of the library targets (`swift build -emit-symbol-graph`, in a
#    scratch path of its own so the normal build is not invalidated).
# 3. Converts two archives with `docc convert --warnings-as-errors` — AgencyKit (the umbrella:
#    core, Agency OS, store, outreach, scoring, intelligence; with the catalog) and
#    AgencyStoreConformance — and merges them into .build/docs/AgencyKit.doccarchive.
#
# docc is found as $DOCC, `xcrun --find docc`, `docc` on the PATH, or next to `swift`.
# View the result with any static file server, e.g.
#   python3 -m http.server --directory .build/docs/AgencyKit.doccarchive 8000
# and open http://localhost:8000/documentation/agencykit
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
case "${1:-}" in
    --check) check=true ;;
    "") ;;
    *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

catalog=Sources/AgencyKit/AgencyKit.docc
scratch=.build/docs-build
graphs="$PWD/$scratch/symbol-graphs"
work=.build/docs-work
out=.build/docs

step() { printf '\n==> %s\n' "$*"; }

find_docc() {
    if [ -n "${DOCC:-}" ]; then echo "$DOCC"; return; fi
    if command -v xcrun >/dev/null 2>&1 && xcrun --find docc >/dev/null 2>&1; then xcrun --find docc; return; fi
    if command -v docc >/dev/null 2>&1; then command -v docc; return; fi
    local swift_bin
    swift_bin=$(dirname "$(readlink -f "$(command -v swift)")")
    if [ -x "$swift_bin/docc" ]; then echo "$swift_bin/docc"; return; fi
    echo "error: docc not found; set DOCC=/path/to/docc" >&2
    exit 1
}
docc=$(find_docc)

# 1. The guides as DocC articles.
step "mirror Documentation/*.md into $catalog/Guides"
rm -rf "$work"
mkdir -p "$work/Guides"
names=$(cd Documentation && ls ./*.md | sed -e 's#^\./##' -e 's#\.md$##' | paste -sd '|' -)
for guide in Documentation/*.md; do
    name=$(basename "$guide" .md)
    {
        head -n 1 "$guide"
        echo
        echo "<!-- Generated from Documentation/$name.md by Scripts/build-docs.sh: edit the guide, not this copy. -->"
        tail -n +2 "$guide" | sed -E \
            -e "s#\]\(($names)\.md\)#](doc:\1)#g" \
            -e 's#\[([^]]*)\]\((\#|\.\.?/|[A-Za-z0-9_.-]+\.md)[^)]*\)#\1#g'
    } > "$work/Guides/$name.md"
done
if $check; then
    if ! diff -ru "$catalog/Guides" "$work/Guides"; then
        echo "error: $catalog/Guides is out of date; run bash Scripts/build-docs.sh and commit the result" >&2
        exit 1
    fi
else
    rm -rf "$catalog/Guides"
    cp -R "$work/Guides" "$catalog/Guides"
fi

# 2. Symbol graphs. An up-to-date module is not recompiled and keeps its graphs, so the
#    directory is never emptied.
mkdir -p "$graphs"
for target in AgencyKit AgencyStoreConformance Avenir AvenirServices; do
    step "symbol graphs: $target"
    swift build --scratch-path "$scratch" --target "$target" \
        -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs" 2>&1 | tail -n 1
done

# 3. Archives, with zero warnings.
convert() {
    local module=$1 catalog_dir=${2:-}
    local module_graphs="$work/graphs-$module"
    mkdir -p "$module_graphs"
    cp "$graphs/$module.symbols.json" "$module_graphs/"
    for extension in "$graphs/$module@"*.symbols.json; do
        if [ -e "$extension" ]; then cp "$extension" "$module_graphs/"; fi
    done
    step "docc convert: $module"
    # shellcheck disable=SC2086 # the catalog argument is intentionally absent when empty
    "$docc" convert $catalog_dir --additional-symbol-graph-dir "$module_graphs" \
        --output-path "$work/$module.doccarchive" --fallback-display-name "$module" \
        --fallback-bundle-identifier "org.agencykit.$module" --warnings-as-errors
}
convert AgencyKit "$catalog"
convert AgencyStoreConformance
convert Avenir
convert AvenirServices

step "docc merge"
rm -rf "$out"
mkdir -p "$out"
"$docc" merge "$work/AgencyKit.doccarchive" "$work/AgencyStoreConformance.doccarchive" \
    "$work/Avenir.doccarchive" "$work/AvenirServices.doccarchive" \
    --output-path "$out/AgencyKit.doccarchive" --synthesized-landing-page-name "AgencyKit Documentation"

echo
echo "documentation built with zero docc warnings: $out/AgencyKit.doccarchive"
