#!/bin/sh
# Adds confdesk to this user's application menu (no administrator needed): the desktop entry
# goes to ~/.local/share/applications, the icons to ~/.local/share/icons. Run it from the
# unpacked folder; run it again after moving the folder. "--remove" takes the entry away
# (the program folder and the data stay where they are).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data_home/applications/confdesk.desktop"
sizes="16 32 48 64 128 256"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    for size in $sizes; do
        rm -f "$data_home/icons/hicolor/${size}x${size}/apps/confdesk.png"
    done
    echo "Removed confdesk from the application menu."
    exit 0
fi

if [ ! -x "$here/confdesk" ]; then
    echo "install-desktop-entry.sh: no confdesk program beside this script in $here" >&2
    exit 1
fi
mkdir -p "$data_home/applications"
for size in $sizes; do
    mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
    cp "$here/icons/confdesk-$size.png" "$data_home/icons/hicolor/${size}x${size}/apps/confdesk.png"
done
# Quoted, because the folder may have spaces in its name (the desktop entry spec's quoting).
sed "s|^Exec=confdesk\$|Exec=\"$here/confdesk\"|" "$here/confdesk.desktop" >"$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
echo "Added confdesk to the application menu ($entry)."
