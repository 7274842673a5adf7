#!/usr/bin/env bash
# Installs the editors the end-to-end tests drive: Debian's neovim (built-in LSP client) and
# Emacs with eglot. Skips the install when they are already there.
set -euo pipefail

have_editors() {
  command -v nvim >/dev/null 2>&1 &&
    command -v emacs >/dev/null 2>&1 &&
    emacs --batch --eval "(progn (package-initialize) (require 'eglot))" >/dev/null 2>&1
}

if have_editors; then
  echo "setup-editors: neovim and emacs with eglot are installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup-editors: need root (or sudo) to install neovim, emacs-nox and elpa-eglot" >&2
    exit 1
  fi
fi
echo "setup-editors: installing neovim, emacs-nox and elpa-eglot"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q neovim emacs-nox elpa-eglot >/dev/null
have_editors || { echo "setup-editors: the editors are still missing after the install" >&2; exit 1; }
echo "setup-editors: done"
