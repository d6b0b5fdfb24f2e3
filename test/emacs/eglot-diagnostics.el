;;; eglot-diagnostics.el --- drive eglot in batch Emacs for healthlint's end-to-end test -*- lexical-binding: t -*-

;; Loads the configuration docs/editors.md gives (healthlint.el beside this file), opens files as
;; a user would, and prints one JSON object on stdout: the diagnostics Flymake shows for each
;; file, with their buffer positions turned back into LSP ranges (0-based line, UTF-16 column),
;; and, for each word to add, how long "Add «word» to the project dictionary" took to remove the
;; word's diagnostic from the buffer.
;;
;; Run from the project folder (Debian 12: apt-get install emacs-nox elpa-eglot elpa-markdown-mode):
;;   HEALTHLINT_EMACS_FILES='a.txt b.md' HEALTHLINT_EMACS_ADD_WORDS='zorblax' \
;;     emacs --batch -l test/emacs/eglot-diagnostics.el
;; with `healthlint-language-server' on PATH.  Words are looked up in the last file.
;;
;; Batch Emacs is never idle and never redisplays, so what an editor does between commands is
;; done here by hand: after each simulated command the `post-command-hook' (it is how
;; `eglot-ensure' connects) and the `window-configuration-change-hook' of redisplay (how Flymake
;; starts in a newly shown buffer), and while waiting the idle timers that come due (Flymake, ElDoc).

(require 'cl-lib)
(require 'json)
(require 'subr-x)

;; An interactive start-up activates installed packages (their autoloads give .md files
;; markdown-mode); a batch one does not.
(package-activate-all)
(load (expand-file-name "healthlint.el" (file-name-directory load-file-name)) nil t)

(defvar healthlint-test--idle-since (float-time) "When the last simulated command ended.")
(defvar healthlint-test--fired nil "Idle timers already run in this idle period.")
(defvar healthlint-test--published (make-hash-table :test #'equal)
  "Per URI, the time of the last textDocument/publishDiagnostics.")

(advice-add 'eglot-handle-notification :after
            (lambda (_server method &rest params)
              (when (eq method 'textDocument/publishDiagnostics)
                (when (getenv "HEALTHLINT_EMACS_DEBUG")
                  (message "publishDiagnostics %s: %d" (plist-get params :uri)
                           (length (plist-get params :diagnostics))))
                (puthash (plist-get params :uri) (float-time) healthlint-test--published))))

(defun healthlint-test--command-done ()
  "What Emacs does after an interactive command: run `post-command-hook', redisplay, become idle."
  (run-hooks 'post-command-hook)
  ;; Redisplay runs this hook (batch Emacs never redisplays); Flymake waits for it to start
  ;; checking a buffer that was not yet in a window when `flymake-mode' was turned on.
  (run-window-configuration-change-hook)
  (setq healthlint-test--idle-since (float-time)
        healthlint-test--fired nil))

(defun healthlint-test--fire-due-idle-timers ()
  "Run each idle timer once per idle period, when the idle time reaches its delay."
  (let ((idle (- (float-time) healthlint-test--idle-since)))
    (dolist (timer (copy-sequence timer-idle-list))
      (when (and (memq timer timer-idle-list)
                 (not (memq timer healthlint-test--fired))
                 (>= idle (float-time (timer--time timer))))
        (push timer healthlint-test--fired)
        (timer-event-handler timer)))))

(defun healthlint-test--wait (seconds done)
  "Read server output and fire due idle timers until DONE returns non-nil or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)) result)
    (while (and (not (setq result (funcall done))) (< (float-time) deadline))
      (accept-process-output nil 0.02)
      (healthlint-test--fire-due-idle-timers))
    result))

(defun healthlint-test--lsp-position (pos)
  "The LSP position of buffer position POS: 0-based line, column in UTF-16 code units."
  (save-excursion
    (goto-char pos)
    (list :line (1- (line-number-at-pos pos t))
          :character (/ (length (encode-coding-string
                                 (buffer-substring-no-properties (line-beginning-position) pos)
                                 'utf-16le))
                        2))))

(defun healthlint-test--lsp-diagnostic (diagnostic)
  (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diagnostic))))

(defun healthlint-test--shown (diagnostic)
  "DIAGNOSTIC as Flymake shows it: where it is in the buffer, as an LSP range."
  (let ((lsp (healthlint-test--lsp-diagnostic diagnostic))
        (beg (flymake-diagnostic-beg diagnostic))
        (end (flymake-diagnostic-end diagnostic)))
    (list :code (plist-get lsp :code)
          :severity (plist-get lsp :severity)
          :message (plist-get lsp :message)
          :text (buffer-substring-no-properties beg end)
          :start (healthlint-test--lsp-position beg)
          :end (healthlint-test--lsp-position end)
          :sent (plist-get lsp :range))))

(defun healthlint-test--diagnostics ()
  "The current buffer's healthlint diagnostics, in buffer order."
  (sort (cl-remove-if-not #'healthlint-test--lsp-diagnostic (flymake-diagnostics))
        (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))

(defun healthlint-test--open (file)
  "Visit FILE as a user would and wait until its diagnostics have settled."
  (find-file file)
  (healthlint-test--command-done)
  (let ((uri (eglot--path-to-uri (buffer-file-name))))
    (unless (healthlint-test--wait
             30 (lambda ()
                  (let ((at (gethash uri healthlint-test--published)))
                    (and at eglot--managed-mode flymake-mode
                         (> (- (float-time) at) 0.5)))))
      (error "No diagnostics for %s (major mode %s, eglot %s)"
             file major-mode (if eglot--managed-mode "on" "off"))))
  (when (getenv "HEALTHLINT_EMACS_DEBUG")
    (message "%s: flymake %s, %d shown, eglot holds %d, reporting %s" file flymake-mode
             (length (flymake-diagnostics)) (length eglot--diagnostics)
             (if eglot--current-flymake-report-fn "to flymake" "nowhere")))
  (list :file file :mode (symbol-name major-mode)
        :diagnostics (vconcat (mapcar #'healthlint-test--shown (healthlint-test--diagnostics)))))

(defun healthlint-test--flagged (word)
  "The spelling diagnostic on WORD in the current buffer, if Flymake shows one."
  (cl-find-if (lambda (diagnostic)
                (and (equal (plist-get (healthlint-test--lsp-diagnostic diagnostic) :code) "spelling")
                     (equal (buffer-substring-no-properties (flymake-diagnostic-beg diagnostic)
                                                            (flymake-diagnostic-end diagnostic))
                            word)))
              (flymake-diagnostics)))

(defun healthlint-test--add-word (word)
  "Apply \"Add «WORD» to the project dictionary\" as `eglot-code-actions' does; time the refresh."
  (let* ((diagnostic (or (healthlint-test--flagged word) (error "%s is not flagged" word)))
         (title (format "Add «%s» to the project dictionary" word))
         (started (float-time))
         (actions (eglot-code-actions (flymake-diagnostic-beg diagnostic)
                                      (flymake-diagnostic-end diagnostic)))
         (action (or (cl-find title actions :key (lambda (a) (plist-get a :title)) :test #'equal)
                     (error "No action %s among %S" title (mapcar (lambda (a) (plist-get a :title)) actions)))))
    ;; The interactive path of `eglot-code-actions', with the one action already chosen.
    (eglot--read-execute-code-action (list action) (eglot--current-server-or-lose) "quickfix")
    (let ((replied (float-time))
          ;; Before reading anything more: did the refresh come with (before) the reply?
          (gone-at-reply (not (healthlint-test--flagged word))))
      (healthlint-test--command-done)
      (let ((gone (healthlint-test--wait 3 (lambda () (not (healthlint-test--flagged word))))))
        (list :word word :gone (if gone t :json-false)
              :goneAtReply (if gone-at-reply t :json-false)
              :ms (round (* 1000 (- (float-time) started)))
              :afterReplyMs (round (* 1000 (- (float-time) replied))))))))

(let ((files (split-string (or (getenv "HEALTHLINT_EMACS_FILES") "") " " t))
      (words (split-string (or (getenv "HEALTHLINT_EMACS_ADD_WORDS") "") " " t))
      (opened nil)
      (added nil)
      (failed nil))
  (condition-case failure
      (progn
        (dolist (file files) (push (healthlint-test--open file) opened))
        (dolist (word words) (push (healthlint-test--add-word word) added)))
    (error (setq failed (error-message-string failure))))
  (princ (json-encode (append (list :files (vconcat (reverse opened)) :addWord (vconcat (reverse added)))
                              (and failed (list :error failed)))))
  (terpri)
  (ignore-errors (eglot-shutdown-all))
  (kill-emacs (if failed 1 0)))
