#!/bin/sh
# 落实 Luoshi — starts the server in the foreground (migrations run first). systemd runs this
# (deploy/luoshi.service); by hand: `bin/start.sh`, stop with Ctrl-C. Settings: see bin/luoshi and INSTALL.md.
exec "$(dirname -- "$0")/luoshi" serve "$@"
