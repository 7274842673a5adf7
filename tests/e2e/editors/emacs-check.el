;;; emacs-check.el --- drive replylint-language-server from Emacs + eglot, in batch mode  -*- lexical-binding: t -*-
;; Emacs 28 with Debian's elpa-eglot (1.9). Run in the folder holding the draft:
;;   SERVER=… DRAFT=refund.txt DIAG_CODE=no-flat-no ACTION='…' OUT_FILE=… emacs --batch -l emacs-check.el
;; It opens the draft in text-mode, starts eglot, waits for the diagnostics flymake shows,
;; asks for hover and code actions on the diagnostic with code DIAG_CODE, applies the action
;; titled ACTION as `eglot-code-actions' does (edit, then command), waits for the
;; diagnostics of the edited text and writes everything to OUT_FILE as JSON.
(package-initialize)                    ; activates Debian's elpa-eglot and the newer project/xref
(require 'eglot)
(require 'flymake)
(require 'json)

(defvar check-out (or (getenv "OUT_FILE") "emacs-result.json"))
(defvar check-code (or (getenv "DIAG_CODE") "no-flat-no"))
(defvar check-action (getenv "ACTION"))
(defvar check-result nil)

(setq eglot-server-programs `((text-mode . (,(getenv "SERVER") "--stdio"))))
(setq flymake-no-changes-timeout nil)
(setq eglot-sync-connect 10)

(defun check-put (key value) (setq check-result (append check-result (list (cons key value)))))

(defun check-finish (code)
  (with-temp-file check-out (insert (json-encode check-result)))
  (kill-emacs code))

(defun check-fail (message)
  (check-put 'error message)
  (check-finish 1))

(defun wait-until (pred secs)
  (let ((deadline (+ (float-time) secs)) (value nil))
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun check-code-of (diag)
  (plist-get (alist-get 'eglot-lsp-diag (flymake-diagnostic-data diag)) :code))

(defun check-diagnostics ()
  (sort (copy-sequence (flymake-diagnostics))
        (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))

(defun check-snapshot ()
  (vconcat
   (mapcar (lambda (d)
             (list (cons 'beg (flymake-diagnostic-beg d))
                   (cons 'end (flymake-diagnostic-end d))
                   (cons 'code (check-code-of d))
                   (cons 'type (symbol-name (flymake-diagnostic-type d)))
                   (cons 'text (flymake-diagnostic-text d))))
           (check-diagnostics))))

(find-file (getenv "DRAFT"))
(text-mode)
(apply #'eglot (eglot--guess-contact))
(unless (eglot-current-server) (check-fail "eglot did not connect"))

;; Batch mode has no command loop: flymake never starts by itself, so poke it.
(unless (wait-until (lambda () (flymake-start) (flymake-diagnostics)) 20)
  (check-fail "no diagnostics within 20s"))
(check-put 'diagnostics (check-snapshot))

(let* ((server (eglot--current-server-or-lose))
       (target (seq-find (lambda (d) (equal (check-code-of d) check-code)) (check-diagnostics)))
       (_ (unless target (check-fail (format "no diagnostic with code %s" check-code))))
       (hover (jsonrpc-request server :textDocument/hover
                               (list :textDocument (eglot--TextDocumentIdentifier)
                                     :position (eglot--pos-to-lsp-position (1+ (flymake-diagnostic-beg target))))))
       (actions (jsonrpc-request server :textDocument/codeAction
                                 (list :textDocument (eglot--TextDocumentIdentifier)
                                       :range (list :start (eglot--pos-to-lsp-position (flymake-diagnostic-beg target))
                                                    :end (eglot--pos-to-lsp-position (flymake-diagnostic-end target)))
                                       :context (list :diagnostics
                                                      (vector (alist-get 'eglot-lsp-diag (flymake-diagnostic-data target)))))))
       (chosen (seq-find (lambda (a) (equal (plist-get a :title) check-action)) actions))
       (tick (buffer-modified-tick)))
  (check-put 'hover (plist-get (plist-get hover :contents) :value))
  (check-put 'actions (vconcat (mapcar (lambda (a) (plist-get a :title)) actions)))
  (unless chosen (check-fail (format "no code action titled %s" check-action)))
  (when (plist-get chosen :edit) (eglot--apply-workspace-edit (plist-get chosen :edit)))
  (let ((command (plist-get chosen :command)))
    (when command
      (eglot-execute-command server (intern (plist-get command :command)) (plist-get command :arguments))))
  (check-put 'text_after (buffer-substring-no-properties (point-min) (point-max)))
  ;; eglot sends didChange from an idle timer, which batch mode never runs: send it now.
  (eglot--signal-textDocument/didChange)
  (unless (wait-until (lambda ()
                        (flymake-start)
                        (and (/= tick (buffer-modified-tick))
                             (not (seq-find (lambda (d) (equal (check-code-of d) check-code)) (flymake-diagnostics)))))
                      20)
    (check-put 'diagnostics_after (check-snapshot))
    (check-fail "the diagnostics did not follow the edit within 20s"))
  (check-put 'diagnostics_after (check-snapshot))
  (eglot-shutdown server)
  (check-finish 0))
