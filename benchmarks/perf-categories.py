"""Reads `perf script` output of a BenchHost server and prints, per category, its samples per deserialization sample.

Each sample goes to the first category whose pattern matches a frame of its stack, in the order below; the
deserialization comes first, so that what the endpoint does besides it is "endpoint, the rest".
"""
import collections
import re
import sys

# (name, pattern, whether only the innermost frame is matched)
CATEGORIES = [
    ("deserialization", r"JsonConverter`1\[System\.__Canon\]::ReadCore", False),
    ("endpoint, the rest", r"WebhookEndpoint\+<HandleAsync|Program\+<>c__DisplayClass.*MoveNext|OctokitTarget|WebhookEventProcessor", False),
    ("thread pool spinning", r"sched_yield|LowLevelLifoSemaphore|LowLevelSpinWaiter", False),
    ("waiting for sockets (epoll)", r"epoll_wait", False),
    ("sending", r"__send|sendto|sendmsg", False),
    ("receiving", r"recvfrom|__recv|recvmsg", False),
    ("Kestrel, routing, hosting", r"Kestrel|Microsoft\.AspNetCore", False),
    # libcoreclr.so has no symbols here: the runtime's own work (GC, type checks, stubs) shows as unknown frames in it.
    ("the runtime (libcoreclr)", r"\[unknown\] \(.*libcoreclr\.so\)", True),
]
COMPILED = [(name, re.compile(pattern), leaf) for name, pattern, leaf in CATEGORIES]


def samples(lines):
    stack = []
    for line in lines:
        if not line.strip():
            if stack:
                yield stack
            stack = []
        elif line[0] in " \t":
            stack.append(line.strip())
    if stack:
        yield stack


counts = collections.Counter()
for stack in samples(sys.stdin):
    frames = "\n".join(stack)
    counts[next((name for name, pattern, leaf in COMPILED if pattern.search(stack[0] if leaf else frames)), "other")] += 1

total = sum(counts.values())
unit = counts["deserialization"] or 1
print(f"{total} samples; per deserialization sample (share of all samples):")
for name in [category[0] for category in CATEGORIES] + ["other"]:
    print(f"  {name:30s} {counts[name] / unit:6.3f}  ({100 * counts[name] / max(total, 1):5.1f} %)")
print(f"  {'all':30s} {total / unit:6.3f}")
