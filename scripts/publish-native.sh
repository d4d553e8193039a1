#!/usr/bin/env bash
# Builds the `governance` tool ahead of time (Native AOT) into one native executable: no .NET runtime needed where it
# runs, no JIT, ready at once. Worth it for large batches (a folder of 10,000 announcements: about three times as fast as
# the .NET tool, which spends most of such a run compiling itself; docs/benchmarks.md) and for CI jobs that start the
# tool many times.
#
#   scripts/publish-native.sh [RID] [OUTPUT]     e.g. scripts/publish-native.sh linux-x64 artifacts/native
#
# RID defaults to this machine's (linux-x64, linux-arm64, osx-arm64, osx-x64); OUTPUT to artifacts/native/RID. Native AOT
# compiles for the OS it runs on: build the Windows executable on Windows (dotnet publish src/Governance.Cli -c Release
# -r win-x64 -p:NativeTool=true). Needs the .NET SDK and the platform's C toolchain: clang or gcc with zlib on Linux
# (apt-get install clang zlib1g-dev), Xcode's command-line tools on macOS.
set -euo pipefail
cd "$(dirname "$0")/.."

rid="${1:-}"
if [ -z "$rid" ]; then
    case "$(uname -s)-$(uname -m)" in
        Linux-x86_64) rid=linux-x64 ;;
        Linux-aarch64) rid=linux-arm64 ;;
        Darwin-arm64) rid=osx-arm64 ;;
        Darwin-x86_64) rid=osx-x64 ;;
        *) echo "error: no runtime identifier for $(uname -s) $(uname -m); give one, e.g. linux-x64" >&2; exit 2 ;;
    esac
fi
output="${2:-artifacts/native/$rid}"

if [ "$(uname -s)" = Linux ] && ! command -v clang >/dev/null && ! command -v gcc >/dev/null; then
    echo "error: Native AOT links with clang or gcc; install one (apt-get install clang zlib1g-dev)" >&2
    exit 2
fi

dotnet publish src/Governance.Cli -c Release -r "$rid" -p:NativeTool=true -o "$output" -nologo
echo "$output/governance"
