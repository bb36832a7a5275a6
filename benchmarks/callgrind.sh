#!/usr/bin/env bash
# Counts the instructions of one veerkracht command with callgrind (repeatable on a busy machine,
# unlike seconds), for before/after comparisons of a change:
#   benchmarks/callgrind.sh OUT.callgrind import responses FILE --db DB
#   callgrind_annotate --inclusive=yes OUT.callgrind | head -60
# valgrind 3.19 cannot read the DWARF 5 debug info of the Swift toolchain, so a stripped copy of
# the release binary is profiled (function names stay). It also writes into the signal mask that
# libdispatch passes to sigsuspend (read-only memory), so a small preloaded shim hands it a copy.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1"; shift
bin="${VEERKRACHT:-$here/../.build/release/veerkracht}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
strip --strip-debug -o "$work/veerkracht" "$bin"
cat > "$work/shim.c" <<'C'
#define _GNU_SOURCE
#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>
int sigsuspend(const sigset_t *mask) { sigset_t copy = *mask; return syscall(SYS_rt_sigsuspend, &copy, 8); }
C
cc -O2 -shared -fPIC -o "$work/shim.so" "$work/shim.c"
LD_PRELOAD="$work/shim.so" valgrind --tool=callgrind --callgrind-out-file="$out" "$work/veerkracht" "$@"
