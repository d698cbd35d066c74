"""Describe a CSV table with the standard library only."""
import csv
import io
import statistics


def _number(value):
    try:
        return float(value)
    except ValueError:
        return None


def describe(context, delimiter: str = ","):
    """Log row and column counts and per-column statistics of the input `table`.

    :param delimiter: the CSV field separator
    """
    with open(context.get_input("table").local(), newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter=delimiter))
    columns = list(rows[0].keys()) if rows else []
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["column", "count", "missing", "min", "max", "mean", "stdev"])
    for column in columns:
        values = [row[column] for row in rows]
        present = [value for value in values if value not in ("", None)]
        numbers = [n for n in (_number(value) for value in present) if n is not None]
        numeric = len(numbers) == len(present) and numbers
        stats = ["", "", "", ""]
        if numeric:
            stdev = statistics.stdev(numbers) if len(numbers) > 1 else 0.0
            stats = [min(numbers), max(numbers), statistics.mean(numbers), stdev]
            context.log_result(f"{column}_mean", stats[2])
        writer.writerow([column, len(present), len(values) - len(present)] + stats)
    context.log_result("rows", len(rows))
    context.log_result("columns", len(columns))
    context.log_artifact("summary", body=out.getvalue(), local_path="summary.csv")
