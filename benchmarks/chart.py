#!/usr/bin/env python3
"""Draws docs/benchmarks.png from the JMH JSON that run-jmh.sh wrote.

    chart.py [DIR] [PNG]        defaults: benchmarks/target/jmh docs/benchmarks.png

Needs matplotlib: on Debian or Ubuntu, apt-get install -y python3-matplotlib, then run with /usr/bin/python3.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import SCENARIOS, STACKS, load_filters, summarise  # noqa: E402

try:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
except ImportError:
    sys.exit("matplotlib is missing: apt-get install -y python3-matplotlib, then run with /usr/bin/python3")

OURS = "#1f77b4"
SPRING = "#9a9a9a"


def main(directory="benchmarks/target/jmh", output="docs/benchmarks.png"):
    summary = summarise(load_filters(directory))
    # The scenarios measured on both stacks, in their order.
    scenarios = [(s, label) for s, label in SCENARIOS if all((stack, s) in summary for stack, _, _ in STACKS)]
    fig, axes = plt.subplots(1, 2, figsize=(13, 1.6 + 0.55 * len(scenarios)), sharey=True)
    labels = [label for _, label in scenarios]
    for ax, (stack, title, _) in zip(axes, STACKS):
        ours = [summary[(stack, s)]["starter"] for s, _ in scenarios]
        spring = [summary[(stack, s)]["spring"] for s, _ in scenarios]
        ratios = [summary[(stack, s)]["ratio"] for s, _ in scenarios]
        y = range(len(scenarios))
        ax.barh([i - 0.2 for i in y], ours, height=0.38, color=OURS, label="this starter")
        ax.barh([i + 0.2 for i in y], spring, height=0.38, color=SPRING, label="Spring")
        ax.set_xscale("log")
        ax.set_xlim(1, max(spring) * 12)
        for i, (sp, ratio) in enumerate(zip(spring, ratios)):
            ax.text(sp * 1.15, i + 0.2, f"{ratio:,.0f}x" if ratio >= 10 else f"{ratio:.1f}x", va="center",
                    fontsize=10, fontweight="bold")
        ax.set_title(title, fontsize=11)
        ax.set_xlabel("net cost per request, ns (log scale; less is better)")
        ax.grid(axis="x", which="major", alpha=0.3)
    # The axes share y, so inverting it once puts scenario 1 at the top of both.
    axes[0].invert_yaxis()
    axes[0].set_yticks(range(len(labels)))
    axes[0].set_yticklabels(labels)
    axes[0].legend(loc="lower right")
    fig.suptitle("CORS filter cost, net of a pass-through filter on the same objects: "
                 "Spring / this starter, medians of alternating JMH rounds", fontsize=12)
    fig.tight_layout()
    fig.savefig(output, dpi=110)
    print(f"wrote {output}")


if __name__ == "__main__":
    main(*sys.argv[1:])
