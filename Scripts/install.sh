#!/usr/bin/env bash
# Builds veerkracht in release mode and copies the binary to ~/.local/bin (or PREFIX/bin), so that
# `veerkracht` runs from any folder. Usage: Scripts/install.sh [--prefix DIR]
set -euo pipefail

prefix="$HOME/.local"
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 64; }; prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        -h|--help) echo "Usage: Scripts/install.sh [--prefix DIR]   (installs DIR/bin/veerkracht; default DIR: ~/.local)"; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (usage: Scripts/install.sh [--prefix DIR])" >&2; exit 64 ;;
    esac
done

cd "$(dirname "$0")/.."
swift build -c release --product veerkracht
bin="$prefix/bin"
mkdir -p "$bin"
install -m 755 "$(swift build -c release --show-bin-path)/veerkracht" "$bin/veerkracht"
echo "Installed $("$bin/veerkracht" --version | sed 's/^/veerkracht /') at $bin/veerkracht"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "warning: $bin is not on your PATH; add it, e.g. echo 'export PATH=\"$bin:\$PATH\"' >> ~/.profile" >&2 ;;
esac
