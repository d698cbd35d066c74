"""A tiny linear regression trainer in pure Python, good for hyperparameter runs."""
import csv
import json
import random


def _load(context, samples, noise, seed):
    if "dataset" in context.inputs:
        with open(context.get_input("dataset").local(), newline="", encoding="utf-8") as handle:
            return [(float(row["x"]), float(row["y"])) for row in csv.DictReader(handle)]
    rng = random.Random(seed)
    points = []
    for _ in range(samples):
        x = rng.uniform(-1.0, 1.0)
        points.append((x, 3.0 * x + 0.5 + rng.gauss(0.0, noise)))
    return points


def train(context, lr: float = 0.1, epochs: int = 100, samples: int = 200, noise: float = 0.1,
          seed: int = 42):
    """Fit y = w * x + b to the input `dataset` (CSV with x,y) or to generated data.

    :param lr:      learning rate
    :param epochs:  passes of full-batch gradient descent
    :param samples: number of generated points when there is no dataset
    :param noise:   standard deviation of the generated noise
    :param seed:    random seed for the generated data
    """
    points = _load(context, samples, noise, seed)
    w, b = 0.0, 0.0
    n = len(points)
    for _ in range(epochs):
        grad_w = sum(2 * (w * x + b - y) * x for x, y in points) / n
        grad_b = sum(2 * (w * x + b - y) for x, y in points) / n
        w -= lr * grad_w
        b -= lr * grad_b
    loss = sum((w * x + b - y) ** 2 for x, y in points) / n
    mean_y = sum(y for _, y in points) / n
    total = sum((y - mean_y) ** 2 for _, y in points) or 1.0
    tolerance = max(2 * noise, 1e-6)
    accuracy = sum(abs(w * x + b - y) <= tolerance for x, y in points) / n
    context.log_result("loss", loss)
    context.log_result("r2", 1.0 - loss * n / total)
    context.log_result("accuracy", accuracy)
    context.log_result("weight", w)
    context.log_result("bias", b)
    context.log_artifact("model", body=json.dumps({"weight": w, "bias": b}), local_path="model.json")
