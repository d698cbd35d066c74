"""Generate a random numeric CSV table."""
import random


def generate(context, rows: int = 100, columns: int = 3, seed: int = 0):
    """Log the artifact `data`: `rows` rows of `columns` uniform random numbers.

    :param rows:    number of rows
    :param columns: number of numeric columns (x, y, c2, c3, ...)
    :param seed:    random seed
    """
    rng = random.Random(seed)
    names = ["x", "y"] + [f"c{i}" for i in range(2, columns)]
    names = names[:columns]
    lines = [",".join(names)]
    for _ in range(rows):
        lines.append(",".join(f"{rng.uniform(0, 100):.4f}" for _ in names))
    context.log_result("rows", rows)
    context.log_artifact("data", body="\n".join(lines) + "\n", local_path="data.csv")
