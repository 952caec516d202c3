#!/usr/bin/env bash
# The project's test command (`make test`; CI runs it through .ci/run):
# 1. the package must be what the notebooks export, 2. notebooks must be clean,
# 3. README.md must be nbs/index.ipynb rendered, 4. every notebook's tests pass (nbdev_test).
set -euo pipefail
cd "$(dirname "$0")/.."
tree_hash() { find "$@" -type f \( -name '*.py' -o -name '*.ipynb' \) -not -path '*/.ipynb_checkpoints/*' -print0 \
              | sort -z | xargs -0 sha256sum | sha256sum; }

before=$(tree_hash cardiac_prune)
nbdev_export
if [ "$before" != "$(tree_hash cardiac_prune)" ]; then
  echo "FAIL: cardiac_prune/ did not match the notebooks; nbdev_export changed it. Commit the export." >&2
  git status --short -- cardiac_prune >&2 || true
  exit 1
fi

before=$(tree_hash nbs)
nbdev_clean
if [ "$before" != "$(tree_hash nbs)" ]; then
  echo "FAIL: notebooks were not clean; nbdev_clean changed them. Commit the cleaned notebooks." >&2
  git status --short -- nbs >&2 || true
  exit 1
fi

if ! diff -q <(jupyter nbconvert --to markdown --log-level WARN --stdout nbs/index.ipynb) README.md >/dev/null; then
  echo "FAIL: README.md is not nbs/index.ipynb rendered; run 'make readme' and commit." >&2
  exit 1
fi

# Notebooks set torch.set_num_threads themselves; two workers keep a 2-core machine busy.
# nbdev_test stops with a non-zero status (and set -e with it) when any notebook fails.
nbdev_test --n_workers "${NBDEV_WORKERS:-2}" --timing "$@"
n=$(find nbs -name '*.ipynb' -not -name '_*' -not -path '*/.ipynb_checkpoints/*' | wc -l)
echo "notebooks: $n passed, 0 failed"
