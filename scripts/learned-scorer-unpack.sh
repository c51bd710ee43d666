#!/usr/bin/env bash
# bash scripts/learned-scorer-unpack.sh [OLD=/tmp/learned/old]: unpacks, for each k = 2…20, the pipeline as it stood
# when data/eval/realistic-k/gold.yaml was committed (before any rule had read that set) under OLD-k, with
# node_modules linked and today's graph/extract/learned.ts copied in: the trees that scripts/learned-scorer-frontier.ts
# and scripts/learned-scorer-train.ts read.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
old=${1:-/tmp/learned/old}
for k in $(seq 2 20); do
  commit=$(git -C "$root" log --diff-filter=A --format=%H -- "data/eval/realistic-$k/gold.yaml" | tail -1)
  rm -rf "$old-$k" && mkdir -p "$old-$k"
  git -C "$root" archive "$commit" graph scripts/realistic-split.ts tsconfig.json package.json | tar -x -C "$old-$k"
  ln -s "$root/node_modules" "$old-$k/node_modules"
  cp "$root/graph/extract/learned.ts" "$old-$k/graph/extract/learned.ts"
done
echo "unpacked realistic-2 … realistic-20's pipelines under $old-k"
