"""CPU forward latency of baseline and pruned UNets, side by side in one run.

For each batch size and image size: the baseline, our rebuilt model at the uniform ratio that keeps at most
--budget of the parameters, the same budget with round_to: 8 (its own, slightly larger ratio, so both keep
about the same parameters), and Torch-Pruning's model at our first ratio (if installed). Weights are random: latency
depends on shapes only. Each model is timed with torch.utils.benchmark, interleaved over repeats; the
table gives medians and ratios to the baseline next to the FLOP ratio.

    python bench/latency.py [--base 16] [--budget 0.44] [--threads 2] [--repeats 3]
"""
import argparse, statistics

import torch
import torch.utils.benchmark as benchmark

from cardiac_prune.prune import masks_from_ratios, uniform_ratio_for_budget
from cardiac_prune.rebuild import rebuild_unet
from cardiac_prune.unet import ChannelSpec, UNet, count_parameters, model_summary

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--base", type=int, default=16); ap.add_argument("--budget", type=float, default=0.44)
ap.add_argument("--threads", type=int, default=torch.get_num_threads()); ap.add_argument("--repeats", type=int, default=3)
ap.add_argument("--min-run-time", type=float, default=0.3)
args = ap.parse_args()
torch.set_num_threads(args.threads)

torch.manual_seed(0)
base = UNet(ChannelSpec.from_base(args.base)).eval()
r = uniform_ratio_for_budget(base, args.budget)
r8 = uniform_ratio_for_budget(base, args.budget, round_to=8)
models = {"baseline": base,
          f"ours r={r:.3f}": rebuild_unet(base, masks_from_ratios(base, default_ratio=r)).eval(),
          f"ours r={r8:.3f} round_to=8": rebuild_unet(base, masks_from_ratios(base, default_ratio=r8, round_to=8)).eval()}
try:
    import copy, torch_pruning as tp
    theirs = copy.deepcopy(base)
    tp.pruner.MetaPruner(theirs, torch.randn(1, 1, 64, 64), importance=tp.importance.MagnitudeImportance(p=1),
                         pruning_ratio=r, ignored_layers=[theirs.head]).step()
    models[f"torch-pruning r={r:.3f}"] = theirs.eval()
except ImportError:
    print("torch-pruning not installed: its row is left out")

print(f"UNet base {args.base}, torch {torch.__version__}, {args.threads} threads, medians of {args.repeats} interleaved repeats\n")
print("| batch | size | model | params | FLOP ratio | latency ms | latency ratio |\n|---|---|---|---|---|---|---|")
for batch in (1, 8):
    for size in (128, 256):
        x = torch.randn(batch, 1, size, size)
        flops = {k: model_summary(m, (1, 1, size, size)).flops.sum() for k, m in models.items()}
        times = {k: [] for k in models}
        for _ in range(args.repeats):
            for k, m in models.items():
                t = benchmark.Timer("with torch.no_grad(): m(x)", globals={"m": m, "x": x, "torch": torch}, num_threads=args.threads)
                times[k].append(t.blocked_autorange(min_run_time=args.min_run_time).median * 1e3)
        med = {k: statistics.median(v) for k, v in times.items()}
        for k, m in models.items():
            print(f"| {batch} | {size} | {k} | {count_parameters(m):,} | {flops[k] / flops['baseline']:.3f} | {med[k]:.1f} | {med[k] / med['baseline']:.3f} |")
