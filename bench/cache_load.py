"""Cold vs warm load of an ACDC-layout folder through the preprocessing cache, measured in one run.

Cold: every volume is decoded from NIfTI, normalised, resampled and written to a fresh cache folder.
Warm: the same call again reads only the cache. Skips cleanly when the data folder is absent.

    python bench/cache_load.py [ROOT] [--spacing 1.5] [--size 160]     (ROOT defaults to ../shared/data/acdc/training)
"""
import argparse, shutil, sys, tempfile, time
from pathlib import Path

from cardiac_prune.data import PreprocessConfig, load_prepared

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("root", nargs="?", default="../shared/data/acdc/training")
ap.add_argument("--spacing", type=float, default=1.5); ap.add_argument("--size", type=int, default=160)
args = ap.parse_args()
if not Path(args.root).is_dir(): sys.exit(print(f"skipped: no ACDC data at {args.root}") or 0)

cache = Path(tempfile.mkdtemp())
cfg = PreprocessConfig(spacing=args.spacing, size=args.size)
t0 = time.perf_counter(); vols = load_prepared(args.root, cfg, cache_dir=cache, progress=False); cold = time.perf_counter() - t0
t0 = time.perf_counter(); load_prepared(args.root, cfg, cache_dir=cache, progress=False); warm = time.perf_counter() - t0
mb = sum(p.stat().st_size for p in cache.iterdir()) / 2**20
shutil.rmtree(cache)
print(f"{args.root}: {len(vols)} volumes, {sum(len(v.images) for v in vols)} slices at {args.spacing} mm / {args.size} px; cache {mb:.0f} MiB")
print(f"| load | seconds |\n|---|---|\n| cold (NIfTI decode + preprocessing + cache write) | {cold:.2f} |\n| warm (cache only) | {warm:.2f} |\n| cold / warm | {cold / warm:.1f}x |")
