"""How much does the training loop add to the bare model's train step?

Side by side in one process, same model width, batch size and image size:
  bare  — forward + loss + backward + optimizer step on one fixed, pre-made batch (nothing else);
  loop  — `train_model`'s steps: DataLoader over the SliceDataset, augmentation, loss, step, tqdm, logging
          (validation excluded: the history's `train_seconds` times only the training steps).
The loop's overhead should stay under 10%. Reported as medians over repeats and as a ratio.

    python bench/train_overhead.py [--base 16] [--size 128] [--batch 8] [--steps 20] [--repeats 3]
"""
import argparse, dataclasses, statistics, tempfile, time
from pathlib import Path

import torch

from cardiac_prune.config import parse_config
from cardiac_prune.train import prepare_data, segmentation_loss, train_model
from cardiac_prune.unet import ChannelSpec, UNet

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--base", type=int, default=16); ap.add_argument("--size", type=int, default=128)
ap.add_argument("--batch", type=int, default=8); ap.add_argument("--steps", type=int, default=20)
ap.add_argument("--repeats", type=int, default=3); ap.add_argument("--threads", type=int, default=torch.get_num_threads())
args = ap.parse_args()
torch.set_num_threads(args.threads)

tmp = Path(tempfile.mkdtemp())
cfg = parse_config({"data": {"root": str(tmp/"syn"), "synthetic_patients": 10, "size": args.size, "cache_dir": str(tmp/"cache"), "val_fraction": 0.1},
                    "model": {"base": args.base},
                    "training": {"batch_size": args.batch, "num_epochs": 1, "steps_per_epoch": args.steps, "rewind_epoch": 0, "schedule": "none"}})
data = prepare_data(cfg.data, progress=False)

def bare_step_seconds() -> float:
    torch.manual_seed(0)
    model = UNet(ChannelSpec.from_base(args.base)).train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    batch = torch.utils.data.default_collate([data.train[i] for i in range(args.batch)])
    x, y = batch["image"], batch["mask"]
    for _ in range(2):  # warm-up
        loss = segmentation_loss(model(x), y); opt.zero_grad(); loss.backward(); opt.step()
    t0 = time.perf_counter()
    for _ in range(args.steps):
        loss = segmentation_loss(model(x), y); opt.zero_grad(); loss.backward(); opt.step()
    return (time.perf_counter() - t0) / args.steps

def loop_step_seconds(rep: int) -> float:
    torch.manual_seed(0)
    model = UNet(ChannelSpec.from_base(args.base))
    res = train_model(model, data.train, data.val, cfg.training, tmp/f"loop{rep}", cfg.data.augment, progress=True)
    return float(res.history.train_seconds.iloc[0]) / args.steps

bare, loop = [], []
for rep in range(args.repeats):  # interleaved, so drifts in machine load hit both alike
    bare.append(bare_step_seconds()); loop.append(loop_step_seconds(rep))
b, l = statistics.median(bare), statistics.median(loop)
print(f"\nUNet base {args.base}, batch {args.batch}, {args.size} px, {args.steps} steps x {args.repeats} repeats, {args.threads} threads, torch {torch.__version__}")
print(f"| measure | median s/step |\n|---|---|\n| bare model train step | {b:.4f} |\n| training loop step | {l:.4f} |")
print(f"| loop / bare | {l / b:.3f} (overhead {100 * (l / b - 1):+.1f}%) |")
