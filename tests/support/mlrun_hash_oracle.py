#!/usr/bin/env python3
"""Test oracle: prints the canonical JSON and SHA-1 that MLRun's API server computes for each
function file given on the command line (PyYAML safe_load for YAML, json for JSON), one JSON
object per line: {"file": ..., "canonical": ..., "hash": ...} or {"file": ..., "error": ...}."""
import hashlib
import json
import sys

import yaml


def server_hash(obj):
    obj.setdefault("metadata", {})
    obj["metadata"]["tag"] = ""
    obj["metadata"]["hash"] = ""
    obj["status"] = None
    obj["metadata"]["updated"] = None
    obj["metadata"].pop("created", None)
    canonical = json.dumps(obj, sort_keys=True, default=str)
    return canonical, hashlib.sha1(canonical.encode()).hexdigest()


for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        obj = json.loads(text) if path.endswith(".json") else yaml.safe_load(text)
        canonical, digest = server_hash(obj)
        print(json.dumps({"file": path, "canonical": canonical, "hash": digest}))
    except Exception as e:  # the oracle reports, the C++ test decides
        print(json.dumps({"file": path, "error": str(e)}))
