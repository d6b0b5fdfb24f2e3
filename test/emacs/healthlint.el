;; healthlint in Emacs through eglot (built in from Emacs 29; on Debian 12's Emacs 28,
;; `apt-get install elpa-eglot elpa-markdown-mode`). Without markdown-mode, .md files open
;; in fundamental-mode and eglot never starts.
(require 'eglot)
(add-to-list 'eglot-server-programs
             '((markdown-mode gfm-mode mhtml-mode html-mode text-mode)
               . ("healthlint-language-server" "--stdio")))
(setq-default eglot-workspace-configuration '(:healthlint (:run "onType")))

(defun healthlint-eglot-ensure ()
  "Start healthlint's language server in a Markdown, HTML or plain-text buffer."
  (when (memq major-mode '(markdown-mode gfm-mode mhtml-mode html-mode text-mode))
    (eglot-ensure)))
;; markdown-mode and mhtml-mode derive from text-mode, so this hook runs in all three
;; (hooking each mode as well would start eglot twice in one buffer).
(add-hook 'text-mode-hook #'healthlint-eglot-ensure)
