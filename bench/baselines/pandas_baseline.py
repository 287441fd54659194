#!/usr/bin/env python3
"""The pandas baseline: what the original (Python) Zeno did for each request, on the same CSV as the other engines.

A boolean mask per filter, then per chart the values under the chart's mask counted into Zeno's bars (value counts,
or binned counts at Zeno's edges), the selection's accuracy, each slice's accuracy per model, and a sorted page.
Nominal columns are read as pandas categories (faster and smaller than Zeno's plain strings did), so the ratios it
gives are conservative. Usage: pandas_baseline.py WORKLOAD.json REPORT.json
"""
import json
import math
import resource
import sys
import time

import numpy as np
import pandas as pd

NOMINAL = ["country", "device", "category", "source"]


def load(workload):
    models = [m["column"] for m in workload["models"]]
    dtypes = {c: "category" for c in NOMINAL + [workload["label"]] + models}
    dtypes.update({"has_image": "boolean", "text": "object"})
    df = pd.read_csv(workload["csv"], dtype=dtypes, parse_dates=["created_at"], keep_default_na=True)
    # The label and the predictions share their categories, so they compare element by element.
    classes = sorted(set().union(*(df[c].cat.categories for c in [workload["label"]] + models)))
    for c in [workload["label"]] + models:
        df[c] = df[c].cat.set_categories(classes)
    return df


def value_of(v):
    if isinstance(v, dict):
        return pd.Timestamp(v["date"])
    return v


def condition_mask(df, c):
    col, op, v = df[c["column"]], c["op"], value_of(c["value"])
    if op == "==":
        m = col == v
    elif op == "<":
        m = col < v
    elif op == "<=":
        m = col <= v
    elif op == ">=":
        m = col >= v
    elif op == "in":
        m = col.isin(v)
    elif op == "~":
        m = col.str.contains(v, case=False, regex=False)
    else:
        raise ValueError(f"unknown op {op}")
    return np.asarray(m.fillna(False) if hasattr(m, "fillna") else m, dtype=bool)


def mask_of(df, conditions):
    mask = None
    for c in conditions:
        m = condition_mask(df, c)
        mask = m if mask is None else mask & m
    return mask


def label_of(v):
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return str(int(v)) if float(v).is_integer() else repr(float(v))
    return str(v)


def chart_counts(chart, values, correct=None):
    """The chart's bars: label -> count; with `correct` (one bool per value), also each bar's accuracy."""
    labels = chart["labels"]
    counts = {}
    if chart["kind"] == "values":
        if correct is not None:
            pd.Series(correct, index=values.index).groupby(values, observed=True).mean()
        for v, n in values.value_counts(dropna=False).items():
            if n == 0:
                continue
            key = "missing" if pd.isna(v) else label_of(v)
            key = key if key in labels or key == "missing" else "other"
            counts[key] = counts.get(key, 0) + int(n)
        return counts
    if chart["kind"] == "time":
        arr = values.to_numpy(dtype="datetime64[ns]")
        missing = np.isnat(arr)
        edges = np.array([np.datetime64(e) for e in chart["edges"]], dtype="datetime64[ns]")
    else:
        arr = values.to_numpy(dtype=float, na_value=np.nan)
        missing = np.isnan(arr)
        edges = np.array(chart["edges"], dtype=float)
    # Bin i holds the values that are not below the first i inner edges, as Zeno's bins do.
    index = np.searchsorted(edges, arr[~missing], side="right")
    bins = np.bincount(index, minlength=len(labels))
    if correct is not None:
        np.bincount(index, weights=correct[~missing], minlength=len(labels)) / np.maximum(bins, 1)
    counts = {labels[i]: int(n) for i, n in enumerate(bins) if n}
    if missing.any():
        counts["missing"] = int(missing.sum())
    return counts


def accuracy(df, label, column, mask):
    picked = df[label][mask] == df[column][mask]
    return None if len(picked) == 0 else float(picked.mean())


def selection(df, w, clauses, metric_per_bar=False):
    masks = {}
    charts = {}
    correct = np.asarray(df[w["label"]] == df[w["latestColumn"]], dtype=bool) if metric_per_bar else None
    for chart in w["charts"]:
        key = tuple(i for i, cl in enumerate(clauses) if cl["source"] != chart["column"])
        if key not in masks:
            masks[key] = mask_of(df, [c for i in key for c in clauses[i]["conditions"]])
        mask = masks[key]
        values = df[chart["dataColumn"]]
        if mask is None:
            charts[chart["column"]] = chart_counts(chart, values, correct)
        else:
            charts[chart["column"]] = chart_counts(chart, values[mask], None if correct is None else correct[mask])
    everything = mask_of(df, [c for cl in clauses for c in cl["conditions"]])
    return {"charts": charts, "size": int(everything.sum()), "accuracy": accuracy(df, w["label"], w["latestColumn"], everything)}


def slices(df, w):
    answers = []
    for s in w["slices"]:
        mask = mask_of(df, s["conditions"])
        answers.append({"size": int(mask.sum()), "accuracy": [accuracy(df, w["label"], m["column"], mask) for m in w["models"]]})
    return answers


def rows(df, w):
    q = w["rowsQuery"]
    page = df[mask_of(df, q["conditions"])].sort_values(q["sort"], ascending=not q["descending"], na_position="last").head(q["limit"])
    page.to_dict("records")
    return [str(i) for i in page["id"]], [None if pd.isna(v) else float(v) for v in page[q["sort"]]]


def measure(variants, policy):
    last = [None] * len(variants)
    for _ in range(policy["warmup"]):
        for i, v in enumerate(variants):
            last[i] = v()
    samples, start, rounds = [], time.perf_counter(), 0
    while rounds < policy["maxRounds"] and (rounds < policy["minRounds"] or time.perf_counter() - start < policy["budgetSeconds"]):
        for i, v in enumerate(variants):
            t = time.perf_counter()
            last[i] = v()
            samples.append((time.perf_counter() - t) * 1000)
        rounds += 1
    return samples, last


def clean(o):
    if isinstance(o, float) and math.isnan(o):
        return None
    if isinstance(o, dict):
        return {k: clean(v) for k, v in o.items()}
    if isinstance(o, list):
        return [clean(v) for v in o]
    return o


def main(workload_path, report_path):
    w = json.load(open(workload_path))
    policy = w["policy"]
    start = time.perf_counter()
    df = load(w)
    load_seconds = time.perf_counter() - start
    filter_ms, filter_answers = measure([lambda s=s: selection(df, w, s) for s in w["filterStates"]], policy)
    metric_ms, _ = measure([lambda: selection(df, w, w["filterStates"][1], metric_per_bar=True)], w["slowPolicy"])
    brush_ms, brush_answers = measure([lambda f=f: selection(df, w, f) for f in w["brushFrames"]], policy)
    slice_ms, slice_answers = measure([lambda: slices(df, w)], policy)
    rows_ms, row_answers = measure([lambda: rows(df, w)], policy)
    report = {
        "engine": "pandas " + pd.__version__,
        "loadSeconds": load_seconds,
        "peakRssBytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "measures": {"filter": filter_ms, "filter_metric": metric_ms, "brush": brush_ms, "slices": slice_ms, "rows": rows_ms},
        "answers": {"filter": filter_answers, "brush": brush_answers, "slices": slice_answers[0], "rows": row_answers[0][0], "rowValues": row_answers[0][1]},
    }
    with open(report_path, "w") as f:
        json.dump(clean(report), f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
