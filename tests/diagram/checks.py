"""The promises about a drawn diagram, checked on the JSON of ``aios-designer layout``."""

EPSILON = 1e-6


def _inside(rect: dict, x0: float, y0: float, x1: float, y1: float) -> bool:
    """True when the axis-parallel segment passes through the inside of ``rect``."""
    left, top = rect["x"], rect["y"]
    right, bottom = left + rect["w"], top + rect["h"]
    low_x, high_x, low_y, high_y = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    return (low_x < right - EPSILON and high_x > left + EPSILON
            and low_y < bottom - EPSILON and high_y > top + EPSILON)


def _overlap(a: dict, b: dict) -> bool:
    return (a["x"] < b["x"] + b["w"] - EPSILON and b["x"] < a["x"] + a["w"] - EPSILON
            and a["y"] < b["y"] + b["h"] - EPSILON and b["y"] < a["y"] + a["h"] - EPSILON)


def problems(geometry: dict) -> list[str]:
    """Every broken promise, as a sentence naming the elements (empty: all kept)."""
    found = []
    steps = {s["id"]: s for s in geometry["steps"]}
    for flow in geometry["flows"]:
        points = flow["points"]
        if len(points) < 2:
            found.append(f"flow {flow['id']} has no segment")
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            if x0 != x1 and y0 != y1:
                found.append(f"flow {flow['id']}: segment ({x0},{y0})-({x1},{y1}) is slanted")
            for step in geometry["steps"]:
                if step["id"] in (flow["source_id"], flow["target_id"]):
                    continue
                if _inside(step, x0, y0, x1, y1):
                    found.append(f"flow {flow['id']} runs through step {step['id']}")
        label = flow["label"]
        if label is not None:
            found += [f"label of flow {flow['id']} covers step {s['id']}"
                      for s in geometry["steps"] if _overlap(label, s)]
    labels = [(f["id"], f["label"]) for f in geometry["flows"] if f["label"] is not None]
    for i, (a_id, a) in enumerate(labels):
        for b_id, b in labels[i + 1:]:
            if _overlap(a, b):
                found.append(f"labels of flows {a_id} and {b_id} overlap")
    listed = list(steps.values())
    for i, a in enumerate(listed):
        for b in listed[i + 1:]:
            if _overlap(a, b):
                found.append(f"steps {a['id']} and {b['id']} overlap")
    lanes = {lane["role_id"]: lane for lane in geometry["lanes"]}
    for step in listed:
        lane = lanes.get(step["lane_role_id"])
        if lane is None or not (
                lane["x"] <= step["x"] and step["x"] + step["w"] <= lane["x"] + lane["w"]
                and lane["y"] <= step["y"] and step["y"] + step["h"] <= lane["y"] + lane["h"]):
            found.append(f"step {step['id']} is not inside its lane")
    return found
