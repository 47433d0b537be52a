#!/usr/bin/env bash
# Trunk build hook: builds the app's wasm split into per-screen modules.
#
# Trunk 0.22 runs cargo, wasm-bindgen and wasm-opt on one module and cannot split it
# (trunk-rs/trunk#1022), so index.html tells trunk to skip its own Rust build
# (`data-trunk-skip`) and this hook runs the whole pipeline:
#   1. cargo build for wasm32. `.cargo/config.toml` adds `--emit-relocs` (the splitter
#      reads the linker's relocations) and `--no-merge-data-segments` (so each screen's
#      text can move with its code instead of staying in one data segment);
#   2. wasm-split-cli (crate wasm_split_cli_support, the version of wasm_split_helpers in
#      Cargo.lock): the main module (shell and Today), one module per group of screens
#      marked in src/ui/lazy_screens.rs, chunks of code shared by several groups, and
#      __wasm_split.js, which fetches a module the first time it is needed;
#   3. wasm-bindgen --keep-lld-exports on the main module only (the others import what
#      they need from it through __wasm_split.js);
#   4. wasm-opt -Oz on every module (release builds);
#   5. merge the data segments the split kept apart (.ci/merge-data.py, release builds).
# The result goes to $TRUNK_STAGING_DIR/wasm/; .ci/precache.py (post_build) then renames
# the folder after its content hash and writes the loader into index.html.
set -euo pipefail

: "${TRUNK_STAGING_DIR:?run this as the build hook of trunk}"
source_dir="${TRUNK_SOURCE_DIR:-$(pwd)}"
profile="${TRUNK_PROFILE:-release}"
name=achilles

cd "$source_dir"
target_dir="${CARGO_TARGET_DIR:-$source_dir/target}"
cargo_profile=()
[ "$profile" = release ] && cargo_profile=(--release)
cargo build --target wasm32-unknown-unknown --bin "$name" "${cargo_profile[@]}"
input="$target_dir/wasm32-unknown-unknown/$profile/$name.wasm"

work="$target_dir/wasm-split/$profile"
rm -rf "$work"
mkdir -p "$work/split" "$work/bindgen"
wasm-split-cli "$input" "$work/split" --out-name "$name" > "$work/split.log"
wasm-bindgen "$work/split/$name.wasm" --out-dir "$work/bindgen" --target web \
  --keep-lld-exports --no-typescript

out="$TRUNK_STAGING_DIR/wasm"
rm -rf "$out"
mkdir -p "$out"
cp "$work/bindgen/$name.js" "$work/split/__wasm_split.js" "$out/"
[ -d "$work/bindgen/snippets" ] && cp -r "$work/bindgen/snippets" "$out/"

# wasm-opt warns about each module's name section, which it drops anyway; its messages go
# to a log that is shown only when it fails.
optimise() { # in out
  if [ "$profile" = release ]; then
    local log="$work/$(basename "$2").opt.log"
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --strip-debug \
      --strip-producers "$1" -o "$2" 2> "$log" || { cat "$log" >&2; return 1; }
  else
    cp "$1" "$2"
  fi
}
optimise "$work/bindgen/${name}_bg.wasm" "$out/${name}_bg.wasm" &
for module in "$work"/split/*.wasm; do
  base="$(basename "$module")"
  [ "$base" = "$name.wasm" ] && continue
  optimise "$module" "$out/$base" &
done
# Any failed wasm-opt fails the build.
status=0
for job in $(jobs -p); do wait "$job" || status=1; done
[ "$status" = 0 ] || exit "$status"

# 5. Merge the data segments the split needed apart (.ci/merge-data.py says why and how):
#    the main module's small gaps are zero-filled, the later modules' segments merged only
#    where they touch.
if [ "$profile" = release ]; then
  python3 "$source_dir/.ci/merge-data.py" --fill 64 "$out/${name}_bg.wasm" > "$work/merge.log"
  others=()
  for module in "$out"/*.wasm; do
    [ "$(basename "$module")" = "${name}_bg.wasm" ] || others+=("$module")
  done
  python3 "$source_dir/.ci/merge-data.py" --fill 0 "${others[@]}" >> "$work/merge.log"
fi
